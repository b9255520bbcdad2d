# Shared by bench/backoffice/fill, bench/backoffice/run, bench/mailing/run, bench/payout/run and bench/class/run
# (sourced from the repository root): the JDK, the jar, staff accounts for the bench, starting and stopping the app
# against $DATABASE (its mail goes to 127.0.0.1:$BENCH_MAIL_PORT, by default the discard port 9) and the heap seen by
# jstat. Expects die, say, PGHOST_, PGPORT_, PGUSER_, PGPASSWORD_, DATABASE and READY_TIMEOUT to be set.

# shellcheck source=bench/production-keys.sh
source bench/production-keys.sh
# shellcheck source=bench/own-ports.sh
source bench/own-ports.sh

JAR_NAME=claimdesk-0.1.0-SNAPSHOT.jar
BUILD_DIR=${BENCH_BUILD_DIR:-${TMPDIR:-/tmp}/claimdesk-bench-backoffice-build}
APP_PID=

java_major() { # prints the feature version of the java binary given, e.g. 25
    "$1" -XshowSettings:properties -version 2>&1 |
        awk -F' = ' '/java.specification.version/ {v = $2; sub(/^1\./, "", v); print int(v); exit}'
}

find_java() { # sets JAVA_HOME and JAVA to a JDK >= 25
    if [[ -z ${JAVA_HOME:-} ]] || (($(java_major "$JAVA_HOME/bin/java" 2>/dev/null || echo 0) < 25)); then
        JAVA_HOME=
        for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
            if [[ -x $candidate/bin/java ]] && (($(java_major "$candidate/bin/java" 2>/dev/null || echo 0) >= 25)); then
                JAVA_HOME=$candidate
                break
            fi
        done
        [[ -n $JAVA_HOME ]] || die "no JDK >= 25 found in /usr/lib/jvm; set JAVA_HOME"
    fi
    export JAVA_HOME
    JAVA=$JAVA_HOME/bin/java
}

build_jar() { # builds the jar in a copy of the sources, so that a build in the work tree is not disturbed
    say "Copying the sources to $BUILD_DIR and building the jar there (./mvnw -o -q -B -DskipTests package)"
    mkdir -p "$BUILD_DIR"
    rsync -a --delete --exclude /target --exclude /data --exclude /node_modules --exclude /bench/results \
        --exclude /.git ./ "$BUILD_DIR/"
    rm -rf "$BUILD_DIR/target"
    # The browser tests' npm download is not needed for the jar.
    (cd "$BUILD_DIR" && ./mvnw -o -q -B -DskipTests '-P!axe-core' package) >"$BUILD_DIR/build.log" 2>&1 ||
        { tail -n 40 "$BUILD_DIR/build.log" >&2; die "the build failed (full log in $BUILD_DIR/build.log)"; }
    git rev-parse HEAD >"$BUILD_DIR/target/source-commit" 2>/dev/null || echo unknown >"$BUILD_DIR/target/source-commit"
}

