# shellcheck shell=bash
# Sourced by the bench scripts. The app binds its ports only at the end of a start-up that takes minutes on a busy
# machine: a port found free before the start may meanwhile have been taken by someone else's app, and a load sent
# there would write into their database. own_ports PID PORT... fails unless the process PID listens on every PORT.
own_ports() {
    local pid=$1 port listeners
    shift
    command -v ss >/dev/null || return 0 # without ss (iproute2) there is nothing to check with
    for port in "$@"; do
        listeners=$(ss -ltnpH "sport = :$port" 2>/dev/null)
        if [[ $listeners != *"pid=$pid,"* ]] || grep -v "pid=$pid," <<<"$listeners" | grep -q .; then
            echo "port $port is not (only) the app's (pid $pid): $listeners" >&2
            return 1
        fi
    done
}
