# shellcheck shell=bash
# The app's JIT compiler, for the benches' warm-up (sourced by bench/landing/run and bench/backoffice/run;
# bench/signup/LoadGenerator.java does the same in Java). On two busy cores the C1/C2 compiler threads need minutes,
# not seconds, to compile what a load uses; a measurement that starts while they still work measures them too.
#
# The compiler threads are read from /proc/PID/task (their Linux names start with "C1 CompilerThre" or
# "C2 CompilerThre"). The JVM ends compiler threads that have nothing to do, and a thread that ended is gone with its
# ticks: the CPU is therefore added up per thread between snapshots taken at most about 10 s apart.

# jit_snapshot PID: "thread-id ticks" per compiler thread
jit_snapshot() {
    local stat
    for stat in /proc/"$1"/task/*/stat; do
        [[ -r $stat ]] || continue
        awk '{
            line = $0
            name = substr(line, index(line, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
            if (name ~ /^C[12] CompilerThre/) {
                rest = substr(line, index(line, ") ") + 2); split(rest, f, " ")
                print FILENAME, f[12] + f[13]
            }
        }' "$stat" 2>/dev/null | sed -E 's|^/proc/[0-9]+/task/([0-9]+)/stat|\1|'
    done
}

# jit_ticks_between BEFORE AFTER: the compiler threads' ticks used between two snapshots (threads that started in
# between count from zero; those that ended in between are missing)
jit_ticks_between() {
    awk 'NR == FNR {before[$1] = $2; next} {d = $2 - before[$1]; if (d > 0) s += d} END {print s + 0}' \
        <(echo "$1") <(echo "$2")
}

# warm_until_jit_idle PID LEAST MOST IDLE_PCT COMMAND...: runs COMMAND (one round of load of about 10 s) again and
# again until LEAST seconds have passed and the JIT used less than IDLE_PCT % of one core during the last round, or
# until MOST seconds have passed. Prints "WARMUP_S JIT_PCT_OF_LAST_ROUND ROUNDS".
warm_until_jit_idle() {
    local pid=$1 least=$2 most=$3 idle=$4
    shift 4
    local start=$SECONDS rounds=0 before after t0 t1 pct=-1
    local hz
    hz=$(getconf CLK_TCK)
    while true; do
        before=$(jit_snapshot "$pid")
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || return 1
        t1=$(date +%s%N)
        after=$(jit_snapshot "$pid")
        rounds=$((rounds + 1))
        pct=$(awk -v t="$(jit_ticks_between "$before" "$after")" -v hz="$hz" -v w="$((t1 - t0))" \
            'BEGIN {printf "%.1f", (w > 0 ? 100 * t / hz / (w / 1e9) : 0)}')
        if ((SECONDS - start >= most)); then
            break
        fi
        if ((SECONDS - start >= least)) && awk -v p="$pct" -v i="$idle" 'BEGIN {exit !(p < i)}'; then
            break
        fi
    done
    echo "$((SECONDS - start)) $pct $rounds"
}

# jit_share PID BEFORE_SNAPSHOT APP_TICKS_BEFORE: the JIT's % of the app's CPU since the snapshot
jit_share() {
    local after app_after
    after=$(jit_snapshot "$1")
    app_after=$(sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}')
    awk -v j="$(jit_ticks_between "$2" "$after")" -v a="$((app_after - $3))" 'BEGIN {printf "%.1f", (a > 0 ? 100 * j / a : 0)}'
}
