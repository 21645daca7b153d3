#!/usr/bin/env bash
# The benchmark of the report job (docs/benchmark.md): for each number of runs N, generate a
# synthetic Port export, serve it from a loopback Port-like server, run the real jar end to end,
# run the same per-action aggregation with jq, check both agree and append the figures to
# bench/results/<date>.md.
#
# jq is compared with the job twice: with the job's runs step reading the same export file as jq
# (the aggregation alone: reading, classifying and folding every run), and with the whole job.
#
#   bench/run.sh                 N = 100000 and 1000000
#   bench/run.sh 200000 ...      other sizes
#   bench/run.sh --latency-ms 150 100000
#                                the server waits 150 ms before every answer, as a Port far away
#                                (docs/benchmark.md, "A far-away Port")
#
# Environment: BENCH_SEED (42), BENCH_ACTIONS (200), BENCH_JAVA_OPTS (-Xmx512m -XX:+UseSerialGC
# -XX:TieredStopAtLevel=1, the wrapper script's default with the target's heap),
# BENCH_SOURCE=server|export (the end-to-end run reads the server, or the export folder directly),
# BENCH_TEAMS=N (N teams in the data, and a report for each; the results go to <date>-teams.md),
# BENCH_PROFILE=1 (record the job with JFR into bench/work/profile-N-SOURCE.jfr and summarise where its
# CPU time went), BENCH_SKIP_JQ=1, BENCH_READ_CONCURRENCY=N (the job's port.read-concurrency when it
# reads the server; its own default when unset), BENCH_RESULTS (the file the results go to,
# bench/results/<date>.md).
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
# WALL, RSS (MB), CPU (s), PEAK, LIVE (MB), GC (s), STEPS (name=ms,...), RUNS_MS (the runs step) and
# JOB_MS (the job execution, without the JVM's and Spring's start and stop).
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
      --spring.datasource.url="jdbc:h2:file:$out/db/repository;WRITE_DELAY=0" > job.log 2>&1) || status=$?
  end=$(now)
  stop_server
  if [[ $status != 0 ]]; then
    tail -20 "$out/job.log" >&2
    die "the job exited with $status (log: $out/job.log)"
  fi
  grep -h 'JobOutcomeListener' "$out/job.log" >&2 || true
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
  [[ -n $STEPS && -n $JOB_MS && -n $RUNS_MS ]] || die "no step times in the job repository $out/db/repository"
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

## Run of $(date '+%F %H:%M %Z'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (src modified)')

- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) of memory
- Java: $(java -version 2>&1 | head -1), options \`$JAVA_OPTS\`
- data: $ACTIONS actions${TEAMS:+, $TEAMS teams (a report for each: \`--report.team-reports.enabled=true\`)}, seed $SEED, report date $REPORT_DATE; the job reads $([[ $SOURCE == export ]] && echo "the export folder (\`--port.export-dir\`)" || echo "the loopback Port-like server (gzip pages of 1,000), which waits ${LATENCY_MS} ms before every answer, with port.read-concurrency ${BENCH_READ_CONCURRENCY:-at its default}")$([[ $PROFILE == 1 ]] && echo "; **recorded with JFR**, which slows it: read this run for proportions, not times")
- load: the 1-minute load average just before the job started (it includes this script's own work
  before it); on $(nproc) cores, a load well above 1 means other work took CPU time from the job

| runs | wall s | runs/s | start+stop s | steps s | peak heap MB | max heap after GC MB | GC pauses s | peak RSS MB | CPU s | load |
|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|
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

main() {
  LATENCY_MS=0
  if [[ ${1:-} == --latency-ms ]]; then
    [[ ${2:-} =~ ^[0-9]+$ ]] || die "--latency-ms takes a number of milliseconds, not '${2:-}'"
    LATENCY_MS=$2
    shift 2
  fi
  local sizes=("$@")
  [[ ${#sizes[@]} -gt 0 ]] || sizes=(100000 1000000)
  command -v jq > /dev/null || die "jq is missing (apt-get install jq)"
  [[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (apt-get install time)"
  mkdir -p "$WORK" bench/results
  build_jar
  local rows=() comparisons=() profiles=()
  FAILED=0
  for n in "${sizes[@]}"; do
    local load job_rate steps_s wall out runs_ms jq_out export_runs_ms server_runs=- server_ratio=-
    generate "$n"
    load=$(cut -d' ' -f1 /proc/loadavg)
    run_job "$n" "$DATA" "$SOURCE"
    wall=$WALL out=$OUT runs_ms=$RUNS_MS
    job_rate=$(calc "$n / $WALL" 0)
    steps_s=$(tr ',' '\n' <<< "$STEPS" | awk -F= '{ printf "%s%s %.1f", (NR > 1 ? ", " : ""), $1, $2 / 1000 }')
    rows+=("| $n | $WALL | $job_rate | $(calc "$WALL - $JOB_MS / 1000" 1) | $steps_s | $PEAK | $LIVE | $GC | $RSS | $CPU | $load |")
    printf '\n   N=%s: job %s s (%s runs/s, peak heap %s MB, peak RSS %s MB)\n   steps (ms): %s\n' \
      "$n" "$WALL" "$job_rate" "$PEAK" "$RSS" "$STEPS" >&2
    if [[ $PROFILE == 1 ]]; then
      profiles+=("$(printf '\n### Profile of the job, %s runs\n\n' "$n"; profile_summary "$WORK/profile-$n-$SOURCE.jfr")")
    fi
    [[ ${BENCH_SKIP_JQ:-0} == 1 ]] && continue
    jq_out=$WORK/jq-figures-$n.json
    run_jq "$DATA" "$jq_out"
    check_against_jq "$jq_out" "$out/reports/$REPORT_DATE/actions-roi-$REPORT_DATE.json" "$n"
    # The like-for-like comparison: the runs step reading the very file jq reads.
    if [[ $SOURCE == export ]]; then
      export_runs_ms=$runs_ms
    else
      server_runs=$(calc "$runs_ms / 1000") server_ratio=$(calc "$JQ_S * 1000 / $runs_ms" 1)
      run_job "$n" "$DATA" export
      check_against_jq "$jq_out" "$OUT/reports/$REPORT_DATE/actions-roi-$REPORT_DATE.json" "$n"
      export_runs_ms=$RUNS_MS
    fi
    comparisons+=("| $n | $JQ_S | $JQ_RSS | $(calc "$n / $JQ_S" 0) | $(calc "$export_runs_ms / 1000") | $(calc "$n * 1000 / $export_runs_ms" 0) | **$(calc "$JQ_S * 1000 / $export_runs_ms" 1)** | $server_runs | $server_ratio | $wall | $(calc "$JQ_S / $wall" 1) |")
    printf '\n   N=%s: jq %s s; the runs step over the same export file %s s, %sx jq'"'"'s runs/s; the whole job %sx\n' \
      "$n" "$JQ_S" "$(calc "$export_runs_ms / 1000")" "$(calc "$JQ_S * 1000 / $export_runs_ms" 1)" "$(calc "$JQ_S / $wall" 1)" >&2
  done
  results_header
  printf '%s\n' "${rows[@]}" >> "$RESULTS"
  cat >> "$RESULTS" <<'EOF'

wall: start to exit of the JVM; runs/s: runs / wall; start+stop: wall minus the job execution (the
JVM's and Spring Boot's start, and the shutdown); steps: each step's time in the job repository;
peak heap: the largest heap occupancy in the GC log (before a collection, or at exit); max heap after
GC: the most a collection left, which bounds what the job keeps alive; CPU: user + system time of the
JVM, less sensitive than wall time to the machine's other work.
EOF
  if [[ ${#comparisons[@]} -gt 0 ]]; then
    printf '\nAgainst jq (`bench/aggregate.jq` over the export'"'"'s `action_run.json`; %s):\n' \
      "$([[ $FAILED == 0 ]] && echo 'every run of the job agreed with it on every action' \
         || echo '**the job and jq disagreed: see MISMATCH in the output**')" >> "$RESULTS"
    cat >> "$RESULTS" <<'EOF'

| runs | jq s | jq peak RSS MB | jq runs/s | runs step, same file s | its runs/s | ratio | runs step, from the server s | ratio | whole job s | ratio |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
EOF
    printf '%s\n' "${comparisons[@]}" >> "$RESULTS"
    cat >> "$RESULTS" <<'EOF'

ratio: jq's time over the job's, which is the job's runs per second over jq's. runs step, same file:
the job's `runs` step (reading, classifying, de-duplicating and folding every run, and keeping the
workbook's 30 days) in a second run of the job, reading the export folder jq reads: the same
aggregation on the same data, which is what the 10-times target is measured on. from the server: the
runs step of the run above, which also fetches and decompresses the pages. whole job: the wall time
above, which adds the JVM's start, the workbook, the PDF and the email that jq does not produce.
EOF
  fi
  [[ ${#profiles[@]} -eq 0 ]] || printf '%s\n' "${profiles[@]}" >> "$RESULTS"
  log "results appended to $RESULTS"
  [[ $FAILED == 0 ]] || die "jq and the job disagree: see MISMATCH above"
}

main "$@"
