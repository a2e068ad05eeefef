#!/usr/bin/env bash
# One node at a time, for failure tests and maintenance:
#   node.sh app N start|stop|kill     stop = graceful (drains), kill = kill -9
#   node.sh db N start|stop           a stopped node catches up when started again (IST, or SST if too far behind)
#   node.sh haproxy start|stop|restart
#   node.sh status
. "$(dirname "$0")/lib.sh"
case "${1:-status}" in
    app)
        case "$3" in
            start) start_app "$2"; wait_app_ready "$2" ;;
            stop) stop_app "$2" TERM ;;
            kill) stop_app "$2" KILL ;;
            *) die "node.sh app N start|stop|kill" ;;
        esac ;;
    db)
        case "$3" in
            start) start_db "$2" ;;
            stop) stop_db "$2" ;;
            *) die "node.sh db N start|stop" ;;
        esac ;;
    haproxy)
        case "$2" in
            start) start_haproxy ;;
            stop) stop_haproxy ;;
            restart) stop_haproxy; start_haproxy ;;
            *) die "node.sh haproxy start|stop|restart" ;;
        esac ;;
    status)
        for n in 1 2 3; do
            if db_running "$n"; then
                echo "db$n  up    $(db_status "$n" wsrep_local_state_comment), cluster size $(db_status "$n" wsrep_cluster_size)"
            else echo "db$n  down"; fi
        done
        for n in 1 2; do
            if app_running "$n"; then
                echo "app$n up    readiness: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(var APP_PORT "$n")/actuator/health/readiness")"
            else echo "app$n down"; fi
        done
        if haproxy_running; then echo "haproxy up  http://127.0.0.1:$HTTP_PORT"; else echo "haproxy down"; fi ;;
    *) die "node.sh app|db|haproxy|status" ;;
esac