find_jar() { # sets JAR
    if [[ -n ${BENCH_JAR:-} ]]; then
        JAR=$BENCH_JAR
    elif [[ -f $BUILD_DIR/target/$JAR_NAME ]]; then
        JAR=$BUILD_DIR/target/$JAR_NAME
    else
        JAR=target/$JAR_NAME
    fi
    [[ -f $JAR ]] || die "$JAR does not exist (build it, or leave out --no-build)"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { # first port >= $1 that nothing listens on and that is not $2
    local port=$1
    while port_in_use "$port" || [[ $port == "${2:-}" ]]; do
        ((port++))
        ((port < $1 + 100)) || die "no free port in $1..$((port - 1))"
    done
    echo "$port"
}

start_app() { # start_app OUT_DIR HEAP [JVM options...]: starts the app (prod profile) and waits until it is ready
    local out=$1 heap=$2
    shift 2
    PORT_=$(free_port "${BENCH_PORT:-18280}")
    MANAGEMENT_PORT_=$(free_port "${BENCH_MANAGEMENT_PORT:-18281}" "$PORT_")
    BASE=http://127.0.0.1:$PORT_
    local ready=http://127.0.0.1:$MANAGEMENT_PORT_/actuator/health/readiness
    env SPRING_PROFILES_ACTIVE=prod DATABASE_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DATABASE" \
        DATABASE_USERNAME="$PGUSER_" DATABASE_PASSWORD="$PGPASSWORD_" PORT="$PORT_" \
        MANAGEMENT_PORT="$MANAGEMENT_PORT_" MANAGEMENT_ADDRESS=127.0.0.1 CLAIMDESK_DEMO_CONTENT=true \
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="${BENCH_MAIL_PORT:-9}" \
        CLAIMDESK_STAFF_TOTP_KEYS="$BENCH_TOTP_KEYS" CLAIMDESK_PAYOUT_BANK_IBAN_KEYS="$BENCH_IBAN_KEYS" CLAIMDESK_PRIVACY_PSEUDONYM_KEY="$BENCH_PSEUDONYM_KEY" \
        "$JAVA" -Xms"$heap" -Xmx"$heap" "$@" -jar "$JAR" >"$out/app.log" 2>&1 </dev/null &
    APP_PID=$!
    local deadline=$((SECONDS + READY_TIMEOUT))
    until [[ $(curl -s -m 2 "$ready" 2>/dev/null) == *'"status":"UP"'* ]]; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 30 "$out/app.log" | cut -c1-600 >&2
            APP_PID=
            die "the app exited during start-up (log above; full log in $out/app.log)"
        fi
        ((SECONDS < deadline)) || die "the app was not ready within ${READY_TIMEOUT}s (log in $out/app.log)"
        sleep 0.5
    done
    own_ports "$APP_PID" "$PORT_" "$MANAGEMENT_PORT_" ||
        die "another process took the app's port while it started; not sending load there (try again)"
}

stop_app() { # SIGTERM, wait up to 30 s, then SIGKILL
    [[ -n $APP_PID ]] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.5
        done
        kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

create_staff() { # create_staff OUT STAMP ROLE...: one staff account per role given, with a random password and TOTP
    # secret each, written to OUT/staff.txt ("email password secret" lines, in the order of the roles)
    local out=$1 stamp=$2 i=0 role email secret password hash classpath
    shift 2
    mkdir -p "$out/lib"
    unzip -q -o -j "$JAR" 'BOOT-INF/lib/spring-security-crypto-*' 'BOOT-INF/lib/bcprov-*' \
        'BOOT-INF/lib/commons-logging-*' 'BOOT-INF/lib/spring-core-*' -d "$out/lib" 2>/dev/null || true
    ls "$out"/lib/spring-security-crypto-*.jar >/dev/null 2>&1 || die "no spring-security-crypto in $JAR"
    classpath=$(printf '%s:' "$out"/lib/*.jar)
    password=$(head -c 18 /dev/urandom | base64 | tr '+/' 'xy')
    hash=$("$JAVA" -cp "$classpath" bench/backoffice/BackofficeLoad.java hash "$password")
    : >"$out/staff.txt"
    for role in "$@"; do
        i=$((i + 1))
        email="bench-$i-${stamp,,}@bench.invalid"
        secret=$(head -c 20 /dev/urandom | base32 | tr -d '=')
        "${PSQL[@]}" -c "insert into staff_account (id, email, email_normalised, name, roles, password_hash,
            totp_secret, active, created_at, enrolled_at) values (gen_random_uuid(), '$email', '$email',
            'Bench ${role,,} $i', '$role', '$hash', '$secret', true, now(), now())"
        echo "$email $password $secret" >>"$out/staff.txt"
    done
    chmod 600 "$out/staff.txt"
}

heap_mb() { # heap_mb FILE: the used heap (MB) at the start and its maximum, from jstat -gc -t samples
    awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i; next}
        $1 ~ /^[0-9.]+$/ {used = ($(col["S0U"]) + $(col["S1U"]) + $(col["EU"]) + $(col["OU"])) / 1024;
            old = $(col["OU"]) / 1024; n++; if (n <= 8) first = (first > used ? first : used);
            if (used > max) max = used; if (old > maxold) maxold = old; if (n == 1) oldfirst = old; oldlast = old}
        END {printf "used heap at the start %.0f MB, max %.0f MB; old generation %.0f -> max %.0f MB, at the end %.0f MB (%d samples)",
            first, max, oldfirst, maxold, oldlast, n}' "$1"
}
