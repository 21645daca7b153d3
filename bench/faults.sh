#!/usr/bin/env bash
# Faults at scale (docs/benchmark.md): N runs (default 1,000,000) served by the loopback
# Port-like server of bench/run.sh, and
#   1. the job killed with SIGKILL in the middle of reading the runs, then the same command again:
#      it must restart the dead run and end with the figures of a clean run;
#   2. the SMTP server down for the first run, then up: the first run fails at the delivery, the
#      same command then sends one email per recipient without reading Port again (the server is
#      stopped before it).
# Prints each check and exits non-zero when one fails.
#
#   bench/faults.sh [N]       FAULTS_KILL_AFTER: seconds into the runs step to kill the job (3);
#                             BENCH_JAVA_OPTS, BENCH_SEED, BENCH_ACTIONS as for bench/run.sh
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-1000000}
FAILURE_TITLE="FAULT CHECK"
# shellcheck source=bench/common.sh
. bench/common.sh
WORK=$ROOT/bench/work/faults-$N
SUMMARY=reports/$REPORT_DATE/actions-roi-$REPORT_DATE.json
SINK_PID=

cleanup() { for pid in $SERVER_PID $SINK_PID; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# job DIR [ARGS...]: the report command, in its own folder (job repository, reports, log)
job() {
  local dir=$1; shift
  mkdir -p "$dir"
  local opts; read -ra opts <<< "$JAVA_OPTS"
  (cd "$dir" && exec java "${opts[@]}" -jar "$ROOT/$JAR" \
      --port.base-url="http://127.0.0.1:$SERVER_PORT" --port.client-id=bench \
      --port.client-secret="$BENCH_CLIENT_SECRET" --report.date=$REPORT_DATE \
      --spring.datasource.url="jdbc:h2:file:$dir/db/repository;WRITE_DELAY=0" "$@" >> "$dir/job.log" 2>&1)
}

# The summary without what differs between two runs of the same data.
figures() { jq -S 'del(.generatedAt)' "$1"; }

build_jar
generate "$N"
rm -rf "$WORK"; mkdir -p "$WORK"
start_server "$DATA" "$WORK/server.port"

log "a clean run, the reference"
job "$WORK/clean" --report.email.enabled=false || die "the clean run failed (log: $WORK/clean/job.log)"

log "1. killed with SIGKILL while it reads the runs, then the same command"
job "$WORK/killed" --report.email.enabled=false & pid=$!
until grep -q 'ReferenceDataTasklet - Read' "$WORK/killed/job.log" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || die "the run ended before it read the runs (log: $WORK/killed/job.log)"
  sleep 0.1
done
sleep "${FAULTS_KILL_AFTER:-3}" # into the runs step, which takes several seconds for 1,000,000 runs
kill -9 "$(pgrep -f "jdbc:h2:file:$WORK/killed/db" | head -1)"; wait "$pid" 2>/dev/null || true
if grep -q 'RunProgressListener - Read [0-9,]* runs in' "$WORK/killed/job.log"; then
  die "the runs were all read before the kill: raise N or lower FAULTS_KILL_AFTER"
fi
grep 'RunProgressListener - Read' "$WORK/killed/job.log" | tail -1 >&2 || true
job "$WORK/killed" --report.email.enabled=false || die "the restart failed (log: $WORK/killed/job.log)"
grep -q 'was left unfinished by process' "$WORK/killed/job.log" || die "the restart did not recover the dead run"
cmp -s <(figures "$WORK/clean/$SUMMARY") <(figures "$WORK/killed/$SUMMARY") \
  || die "the figures after the restart differ from the clean run's"
log "   restarted, and its figures equal the clean run's"

log "2. the SMTP server down for the first run, then up"
smtp_port=$(free_port)
mail=(--spring.mail.host=127.0.0.1 --spring.mail.port="$smtp_port" --report.email.from=roi@example.com
      --report.email.to=vp@example.com,cfo@example.com --report.email.retry.attempts=2
      --report.email.retry.initial-backoff=1s)
if job "$WORK/smtp" "${mail[@]}"; then die "the run with the SMTP server down did not fail"; fi
grep -h "failed in step 'delivery'" "$WORK/smtp/job.log" | tail -1 >&2
python3 bench/smtp_sink.py "$smtp_port" "$WORK/smtp/mailbox" & SINK_PID=$!
sleep 1
stop_server
start=$(date +%s.%N)
job "$WORK/smtp" "${mail[@]}" || die "the rerun with the SMTP server up failed (log: $WORK/smtp/job.log)"
took=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }")
messages=$(find "$WORK/smtp/mailbox" -name '*.eml' | wc -l)
[[ $messages == 2 ]] || die "the mailbox holds $messages messages, not one per recipient (2)"
log "   the rerun sent one email per recipient in $took s, without Port (its server was stopped)"
log "all fault checks passed for $N runs"
