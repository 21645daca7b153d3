# Shared by bench/run.sh and bench/faults.sh, which source it from the repository's root after
# setting FAILURE_TITLE (what die() says failed): the synthetic data, the jar, the job's JVM options
# and the loopback Port-like server.

JAR=${BENCH_JAR:-target/actions-roi-report.jar}
SEED=${BENCH_SEED:-42}
ACTIONS=${BENCH_ACTIONS:-200}
# BENCH_TEAMS=N: that many teams in the data, and the job makes every team's report (issue 12)
TEAMS=${BENCH_TEAMS:-}
REPORT_DATE=2026-09-30 # the date the data is generated for: runs fill the year up to its end
# As a newcomer runs it: the target's heap and nothing else (the cron wrapper's options,
# -XX:+UseSerialGC -XX:TieredStopAtLevel=1, can be measured beside it through BENCH_JAVA_OPTS).
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
SERVER_PID=

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf '\n%s FAILED: %s\n' "$FAILURE_TITLE" "$*" >&2; exit 1; }
now() { date +%s.%N; }
# decimal arithmetic: calc '1 / 3' -> 0.33
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }

build_jar() {
  if [[ -f $JAR ]]; then
    # measuring a jar older than the code would be measuring something else
    if [[ -n $(find src pom.xml -newer "$JAR" -print -quit) ]]; then
      log "WARNING: $JAR is older than src/ or pom.xml: rebuild it (./mvnw -DskipTests package) to measure the code"
    fi
    return
  fi
  log "building $JAR"
  ./mvnw -q -DskipTests package
}

# Sets DATA: the export and the pages for N runs, generated once per N, actions and seed
# (bench/work is not committed).
generate() {
  local n=$1
  DATA=bench/work/data-$n-a$ACTIONS-s$SEED${TEAMS:+-t$TEAMS}
  if [[ ! -f $DATA/counts.json ]]; then
    log "generating $n runs over $ACTIONS actions${TEAMS:+ and $TEAMS teams} (seed $SEED) into $DATA"
    local start; start=$(now)
    python3 bench/generate.py --runs "$n" --actions "$ACTIONS" --seed "$SEED" ${TEAMS:+--teams "$TEAMS"} \
      --report-date "$REPORT_DATE" --out "$DATA"
    log "generated in $(calc "$(now) - $start" 1) s"
  fi
}

# Starts the Port-like server on the pages of $1, writing its port to the file $2, and sets
# SERVER_PID and SERVER_PORT. Its client secret is BENCH_CLIENT_SECRET, a new one per server. It waits
# LATENCY_MS (0) before every answer. Its first start on a data set indexes the pages' creation times
# (some seconds at a million runs), hence the long wait for the port.
start_server() {
  local port_file=$2
  export BENCH_CLIENT_SECRET; BENCH_CLIENT_SECRET=$(head -c 18 /dev/urandom | base64 | tr '+/' 'xy')
  rm -f "$port_file"
  python3 bench/server.py --latency-ms "${LATENCY_MS:-0}" "$1" "$port_file" &
  SERVER_PID=$!
  for _ in $(seq 600); do
    if [[ -f $port_file ]]; then SERVER_PORT=$(cat "$port_file"); return; fi
    sleep 0.1
  done
  die "the Port-like server did not start"
}

stop_server() {
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}
