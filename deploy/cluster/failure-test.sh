#!/usr/bin/env bash
# The failure test of issue 13 (docs/benchmarks.md, "Cluster (issue 13)"): a fresh cluster from up.sh, an
# upgrade with both application nodes starting at once (Liquibase's lock), then ClusterFailureTest (35
# reporters and a reviewer in browsers while app1 is killed, db1 stopped and started, HAProxy restarted), then the
# ShedLock check (the deadline job, every 20 s on both nodes, ran once per 5-minute lock), then down.sh --purge.
# Needs root and the jar (./mvnw -B package -DskipTests). About 35 minutes on this 2-core machine at load 25.
#   deploy/cluster/failure-test.sh [--keep]    # --keep: leave the cluster running afterwards
#   deploy/cluster/failure-test.sh --upgrade-only   # only the upgrade rounds (UPGRADE_ROUNDS, default 3), then down
. "$(dirname "$0")/lib.sh"
cd "$REPO"
app_jar >/dev/null
"$HERE/down.sh" --purge
export NOTIFICATION_DEADLINE_CRON='*/20 * * * * *'
export APP_ARGS="--logging.level.liquibase.lockservice=INFO --logging.level.liquibase.changelog=INFO ${APP_ARGS:-}"
"$HERE/up.sh"

# upgrade_round R: stands for an upgrade: changeset 080 undone (its primary key dropped, its history row deleted),
# then both nodes start together on the existing database; exactly one of them may run it, and neither may stop
# (a Galera certification conflict before Liquibase's lock is run again by the app: MigrationRetry)
upgrade_round() {
    say "=== Liquibase, round $1 of $UPGRADE_ROUNDS: a release with a new changeset, both nodes starting at once ==="
    stop_app 1 & stop_app 2 & wait
    sql 1 -e "ALTER TABLE $DB_NAME.DATABASECHANGELOG DROP PRIMARY KEY;
              DELETE FROM $DB_NAME.DATABASECHANGELOG WHERE ID = '080-changelog-primary-key'"
    local lines1 lines2 ran=0 n from log c
    lines1="$(wc -l < "$(app_dir 1)/app.log")"; lines2="$(wc -l < "$(app_dir 2)/app.log")"
    start_app 1; start_app 2; wait_app_ready 1; wait_app_ready 2
    for n in 1 2; do
        from="$([ "$n" = 1 ] && echo "$lines1" || echo "$lines2")"
        log="$(tail -n +"$((from + 1))" "$(app_dir "$n")/app.log")"
        c="$(grep -c '080-changelog-primary-key::cds ran successfully' <<< "$log" || true)"
        say "app$n: ran 080 $c time(s), waited for the lock $(grep -c 'Waiting for changelog lock' <<< "$log" || true) time(s), migration run again after a lock conflict $(grep -c 'Database migration aborted by a lock conflict' <<< "$log" || true) time(s)"
        ran=$((ran + c))
    done
    say "080 applied $ran time(s) in all; history rows: $(sql 1 -e "SELECT COUNT(*), COUNT(DISTINCT ID, AUTHOR, FILENAME) FROM $DB_NAME.DATABASECHANGELOG"); primary key: $(sql 1 -e "SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_schema = '$DB_NAME' AND table_name = 'DATABASECHANGELOG' AND constraint_type = 'PRIMARY KEY'")"
    [ "$ran" = 1 ] || { say "LỖI / ERROR: changeset 080 applied $ran times"; status=1; }
}
: "${UPGRADE_ROUNDS:=3}"
for ((round = 1; round <= UPGRADE_ROUNDS; round++)); do upgrade_round "$round"; done

status=${status:-0}
if [ "${1:-}" = --upgrade-only ]; then "$HERE/down.sh" --purge; exit "$status"; fi
./mvnw -B -o test -Pcluster -Dtest=ClusterFailureTest -Dsurefire.failIfNoSpecifiedTests=false || status=$?


say "=== ShedLock: the deadline job (cron every 20 s on both nodes, lockAtLeastFor 5 min) ==="
runs=0
for n in 1 2; do
    c="$(grep -c 'Deadline check for' "$(app_dir "$n")/app.log" || true)"
    say "app$n ran it $c time(s): $(grep 'Deadline check for' "$(app_dir "$n")/app.log" | cut -c12-19 | tr '\n' ' ')"
    runs=$((runs + c))
done
say "together $runs run(s); shedlock row: $(sql 1 -e "SELECT name, lock_until, locked_at FROM $DB_NAME.shedlock WHERE name = 'notification-deadline-check'")"

if [ "${1:-}" != --keep ]; then "$HERE/down.sh" --purge; fi
exit "$status"
