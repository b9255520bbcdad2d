# Shared by bench/backoffice/fill, bench/backoffice/run and bench/class/run (sourced from the repository root): the JDK, the jar,
# and starting and stopping the app against $DATABASE. Expects die, say, PGHOST_, PGPORT_, PGUSER_, PGPASSWORD_,
# DATABASE and READY_TIMEOUT to be set.

# shellcheck source=bench/production-keys.sh
source bench/production-keys.sh

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
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=9 \
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

create_staff() { # create_staff OUT ROLE COUNT NAME: COUNT staff accounts with ROLE, a random password and TOTP secret
    # each, written as "email password secret" lines to OUT/staff.txt (for BackofficeLoad.java login). Needs PSQL,
    # JAVA, JAR and STAMP.
    local out=$1 role=$2 count=$3 name=$4 cp password hash email secret i
    mkdir -p "$out/lib"
    unzip -q -o -j "$JAR" 'BOOT-INF/lib/spring-security-crypto-*' 'BOOT-INF/lib/bcprov-*' \
        'BOOT-INF/lib/commons-logging-*' 'BOOT-INF/lib/spring-core-*' -d "$out/lib" 2>/dev/null || true
    ls "$out"/lib/spring-security-crypto-*.jar >/dev/null 2>&1 || die "no spring-security-crypto in $JAR"
    cp=$(printf '%s:' "$out"/lib/*.jar)
    password=$(head -c 18 /dev/urandom | base64 | tr '+/' 'xy')
    hash=$("$JAVA" -cp "$cp" bench/backoffice/BackofficeLoad.java hash "$password")
    : >"$out/staff.txt"
    for i in $(seq 1 "$count"); do
        email="bench-${role,,}-$i-${STAMP,,}@bench.invalid"
        secret=$(head -c 20 /dev/urandom | base32 | tr -d '=')
        "${PSQL[@]}" -c "insert into staff_account (id, email, email_normalised, name, roles, password_hash,
            totp_secret, active, created_at, enrolled_at) values (gen_random_uuid(), '$email', '$email',
            '$name $i', '$role', '$hash', '$secret', true, now(), now())"
        echo "$email $password $secret" >>"$out/staff.txt"
    done
    chmod 600 "$out/staff.txt"
}
