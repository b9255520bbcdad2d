# shellcheck shell=bash
# The fault harness's building blocks (sourced by bench/faults/cluster and bench/faults/run): a PostgreSQL 15 of its
# own, a latency proxy in front of it, an SMTP sink, N application nodes (the production jar, prod profile) and
# HAProxy in front of them, all on the loopback interface, all started here and stopped here by their process ids.
# Nothing else is touched: not the machine's PostgreSQL on 5432, not any other process.
#
# Layout of the state directory ($FAULTS_STATE, /tmp/claimdesk-faults by default):
#   pgdata/ pg.log           the database cluster (owned by the postgres OS user) and its log
#   *.pid                    every process started, one file each
#   node-N.log               each node's log (JSON lines)
#   haproxy.cfg haproxy.log  the load balancer
#   mail.tsv                 every message the SMTP sink accepted (bench/faults/MailSink.java)
#   latency-ms, mail-slow-ms while present: the database proxy's added latency, the sink's pause per message

FAULTS_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$FAULTS_HOME/../.." && pwd)
STATE=${FAULTS_STATE:-/tmp/claimdesk-faults}
NODES=${FAULTS_NODES:-3}
PG_BIN=${FAULTS_PG_BIN:-/usr/lib/postgresql/15/bin}
# Every port lies below the kernel's ephemeral range (32768 and up): a listening port inside it can be taken at any
# moment as the local end of some outgoing connection, and a node that cannot bind it exits on start.
PG_PORT=${FAULTS_PG_PORT:-15432}
PROXY_PORT=$((PG_PORT + 1))
SMTP_PORT=${FAULTS_SMTP_PORT:-10025}
LB_PORT=${FAULTS_LB_PORT:-28080}
LB_ADMIN_PORT=$((LB_PORT + 99))
NODE_PORT_BASE=$((LB_PORT + 1)) # node i serves on NODE_PORT_BASE + i - 1 and has management on + 1000
MANAGEMENT_OFFSET=1000
LB_SOURCE=127.0.0.2             # HAProxy talks to the nodes from this address; only it is a trusted proxy
DATABASE=claimdesk
DB_USER=claimdesk
JAR_NAME=claimdesk-0.1.0-SNAPSHOT.jar
BASE=http://127.0.0.1:$LB_PORT

say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() {
    say "ERROR: $*"
    exit 1
}

# die_with_log NAME MESSAGE: the state directory is removed at the end, so the log's last lines go to stderr with it.
die_with_log() {
    say "ERROR: $2; the last lines of $STATE/$1.log:"
    tail -n 25 "$STATE/$1.log" 2>/dev/null | cut -c1-600 >&2
    exit 1
}

find_java() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [[ -n $candidate && -x $candidate/bin/java ]] || continue
        if "$candidate/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
            echo "$candidate/bin/java"
            return 0
        fi
    done
    return 1
}
JAVA=$(find_java) || die "no JDK 25 found under /usr/lib/jvm; set JAVA_HOME"

