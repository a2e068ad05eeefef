#!/usr/bin/env bash
# Starts the whole cluster on this machine (docs/deployment.md, "Cluster"): three MariaDB Galera nodes, two
# application nodes, HAProxy in front. Idempotent: what already runs is left alone. Root needed (packages, the
# mysql user). Settings: cluster.env. Stop with down.sh.
#   deploy/cluster/up.sh            # everything
#   deploy/cluster/up.sh db         # the three database nodes only
. "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || die "run as root (apt-get, mariadbd as the mysql user)"
need_packages
mkdir -p "$CLUSTER_DIR"

if ! db_running 1 && ! db_running 2 && ! db_running 3; then
    first="$(bootstrap_node)"
    say "no database node runs: db$first starts a new cluster"
    start_db "$first" --wsrep-new-cluster
else
    for first in 1 2 3; do db_running "$first" && break; done
fi
create_database "$first"
for n in 1 2 3; do [ "$n" = "$first" ] || start_db "$n"; done
say "Galera: cluster size $(db_status "$first" wsrep_cluster_size), database $DB_NAME, user $DB_USER"
[ "${1:-}" = db ] && exit 0

if [ "$(sql "$first" -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'
        AND table_name = 'DATABASECHANGELOGLOCK'")" = 0 ]; then
    # An empty database: one node creates the tables first. Liquibase creates its own two tables before it holds
    # its lock, so two nodes starting at once on an empty database can collide there (liquibase/liquibase#5254:
    # one of them stops with "Table 'DATABASECHANGELOG' already exists"; a systemd restart would heal it).
    start_app 1
    wait_app_ready 1
    start_app 2
else
    # An existing database, e.g. a new release on both nodes at once: Liquibase's lock (a row of
    # DATABASECHANGELOGLOCK) lets one node apply the new changesets while the other waits.
    start_app 1
    start_app 2
fi
wait_app_ready 1
wait_app_ready 2
start_haproxy
say "ready: http://127.0.0.1:$HTTP_PORT"
