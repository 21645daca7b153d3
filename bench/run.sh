#!/usr/bin/env bash
# The benchmark of the report job (docs/benchmark.md): for each number of runs N, generate a
# synthetic Port export, serve it from a loopback Port-like server, run the real jar end to end,
# read the same pages with a bare Jackson streaming pass (bench/JacksonPass.java), run the same
# per-action aggregation with jq, check the job's figures against jq's, say PASS or FAIL against
# each target and append the figures to bench/results/<date>.md.
#
#   bench/run.sh                 N = 100000 and 1000000
#   bench/run.sh 200000 ...      other sizes
#   bench/run.sh --latency-ms 150 100000
#                                the server waits 150 ms before every answer, as a Port far away
#                                (docs/benchmark.md, "A far-away Port")
#
# Environment: BENCH_SEED (42), BENCH_ACTIONS (200), BENCH_JAVA_OPTS (-Xmx512m, as a newcomer runs it),
# BENCH_JAR (target/actions-roi-report.jar), BENCH_RESULTS (bench/results/<date>.md),
# BENCH_SOURCE=server|export (the end-to-end run reads the server, or the export folder directly),
# BENCH_TEAMS=N (N teams in the data, and a report for each; the results go to <date>-teams.md),
# BENCH_PROFILE=1 (record the job with JFR into bench/work/profile-N-SOURCE.jfr and summarise where its
# CPU time went), BENCH_SKIP_JQ=1, BENCH_READ_CONCURRENCY=N (the job's port.read-concurrency when it
# reads the server; its own default when unset).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
FAILURE_TITLE=BENCHMARK
# shellcheck source=bench/common.sh
. bench/common.sh
WORK=bench/work
SOURCE=${BENCH_SOURCE:-server}
PROFILE=${BENCH_PROFILE:-0}
RESULTS=${BENCH_RESULTS:-bench/results/$(date +%F)${TEAMS:+-teams}.md}
# The targets (README, "Benchmark"): the job's runs per second over jq's, at least; start-up, workbook
# and the rest of the job (everything but start-up, the runs step and the workbook), at most, in
# seconds; the runs step over the bare Jackson pass over the same pages, at most.
TARGET_JQ_RATIO=10 TARGET_STARTUP_S=2 TARGET_WORKBOOK_S=3 TARGET_REST_S=1 TARGET_JACKSON_RATIO=2.5

trap stop_server EXIT

# Each step's milliseconds, "name=ms" per line, then "job=ms", from the job repository (H2 file).
# H2 is run from the job's jar, so that its version is the one that wrote the file.
step_millis() {
  local db=$1
  java -Dloader.main=org.h2.tools.Shell -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher \
    -url "jdbc:h2:file:$db" -user sa -sql "
      SELECT STEP_NAME, DATEDIFF('MILLISECOND', START_TIME, END_TIME) FROM BATCH_STEP_EXECUTION
        ORDER BY STEP_EXECUTION_ID;
      SELECT 'job', DATEDIFF('MILLISECOND', START_TIME, END_TIME) FROM BATCH_JOB_EXECUTION" |
    awk -F' [|] ' 'NF == 2 && $2 ~ /^[0-9]+$/ { gsub(/ /, "", $1); print $1 "=" $2 }'
}