psql_() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" "$@"; }
as_postgres() { runuser -u postgres -- "$@"; }
pid_of() { cat "$STATE/$1.pid" 2>/dev/null || true; }
alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }
node_port() { echo $((NODE_PORT_BASE + $1 - 1)); }
node_ready() { [[ $(curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:$(node_port "$1")/readyz") == 200 ]]; }

# Stops the process whose id is in $STATE/NAME.pid: SIGTERM, up to 30 s, then SIGKILL.
stop_named() {
    local name=$1 pid
    pid=$(pid_of "$name")
    if alive "$pid"; then
        kill -CONT "$pid" 2>/dev/null || true
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            alive "$pid" || break
            sleep 0.5
        done
        alive "$pid" && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$STATE/$name.pid"
}

build_jar() {
    if [[ -n ${FAULTS_JAR:-} ]]; then
        JAR=$FAULTS_JAR
    else
        JAR=$ROOT/target/$JAR_NAME
        if [[ ${FAULTS_BUILD:-1} == 1 || ! -f $JAR ]]; then
            say "Building the production jar (./mvnw -B -ntp -q package -DskipTests)"
            (cd "$ROOT" && JAVA_HOME=$(dirname "$(dirname "$JAVA")") ./mvnw -B -ntp -q package -DskipTests) ||
                die "the build failed"
        fi
    fi
    [[ -f $JAR ]] || die "no jar at $JAR"
}

start_postgres() {
    [[ -x $PG_BIN/pg_ctl ]] || die "PostgreSQL 15 is not installed at $PG_BIN"
    mkdir -p "$STATE"
    chmod 755 "$STATE"
    if [[ ! -d $STATE/pgdata ]]; then
        install -d -o postgres -g postgres -m 700 "$STATE/pgdata"
        as_postgres "$PG_BIN/initdb" -D "$STATE/pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null ||
            die "initdb failed"
    fi
    touch "$STATE/pg.log" && chown postgres "$STATE/pg.log"
    as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pgdata" -l "$STATE/pg.log" -w -t 60 start \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $STATE/pgdata -c max_connections=200" >/dev/null ||
        die "PostgreSQL did not start (see $STATE/pg.log)"
    head -1 "$STATE/pgdata/postmaster.pid" >"$STATE/postgres.pid"
}

create_database() {
    "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "DROP DATABASE IF EXISTS ${DATABASE}_restored WITH (FORCE)" \
        -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
                CREATE ROLE $DB_USER LOGIN CREATEDB; END IF; END \$\$" \
        -c "CREATE DATABASE $DATABASE OWNER $DB_USER" >/dev/null || die "could not create the database"
}

# The whole instance, as an operator's pg_ctl would: the postmaster (SIGSTOP/SIGCONT go to it and its children).
postgres_processes() {
    local pm
    pm=$(pid_of postgres)
    [[ -n $pm ]] && echo "$pm" $(pgrep -P "$pm" || true)
}

stop_postgres() {
    if [[ -f $STATE/pgdata/postmaster.pid ]]; then
        for pid in $(postgres_processes); do kill -CONT "$pid" 2>/dev/null || true; done
        as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pgdata" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
    rm -f "$STATE/postgres.pid"
}

start_java_helper() { # start_java_helper NAME FILE.java ARGS...
    local name=$1 file=$2
    shift 2
    "$JAVA" -Xms32m -Xmx256m -XX:+UseSerialGC "$FAULTS_HOME/$file" "$@" >>"$STATE/$name.log" 2>&1 </dev/null &
    echo $! >"$STATE/$name.pid"
    disown # killing it is a fault injected on purpose, not news for the shell
}

wait_port() { # wait_port PORT SECONDS
    for _ in $(seq 1 $(($2 * 4))); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.25
    done
    return 1
}

start_proxy() {
    start_java_helper latency-proxy LatencyProxy.java --listen "$PROXY_PORT" --to "$PG_PORT" --latency-file "$STATE/latency-ms"
    wait_port "$PROXY_PORT" 60 || die "the latency proxy did not start (see $STATE/latency-proxy.log)"
}

start_sink() {
    start_java_helper mail-sink MailSink.java --port "$SMTP_PORT" --out "$STATE/mail.tsv" --slow-file "$STATE/mail-slow-ms"
    wait_port "$SMTP_PORT" 60 || die "the SMTP sink did not start (see $STATE/mail-sink.log)"
}

start_node() { # start_node I [DATABASE]
    local i=$1 database=${2:-$DATABASE}
    # shellcheck source=bench/production-keys.sh
    source "$ROOT/bench/production-keys.sh"
    env SPRING_PROFILES_ACTIVE=prod \
        DATABASE_URL="jdbc:postgresql://127.0.0.1:$PROXY_PORT/$database" \
        DATABASE_USERNAME="$DB_USER" DATABASE_PASSWORD= \
        PORT="$(node_port "$i")" MANAGEMENT_PORT=$(($(node_port "$i") + MANAGEMENT_OFFSET)) MANAGEMENT_ADDRESS=127.0.0.1 \
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT" \
        CLAIMDESK_BASE_URL="$BASE" CLAIMDESK_TRUSTED_PROXIES="$LB_SOURCE" \
        CLAIMDESK_DEMO_CONTENT=true CLAIMDESK_SIGN_UP_MINIMUM_FILL_TIME=0s \
        CLAIMDESK_RATE_LIMIT_SIGN_UP_PER_IP=0 CLAIMDESK_RATE_LIMIT_LOGIN_PER_IP=0 CLAIMDESK_RATE_LIMIT_RESEND_PER_IP=0 \
        CLAIMDESK_MAIL_FIRST_RETRY=5s \
        CLAIMDESK_STAFF_TOTP_KEYS="$BENCH_TOTP_KEYS" CLAIMDESK_PAYOUT_BANK_IBAN_KEYS="$BENCH_IBAN_KEYS" CLAIMDESK_PRIVACY_PSEUDONYM_KEY="$BENCH_PSEUDONYM_KEY" \
        "$JAVA" -Xms256m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR" \
        >>"$STATE/node-$i.log" 2>&1 </dev/null &
    echo $! >"$STATE/node-$i.pid"
    disown
}

wait_node_ready() { # wait_node_ready I SECONDS: prints the seconds it took
    local i=$1 started=$SECONDS
    while ! node_ready "$i"; do
        alive "$(pid_of "node-$i")" || die_with_log "node-$i" "node $i exited"
        ((SECONDS - started < $2)) || die_with_log "node-$i" "node $i was not ready within $2 s"
        sleep 0.5
    done
    echo $((SECONDS - started))
}

haproxy_backend() { # haproxy_backend NAME CHECK_PATH: every node, checked on that path
    local i
    printf '\nbackend %s\n    balance roundrobin\n    option httpchk GET %s\n' "$1" "$2"
    printf '    default-server inter 1s fall 2 rise 2 source %s\n' "$LB_SOURCE"
    for i in $(seq 1 "$NODES"); do
        echo "    server n$i 127.0.0.1:$(node_port "$i") check observe layer4 error-limit 1 on-error mark-down"
    done
}

write_haproxy_config() {
    local i
    # HAProxy's own answer when no node is alive at all: the same promise as the application's 503 page.
    printf 'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\nCache-Control: no-store\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n\r\n<!doctype html><html lang="nl"><title>Even niet beschikbaar</title><p>Probeer het zo meteen opnieuw. / Please try again in a moment.</p></html>\n' \
        >"$STATE/503.http"
    {
        cat <<EOF
global
    maxconn 4000
    pidfile $STATE/haproxy.pid
    stats socket ipv4@127.0.0.1:$LB_ADMIN_PORT level admin

defaults
    mode http
    log stdout format raw local0
    option httplog
    option forwardfor
    option http-server-close
    timeout connect 2s
    timeout client 90s
    timeout server 90s
    timeout http-request 30s
    timeout check 3s
    # A node that dies with requests in flight: each is sent again to another node. Every request may be repeated:
    # the sign-up's final POST carries an idempotency key, a one-time link is consumed atomically (ADR 0050).
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
    errorfile 503 $STATE/503.http

frontend site
    bind 127.0.0.1:$LB_PORT
    use_backend live if { nbsrv(nodes) eq 0 }
    default_backend nodes

# Ready nodes take the traffic (readiness includes the database). When none is ready, the database is away for all
# of them: then the live ones do, so that the pages held in memory are still served and the rest is answered with the
# application's 503 page and Retry-After.
EOF
        haproxy_backend nodes /readyz
        haproxy_backend live /livez
    } >"$STATE/haproxy.cfg"
}

start_haproxy() {
    command -v haproxy >/dev/null || {
        say "Installing haproxy (apt)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null || die "could not install haproxy"
    }
    write_haproxy_config
    haproxy -c -q -f "$STATE/haproxy.cfg" || die "haproxy refuses $STATE/haproxy.cfg"
    haproxy -f "$STATE/haproxy.cfg" >>"$STATE/haproxy.log" 2>&1 </dev/null &
    echo $! >"$STATE/haproxy.pid.self"
    wait_port "$LB_PORT" 20 || die "haproxy did not start (see $STATE/haproxy.log)"
}

stop_haproxy() {
    local pid
    pid=$(cat "$STATE/haproxy.pid.self" 2>/dev/null || true)
    alive "$pid" && kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 20); do
        alive "$pid" || break
        sleep 0.25
    done
    alive "$pid" && kill -KILL "$pid" 2>/dev/null
    rm -f "$STATE/haproxy.pid.self" "$STATE/haproxy.pid"
}

lb_admin() { # lb_admin COMMAND: one command on HAProxy's admin socket, its answer on stdout
    exec 4<>"/dev/tcp/127.0.0.1/$LB_ADMIN_PORT"
    printf '%s\n' "$1" >&4
    cat <&4
    exec 4<&-
}

lb_sessions() { # lb_sessions I: requests node I is serving for the load balancer now
    lb_admin "show stat" | awk -F, -v n="n$1" '($1 == "nodes" || $1 == "live") && $2 == n {s += $5} END {print s + 0}'
}

lb_set() { # lb_set I STATE: drain, ready or maint, in both backends
    lb_admin "set server nodes/n$1 state $2" >/dev/null
    lb_admin "set server live/n$1 state $2" >/dev/null
}

start_cluster() {
    build_jar
    say "State in $STATE; PostgreSQL 15 on 127.0.0.1:$PG_PORT (proxy $PROXY_PORT), SMTP sink $SMTP_PORT"
    start_postgres
    create_database
    start_proxy
    start_sink
    local i took
    # The first node migrates the empty database alone; the others then start side by side.
    start_node 1
    took=$(wait_node_ready 1 300) || die "node 1 did not start"
    say "Node 1 ready after $took s (migrations and demo content)"
    for i in $(seq 2 "$NODES"); do start_node "$i"; done
    for i in $(seq 2 "$NODES"); do
        took=$(wait_node_ready "$i" 300) || die "node $i did not start"
        say "Node $i ready after $took s"
    done
    start_haproxy
    say "Cluster up: $BASE (HAProxy) -> nodes on $(node_port 1)..$(node_port "$NODES")"
}

stop_cluster() {
    local i
    stop_haproxy
    for i in $(seq 1 "${FAULTS_NODES_MAX:-9}"); do stop_named "node-$i"; done
    stop_named node-restored
    stop_named mail-sink
    stop_named latency-proxy
    stop_postgres
}
