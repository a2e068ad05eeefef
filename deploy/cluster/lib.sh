# Functions shared by up.sh, down.sh and node.sh (source, do not run).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
# shellcheck source=cluster.env
. "$HERE/cluster.env"
export JAVA_HOME
# mariadbd and haproxy live in /usr/sbin, which a non-login root shell (CI) may not have on its PATH
export PATH="$PATH:/usr/sbin:/sbin"

say() { printf '%s %s\n' "$(date +%T)" "$*"; }
die() { say "LỖI / ERROR: $*" >&2; exit 1; }

var() { local name="$1_$2"; printf '%s' "${!name}"; }   # var DB_PORT 2 -> $DB_PORT_2
db_dir() { printf '%s/db%s' "$CLUSTER_DIR" "$1"; }
gcomm() { printf 'gcomm://127.0.0.1:%s,127.0.0.1:%s,127.0.0.1:%s' "$GALERA_PORT_1" "$GALERA_PORT_2" "$GALERA_PORT_3"; }
jdbc_url() {
    printf 'jdbc:mariadb:sequential://127.0.0.1:%s,127.0.0.1:%s,127.0.0.1:%s/%s' \
        "$DB_PORT_1" "$DB_PORT_2" "$DB_PORT_3" "$DB_NAME"
}