# From the GC log: "peak heap used MB, most heap left after a collection MB, total pause s".
# The peak is the largest heap occupancy seen, before any collection or at exit; what is left after
# a collection bounds what the job keeps alive.
heap_figures() {
  awk '
    function mb(v) { u = substr(v, length(v)); v += 0
                     return u == "G" ? v * 1024 : u == "K" ? v / 1024 : u == "B" ? v / 1048576 : v }
    / Pause / && match($0, /[0-9.]+[BKMG]->[0-9.]+[BKMG]\(/) {
      split(substr($0, RSTART, RLENGTH - 1), h, "->")
      if (mb(h[1]) > peak) peak = mb(h[1]); if (mb(h[2]) > live) live = mb(h[2])
      if (match($0, /[0-9.]+ms$/)) pause += substr($0, RSTART, RLENGTH - 2) / 1000 }
    /gc,heap,exit/ && match($0, /total [0-9]+K, used [0-9]+K/) {
      split(substr($0, RSTART, RLENGTH), w, "used "); exitUsed += mb(w[2]) }
    END { if (exitUsed > peak) peak = exitUsed; printf "%.0f %.0f %.2f", peak, live, pause }' "$1"
}

# JFR settings: the JDK's "profile" without Spring Batch's events for every item read and processed,
# which JFR would otherwise record with a stack trace two million times and so measure itself; and
# native code sampled as often as Java code (10 ms, not 20), so that their samples add up.
jfr_settings() {
  local home item=org.springframework.batch.core.observability.jfr.events.step.chunk
  home=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.home/ { print $2 }')
  sed "/name=\"jdk.NativeMethodSample\"/,/<\/event>/ s/20 ms/10 ms/
       s#</configuration>#<event name=\"$item.ItemReadEvent\"><setting name=\"enabled\">false</setting></event>\
<event name=\"$item.ItemProcessEvent\"><setting name=\"enabled\">false</setting></event></configuration>#" \
    "$home/lib/jfr/profile.jfc" > "$WORK/profile.jfc"
  grep -q ItemProcessEvent "$WORK/profile.jfc" || die "could not write the JFR settings $WORK/profile.jfc"
  echo "$ROOT/$WORK/profile.jfc"
}

# Where the CPU time of a JFR recording went, as markdown (bench/hot_methods.py).
profile_summary() {
  jfr print --stack-depth 300 --events jdk.ExecutionSample,jdk.NativeMethodSample "$1" |
    python3 bench/hot_methods.py
}

# Runs the jar on n runs read from source ($3: server or export) into $WORK/out-N-SOURCE; sets OUT,
# WALL, RSS (MB), CPU (s), PEAK, LIVE (MB), GC (s), STEPS (name=ms,...), RUNS_MS (the runs step),
# WORKBOOK_MS, JOB_MS (the job execution, without the JVM's and Spring's start and stop) and
# STARTUP_S (the JVM's uptime when Spring Boot had started, from its own log line).
run_job() {
  local n=$1 data=$2 source=$3 out=$ROOT/$WORK/out-$1-$3 source_args opts
  OUT=$out
  rm -rf "$out"; mkdir -p "$out"
  if [[ $source == export ]]; then
    source_args=(--port.export-dir="$ROOT/$data/export")
  else
    start_server "$data" "$WORK/server.port"
    source_args=(--port.base-url="http://127.0.0.1:$SERVER_PORT" --port.client-id=bench
                 --port.client-secret="$BENCH_CLIENT_SECRET")
    [[ -z ${BENCH_READ_CONCURRENCY:-} ]] || source_args+=(--port.read-concurrency="$BENCH_READ_CONCURRENCY")
  fi
  read -ra opts <<< "$JAVA_OPTS"
  opts+=("-Xlog:gc,gc+heap+exit:file=$out/gc.log")
  # deep stacks: Spring Batch puts some 80 frames under the job's code; JFR keeps 64 by default
  if [[ $PROFILE == 1 ]]; then
    opts+=(-XX:FlightRecorderOptions:stackdepth=256
           "-XX:StartFlightRecording=filename=$ROOT/$WORK/profile-$n-$source.jfr,settings=$(jfr_settings),dumponexit=true")
  fi
  log "running the job on $n runs ($source): java ${opts[*]}"
  local start end status=0
  start=$(now)
  # -v: peak RSS; the job's own working directory, so that nothing lands in the repository
  (cd "$out" && /usr/bin/time -v -o time.txt java "${opts[@]}" -jar "$ROOT/$JAR" "${source_args[@]}" \
      --report.date="$REPORT_DATE" --report.output-dir="$out/reports" --report.email.enabled=false \
      ${TEAMS:+--report.team-reports.enabled=true} \
      --spring.datasource.url="jdbc:h2:file:$out/db/repository;WRITE_DELAY=0" \
      --logging.level.org.springframework.boot.StartupInfoLogger=INFO > job.log 2>&1) || status=$?
  end=$(now)
  stop_server
  if [[ $status != 0 ]]; then
    tail -20 "$out/job.log" >&2
    die "the job exited with $status (log: $out/job.log)"
  fi
  grep -h 'JobOutcomeListener\|Started ' "$out/job.log" >&2 || true
  log "files written"
  (cd "$out/reports" && find . -type f -printf '%10s bytes  %P\n' | sort -k3) >&2
  local millis
  WALL=$(calc "$end - $start")
  RSS=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$out/time.txt")
  CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$out/time.txt")
  read -r PEAK LIVE GC <<< "$(heap_figures "$out/gc.log")"
  millis=$(step_millis "$out/db/repository")
  STEPS=$(grep -v '^job=' <<< "$millis" | paste -sd, -)
  JOB_MS=$(sed -n 's/^job=//p' <<< "$millis")
  RUNS_MS=$(sed -n 's/^runs=//p' <<< "$millis")
  WORKBOOK_MS=$(sed -n 's/^workbook=//p' <<< "$millis")
  [[ -n $STEPS && -n $JOB_MS && -n $RUNS_MS && -n $WORKBOOK_MS ]] || die "no step times in the job repository $out/db/repository"
  # "Started ActionsRoiApplication in 1.6 seconds (process running for 2.0)": the JVM's uptime then
  STARTUP_S=$(sed -n 's/.*Started .*(process running for \([0-9.]*\)).*/\1/p' "$out/job.log")
  [[ -n $STARTUP_S ]] || die "no start-up time in the job's log $out/job.log"
}

# The bare Jackson streaming pass (bench/JacksonPass.java, with the job's own jackson-core) over the
# pages of the runs of $1, served as the job reads them; sets JACKSON_S, its time from the token
# request to the last page parsed (the JVM's start left out, as the runs step's time leaves it out).
run_jackson_pass() {
  local data=$1 jars=$WORK/jackson-core line opts
  rm -rf "$jars"; mkdir -p "$jars"
  # Jackson 3's core (tools.jackson), the parser the job reads Port with; Flyway brings Jackson 2's
  unzip -q -j "$JAR" 'BOOT-INF/lib/jackson-core-3*.jar' -d "$jars" || die "no jackson-core 3 in $JAR"
  start_server "$data" "$WORK/server.port"
  log "reading the same pages with a bare Jackson streaming pass (bench/JacksonPass.java)"
  read -ra opts <<< "$JAVA_OPTS"
  line=$(java "${opts[@]}" -cp "$(echo "$jars"/*.jar)" bench/JacksonPass.java "http://127.0.0.1:$SERVER_PORT" \
    action_run) || die "the Jackson pass failed"
  stop_server
  echo "   $line" >&2
  JACKSON_S=$(calc "$(sed -n 's/.*millis=\([0-9]*\).*/\1/p' <<< "$line") / 1000")
}

# Runs the jq aggregation over the export of $1 into the file $2; sets JQ_S and JQ_RSS (MB).
run_jq() {
  local data=$1 out=$2 start end
  log "running the jq aggregation over $data/export"
  start=$(now)
  /usr/bin/time -f '%M' -o "$out.time" \
    jq --slurpfile actions "$data/export/action.json" -f bench/aggregate.jq "$data/export/action_run.json" > "$out"
  end=$(now)
  JQ_S=$(calc "$end - $start")
  JQ_RSS=$(awk '{ printf "%.0f", $1 / 1024 }' "$out.time")
}

# The actions whose figures differ between jq and the job's JSON summary, one JSON line each.
mismatches() {
  local jq_out=$1 summary=$2
  jq -nc --slurpfile jq "$jq_out" --slurpfile job "$summary" '
    def abs: if . < 0 then -. else . end;
    ($job[0].actions | map({key: .identifier, value: {total_runs, successful_runs, failed_runs,
                                                      total_lead_time_savings_h}}) | from_entries) as $j
    | ($jq[0] | keys) + ($j | keys) | unique[] as $a
    | {action: $a, jq: $jq[0][$a], job: $j[$a]}
    | select(.jq == null or .job == null
        or ([.jq, .job] | map(del(.total_lead_time_savings_h)) | .[0] != .[1])
        or ((.jq.total_lead_time_savings_h - .job.total_lead_time_savings_h) | abs)
           > 1e-9 * (1 + (.job.total_lead_time_savings_h | abs)))'
}

results_header() {
  [[ -f $RESULTS ]] || printf '# Benchmark results, %s\n\nWritten by `bench/run.sh`; see README, "Benchmark".\n' \
    "$(date +%F)" > "$RESULTS"
  cat >> "$RESULTS" <<EOF

## Run of $(date '+%F %H:%M %Z'), $([[ -n ${BENCH_JAR:-} ]] && echo "jar $JAR, the checkout at" || echo 'commit') $COMMIT

- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) of memory
- Java: $(java -version 2>&1 | head -1), options \`$JAVA_OPTS\`
- data: $ACTIONS actions${TEAMS:+, $TEAMS teams (a report for each: \`--report.team-reports.enabled=true\`)}, seed $SEED, report date $REPORT_DATE; the job reads $([[ $SOURCE == export ]] && echo "the export folder (\`--port.export-dir\`)" || echo "the loopback Port-like server (gzip pages of 1,000), which waits ${LATENCY_MS} ms before every answer, with port.read-concurrency ${BENCH_READ_CONCURRENCY:-at its default}")$([[ $PROFILE == 1 ]] && echo "; **recorded with JFR**, which slows it: read this run for proportions, not times")
- load: the 1-minute load average just before the job started (it includes this script's own work
  before it); on $(nproc) cores, a load well above 1 means other work took CPU time from the job

| runs | wall s | runs/s | start-up s | runs step s | workbook s | rest s | steps s | peak heap MB | max heap after GC MB | GC pauses s | peak RSS MB | CPU s | load |
|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|
EOF
}

# Checks the job's JSON summary $2 against jq's figures $1 for n runs ($3); sets FAILED when they differ.
check_against_jq() {
  local diff; diff=$(mismatches "$1" "$2")
  if [[ -n $diff ]]; then
    FAILED=1
    printf '\n!!!!! MISMATCH: jq and the job (%s) disagree on %s actions for N=%s, e.g.:\n%s\n' \
      "$2" "$(echo "$diff" | wc -l)" "$3" "$(echo "$diff" | head -3)" >&2
  else
    log "jq and the job ($2) agree on the runs, successful and failed runs and hours saved of every action"
  fi
}

# "PASS" when the value $1 is at most ($2 = max) or at least ($2 = min) the target $3, else "FAIL".
verdict() {
  if awk -v v="$1" -v t="$3" -v w="$2" 'BEGIN { exit !(w == "max" ? v <= t : v >= t) }'; then echo PASS
  else echo FAIL; fi
}

main() {
  LATENCY_MS=0
  if [[ ${1:-} == --latency-ms ]]; then
    [[ ${2:-} =~ ^[0-9]+$ ]] || die "--latency-ms takes a number of milliseconds, not '${2:-}'"
    LATENCY_MS=$2
    shift 2
  fi
  local sizes=("$@")
  # read now: the checkout may move on while the script runs
  COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (src modified)')"
  [[ ${#sizes[@]} -gt 0 ]] || sizes=(100000 1000000)
  command -v jq > /dev/null || die "jq is missing (apt-get install jq)"
  [[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (apt-get install time)"
  mkdir -p "$WORK" bench/results
  build_jar
  local rows=() comparisons=() profiles=() verdicts=""
  FAILED=0
  for n in "${sizes[@]}"; do
    local load job_rate steps_s rest_s runs_s workbook_s jq_ratio=- jackson_ratio=- jq_s=- jq_rate=-
    local jackson_s=- wall out v_jq=- v_jackson=- v_startup v_workbook v_rest
    generate "$n"
    load=$(cut -d' ' -f1 /proc/loadavg)
    run_job "$n" "$DATA" "$SOURCE"
    wall=$WALL out=$OUT
    job_rate=$(calc "$n / $WALL" 0)
    runs_s=$(calc "$RUNS_MS / 1000") workbook_s=$(calc "$WORKBOOK_MS / 1000")
    rest_s=$(calc "$WALL - $STARTUP_S - $runs_s - $workbook_s")
    steps_s=$(tr ',' '\n' <<< "$STEPS" | awk -F= '{ printf "%s%s %.1f", (NR > 1 ? ", " : ""), $1, $2 / 1000 }')
    rows+=("| $n | $WALL | $job_rate | $STARTUP_S | $runs_s | $workbook_s | $rest_s | $steps_s | $PEAK | $LIVE | $GC | $RSS | $CPU | $load |")
    if [[ $PROFILE == 1 ]]; then
      profiles+=("$(printf '\n### Profile of the job, %s runs\n\n' "$n"; profile_summary "$WORK/profile-$n-$SOURCE.jfr")")
    fi
    if [[ $SOURCE == server ]]; then
      run_jackson_pass "$DATA"
      jackson_s=$JACKSON_S jackson_ratio=$(calc "$runs_s / $JACKSON_S")
      v_jackson=$(verdict "$jackson_ratio" max $TARGET_JACKSON_RATIO)
    fi
    if [[ ${BENCH_SKIP_JQ:-0} != 1 ]]; then
      run_jq "$DATA" "$WORK/jq-figures-$n.json"
      check_against_jq "$WORK/jq-figures-$n.json" "$out/reports/$REPORT_DATE/actions-roi-$REPORT_DATE.json" "$n"
      jq_s=$JQ_S jq_rate=$(calc "$n / $JQ_S" 0) jq_ratio=$(calc "$JQ_S / $wall" 1)
      v_jq=$(verdict "$jq_ratio" min $TARGET_JQ_RATIO)
    fi
    v_startup=$(verdict "$STARTUP_S" max $TARGET_STARTUP_S)
    v_workbook=$(verdict "$workbook_s" max $TARGET_WORKBOOK_S)
    v_rest=$(verdict "$rest_s" max $TARGET_REST_S)
    verdicts+=" $v_jq $v_jackson $v_startup $v_workbook $v_rest"
    comparisons+=("| $n | $wall | $jq_s | $jq_rate | $job_rate | **$jq_ratio** $v_jq | $jackson_s | $runs_s | **$jackson_ratio** $v_jackson | $STARTUP_S $v_startup | $workbook_s $v_workbook | $rest_s $v_rest |")
    {
      printf '\n   N=%s, against the targets (README, "Benchmark"):\n' "$n"
      printf '   %-42s %8s s\n' "job, end to end (wall)" "$wall" "jq over the same runs" "$jq_s"
      printf '   %-42s %8s    target >= %-4s %s\n' "job's runs/s over jq's" "$jq_ratio" $TARGET_JQ_RATIO "$v_jq"
      printf '   %-42s %8s s\n' "bare Jackson pass over the same pages" "$jackson_s" "runs step" "$runs_s"
      printf '   %-42s %8s    target <= %-4s %s\n' "runs step over the Jackson pass" "$jackson_ratio" \
        $TARGET_JACKSON_RATIO "$v_jackson"
      printf '   %-42s %8s s  target <= %-4s %s\n' "start-up (JVM and Spring Boot)" "$STARTUP_S" $TARGET_STARTUP_S \
        "$v_startup" "workbook step" "$workbook_s" $TARGET_WORKBOOK_S "$v_workbook" \
        "the rest (other steps, shutdown)" "$rest_s" $TARGET_REST_S "$v_rest"
      printf '   %-42s %8s s (user + system, every thread)\n' "job's CPU time" "$CPU"
    } >&2
  done
  results_header
  printf '%s\n' "${rows[@]}" >> "$RESULTS"
  cat >> "$RESULTS" <<'EOF'

wall: start to exit of the JVM; runs/s: runs / wall; start-up: the JVM's uptime when Spring Boot
had started (its "process running for"); runs step, workbook: those steps' times in the job
repository; rest: wall less those three (the other steps, the job's start and the shutdown); peak
heap: the largest heap occupancy in the GC log (before a collection, or at exit); max heap after GC:
the most a collection left, which bounds what the job keeps alive; CPU: user + system time of the
JVM, every thread, less sensitive than wall time to the machine's other work.
EOF
  local agreement='the job agreed with it on every action'
  [[ $FAILED == 0 ]] || agreement='**the job and jq disagreed: see MISMATCH in the output**'
  [[ ${BENCH_SKIP_JQ:-0} != 1 ]] || agreement='skipped (BENCH_SKIP_JQ=1)'
  printf '\nAgainst the targets (jq: `bench/aggregate.jq` over the export'"'"'s `action_run.json`; %s):\n' \
    "$agreement" >> "$RESULTS"
  cat >> "$RESULTS" <<EOF

| runs | job s | jq s | jq runs/s | job runs/s | job over jq (≥ $TARGET_JQ_RATIO) | Jackson pass s | runs step s | runs step over Jackson (≤ $TARGET_JACKSON_RATIO) | start-up s (≤ $TARGET_STARTUP_S) | workbook s (≤ $TARGET_WORKBOOK_S) | rest s (≤ $TARGET_REST_S) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
EOF
  printf '%s\n' "${comparisons[@]}" >> "$RESULTS"
  cat >> "$RESULTS" <<'EOF'

job over jq: jq's time over the job's wall time, which is the job's runs per second over jq's: the
whole job (the JVM's start, reading the pages from the server, every output) against jq's
aggregation of the export file. Jackson pass: every page fetched from the same server and every
token read by Jackson's streaming parser (`bench/JacksonPass.java`), the floor of the runs step.
EOF
  [[ ${#profiles[@]} -eq 0 ]] || printf '%s\n' "${profiles[@]}" >> "$RESULTS"
  log "results appended to $RESULTS"
  [[ $FAILED == 0 ]] || die "jq and the job disagree: see MISMATCH above"
  if [[ $verdicts == *FAIL* ]]; then log "some targets missed: see FAIL above (the figures agree with jq)"
  else log "every target measured was met"; fi
}

main "$@"
