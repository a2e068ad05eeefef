#!/usr/bin/env bash
# Stops what up.sh started: HAProxy, the application nodes (gracefully), the database nodes (the last one to stop
# is the one the next up.sh bootstraps from). With --purge also deletes $CLUSTER_DIR (all data).
. "$(dirname "$0")/lib.sh"
stop_haproxy
stop_app 1 & stop_app 2 & wait
for n in 3 2 1; do stop_db "$n"; done
if [ "${1:-}" = --purge ]; then
    say "delete $CLUSTER_DIR"
    rm -rf "$CLUSTER_DIR"
fi
say "stopped"
