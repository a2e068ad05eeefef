#!/usr/bin/env bash
# Cold start of the packaged jar to its first 200 on /login (docs/benchmarks.md, "Cold start"), measured three
# ways on the same existing data folder: the jar as built; the jar extracted (java -Djarmode=tools -jar … extract);
# the extracted jar with the JDK's ahead-of-time cache (JDK 25: one training run with -XX:AOTCacheOutput, stopped
# after a few requests, then -XX:AOTCache). Needs the jar (./mvnw -B package -DskipTests).
#   deploy/cold-start.sh [RUNS]      # RUNS starts of each kind (default 3); prints each and the medians
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
: "${COLD_DIR:=/var/tmp/cds-cold}"
: "${PORT:=18480}" "${DB_PORT:=18481}"
runs="${1:-3}"
java="$JAVA_HOME/bin/java"
jar="$(ls target/cds-baocao-*.jar 2>/dev/null | grep -v '\.original$' | head -1)"
[ -n "$jar" ] || { echo "No jar in target/: ./mvnw -B package -DskipTests" >&2; exit 1; }
args=(--spring.profiles.active=demo --server.port="$PORT" --cds.embedded-db.port="$DB_PORT"
      --cds.embedded-db.directory="$COLD_DIR/data")

rm -rf "$COLD_DIR/app"; mkdir -p "$COLD_DIR"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$COLD_DIR/app" >/dev/null
extracted="$COLD_DIR/app/$(basename "$jar")"

# start LABEL JAVA-OPTIONS... -- JAR: starts the app, prints the seconds to the first 200 on /login, stops it (TERM)
start() {
    local label="$1"; shift
    local opts=(); while [ "$1" != -- ]; do opts+=("$1"); shift; done; shift
    local t0 t1 pid
    t0="$(date +%s.%N)"
    "$java" "${opts[@]}" -jar "$1" "${args[@]}" > "$COLD_DIR/$label.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" || true)" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { tail -30 "$COLD_DIR/$label.log" >&2; echo "$label: the app stopped" >&2; exit 1; }
        sleep 0.25
    done
    t1="$(date +%s.%N)"
    if [ "$label" = training ]; then  # what a first user asks for, so that those classes are in the cache too
        for path in login VAADIN/build/ login; do curl -s -o /dev/null "http://localhost:$PORT/$path" || true; done
    fi
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
    awk -v l="$label" -v a="$t0" -v b="$t1" 'BEGIN {printf "%s %.1f\n", l, b - a}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $("$java" -version 2>&1 | head -1)"
start first-start -- "$jar" >/dev/null  # creates the data folder (not measured: a fresh folder is another case)
results=()
for ((i = 1; i <= runs; i++)); do results+=("$(start jar -- "$jar")"); done
for ((i = 1; i <= runs; i++)); do results+=("$(start extracted -- "$extracted")"); done
start training -XX:AOTCacheOutput="$COLD_DIR/app.aot" -- "$extracted"
for ((i = 1; i <= runs; i++)); do results+=("$(start aot-cache -XX:AOTCache="$COLD_DIR/app.aot" -- "$extracted")"); done
printf '%s\n' "${results[@]}"
for kind in jar extracted aot-cache; do
    printf '%s median %s s\n' "$kind" "$(printf '%s\n' "${results[@]}" | awk -v k="$kind" '$1 == k {print $2}' | median)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); AOT cache $(du -h "$COLD_DIR/app.aot" | cut -f1)"