# --- packages ----------------------------------------------------------------------------------------------------
need_packages() {
    local missing=()
    command -v mariadbd >/dev/null || missing+=(mariadb-server)
    [ -f "$GALERA_PROVIDER" ] || missing+=(galera-4)
    command -v rsync >/dev/null || missing+=(rsync)
    command -v haproxy >/dev/null || missing+=(haproxy)
    command -v curl >/dev/null || missing+=(curl)
    if [ ${#missing[@]} -gt 0 ]; then
        say "apt-get install ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
        # Debian starts the packaged services: this cluster runs its own processes, not those
        systemctl disable --now haproxy mariadb >/dev/null 2>&1 || true
    fi
    [ -x "$JAVA_HOME/bin/java" ] || die "no JDK 21+ at $JAVA_HOME (set JAVA_HOME)"
}

# --- Galera nodes ------------------------------------------------------------------------------------------------
db_config() {
    local n="$1" dir; dir="$(db_dir "$n")"
    local gport; gport="$(var GALERA_PORT "$n")"
    cat <<CNF
[mariadbd]
user=mysql
datadir=$dir/data
socket=$dir/mariadbd.sock
pid-file=$dir/mariadbd.pid
log-error=$dir/error.log
port=$(var DB_PORT "$n")
bind-address=127.0.0.1
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
skip-name-resolve
innodb_buffer_pool_size=128M
# Galera: row-based replication, InnoDB, interleaved auto-increment locks
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# Liquibase creates its history table without a primary key (changeset 080 adds one): keep this off
innodb_force_primary_key=OFF
wsrep_on=ON
wsrep_provider=$GALERA_PROVIDER
wsrep_cluster_name=cds-cluster
wsrep_cluster_address=$(gcomm)
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$gport
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$gport;ist.recv_addr=127.0.0.1:$((gport + 1));gcache.size=256M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(var SST_PORT "$n")
wsrep_slave_threads=2
CNF
}

sql() { local n="$1"; shift; mariadb --no-defaults -uroot -S "$(db_dir "$n")/mariadbd.sock" -N -B "$@"; }
db_status() { sql "$1" -e "SHOW STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'; }

db_running() { [ -f "$(db_dir "$1")/mariadbd.pid" ] && kill -0 "$(cat "$(db_dir "$1")/mariadbd.pid")" 2>/dev/null; }

db_init() {
    local n="$1" dir; dir="$(db_dir "$n")"
    mkdir -p "$dir"
    db_config "$n" > "$dir/my.cnf"
    if [ ! -d "$dir/data/mysql" ]; then
        mariadb-install-db --defaults-file="$dir/my.cnf" --user=mysql --auth-root-authentication-method=socket \
            --skip-test-db > "$dir/install.log" 2>&1 || { cat "$dir/install.log"; die "mariadb-install-db db$n"; }
    fi
    chown -R mysql:mysql "$dir"
}

# start_db N [--wsrep-new-cluster]: starts node N and waits until it is Synced with the cluster
start_db() {
    local n="$1"; shift
    db_running "$n" && { say "db$n is already running"; return; }
    db_init "$n"
    local dir; dir="$(db_dir "$n")"
    say "db$n: start (SQL port $(var DB_PORT "$n"), Galera $(var GALERA_PORT "$n")) $*"
    setsid mariadbd --defaults-file="$dir/my.cnf" "$@" >> "$dir/stdout.log" 2>&1 < /dev/null &
    wait_synced "$n" 600
}

wait_synced() {
    local n="$1" limit="$2" i
    for ((i = 0; i < limit; i++)); do
        if [ "$(db_status "$n" wsrep_local_state_comment)" = Synced ]; then
            say "db$n: Synced, cluster size $(db_status "$n" wsrep_cluster_size)"
            return
        fi
        sleep 1
    done
    tail -30 "$(db_dir "$n")/error.log" >&2
    die "db$n not Synced after ${limit} s"
}

stop_db() {
    local n="$1" dir; dir="$(db_dir "$n")"
    db_running "$n" || return 0
    local pid; pid="$(cat "$dir/mariadbd.pid")"
    say "db$n: stop (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    say "db$n: still running after 120 s: kill -9"; kill -KILL "$pid" || true
}

# The first node of a new cluster, or of a cluster whose nodes all stopped: the one with the newest state.
bootstrap_node() {
    local best=1 best_seq=-2 n seq
    for n in 1 2 3; do
        local state; state="$(db_dir "$n")/data/grastate.dat"
        [ -f "$state" ] || continue
        seq="$(awk '/^seqno:/ {print $2}' "$state")"
        if [ "$(awk '/^safe_to_bootstrap:/ {print $2}' "$state")" = 1 ] || [ "$seq" -gt "$best_seq" ]; then
            best="$n"; best_seq="$seq"
            [ "$(awk '/^safe_to_bootstrap:/ {print $2}' "$state")" = 1 ] && break
        fi
    done
    printf '%s' "$best"
}

create_database() {
    sql "$1" <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
SQL
}

# --- application nodes -------------------------------------------------------------------------------------------
app_jar() {
    local jar
    jar="$(ls "$REPO"/target/cds-baocao-*.jar 2>/dev/null | grep -v original | head -1 || true)"
    [ -n "$jar" ] || die "no target/cds-baocao-*.jar: build it first (./mvnw -B package -DskipTests)"
    printf '%s' "$jar"
}
app_dir() { printf '%s/app%s' "$CLUSTER_DIR" "$1"; }
app_running() { [ -f "$(app_dir "$1")/app.pid" ] && kill -0 "$(cat "$(app_dir "$1")/app.pid")" 2>/dev/null; }

start_app() {
    local n="$1" dir; dir="$(app_dir "$n")"
    app_running "$n" && { say "app$n is already running"; return; }
    mkdir -p "$dir"
    local port; port="$(var APP_PORT "$n")"
    say "app$n: start on port $port"
    (
        cd "$dir"
        DB_URL="$(jdbc_url)" DB_USERNAME="$DB_USER" DB_PASSWORD="$DB_PASSWORD" PORT="$port" \
        APP_BASE_URL="http://127.0.0.1:$HTTP_PORT" \
        setsid "$JAVA_HOME/bin/java" -Xmx"$APP_HEAP" -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir="$dir" \
            -jar "$(app_jar)" ${APP_PROFILES:+--spring.profiles.active=$APP_PROFILES} ${APP_ARGS:-} \
            >> "$dir/app.log" 2>&1 < /dev/null &
        echo $! > "$dir/app.pid"
    )
}

wait_app_ready() {
    local n="$1" limit="${2:-600}" i port; port="$(var APP_PORT "$n")"
    for ((i = 0; i < limit; i++)); do
        if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
            say "app$n: ready after ${i} s"; return
        fi
        app_running "$n" || { tail -40 "$(app_dir "$n")/app.log" >&2; die "app$n stopped while starting"; }
        sleep 1
    done
    die "app$n not ready after ${limit} s (log: $(app_dir "$n")/app.log)"
}

# stop_app N [KILL]: TERM = graceful (readiness goes down, current requests finish); KILL = a crash
stop_app() {
    local n="$1" signal="${2:-TERM}" dir; dir="$(app_dir "$n")"
    app_running "$n" || return 0
    local pid; pid="$(cat "$dir/app.pid")"
    say "app$n: $signal (pid $pid)"
    kill -"$signal" "$pid"
    for _ in $(seq 90); do kill -0 "$pid" 2>/dev/null || { rm -f "$dir/app.pid"; return 0; }; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true; rm -f "$dir/app.pid"
}

# --- HAProxy -----------------------------------------------------------------------------------------------------
haproxy_config() {
    cat <<CFG
global
    maxconn 2000

defaults
    mode http
    option redispatch          # a sticky user whose node is down goes to another node (and logs in again)
    retries 2
    timeout connect 3s
    timeout client 70s
    timeout server 70s         # above the app's longest request (database socket timeout 60 s)
    timeout http-request 10s

frontend cds
    bind 127.0.0.1:$HTTP_PORT
    default_backend app_nodes

backend app_nodes
    balance roundrobin
    # Vaadin keeps each user's screen in the server's session: a user stays on the node that served them first
    cookie SERVERID insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    # a node is out after 2 failed checks 1 s apart, back after 2 good ones
    default-server inter 1s fall 2 rise 2
    server app1 127.0.0.1:$APP_PORT_1 check cookie app1
    server app2 127.0.0.1:$APP_PORT_2 check cookie app2

listen stats
    bind 127.0.0.1:$HAPROXY_STATS_PORT
    stats enable
    stats uri /
    stats refresh 5s
CFG
}

haproxy_running() { [ -f "$CLUSTER_DIR/haproxy.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null; }

start_haproxy() {
    haproxy_running && { say "haproxy is already running"; return; }
    mkdir -p "$CLUSTER_DIR"
    haproxy_config > "$CLUSTER_DIR/haproxy.cfg"
    haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg" || die "haproxy.cfg is not valid"
    say "haproxy: http://127.0.0.1:$HTTP_PORT (stats http://127.0.0.1:$HAPROXY_STATS_PORT)"
    haproxy -D -f "$CLUSTER_DIR/haproxy.cfg" -p "$CLUSTER_DIR/haproxy.pid" >> "$CLUSTER_DIR/haproxy.log" 2>&1 < /dev/null
    for _ in $(seq 20); do haproxy_running && return; sleep 0.5; done
    die "haproxy did not start (log: $CLUSTER_DIR/haproxy.log)"
}

stop_haproxy() {
    haproxy_running || return 0
    local pid; pid="$(cat "$CLUSTER_DIR/haproxy.pid")"
    say "haproxy: stop (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || { rm -f "$CLUSTER_DIR/haproxy.pid"; return 0; }; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true; rm -f "$CLUSTER_DIR/haproxy.pid"
}
