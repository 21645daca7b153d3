#!/usr/bin/env bash
# Runs the Actions ROI report once: the nightly run from cron or systemd, or any on-demand run (every
# argument is passed to the job, e.g. --report.date=2026-11-26). See docs/operations.md.
#
#  - loads settings and secrets from an environment file outside the repository
#    (ACTIONS_ROI_ENV_FILE, default /etc/actions-roi-report/env), one VAR=value a line;
#  - takes a lock, so two runs never overlap: a second one exits at once with code 4, running nothing;
#  - appends the job's output to a log file, and also writes its error lines to stderr;
#  - exits with the job's exit code (0 done, 1 failed, 2 settings refused, 3 same date in progress).
#
# Every variable below can be set in the environment file or the environment; JAVA is the java command.
set -uo pipefail

readonly EXIT_LOCKED=4

ACTIONS_ROI_ENV_FILE="${ACTIONS_ROI_ENV_FILE:-/etc/actions-roi-report/env}"
if [[ ! -r "$ACTIONS_ROI_ENV_FILE" ]]; then
  echo "actions-roi-report: cannot read the environment file $ACTIONS_ROI_ENV_FILE (settings and secrets)." \
    "Create it (see docs/operations.md) or point ACTIONS_ROI_ENV_FILE at it." >&2
  exit 2
fi
# A value bash cannot read (unquoted, holding spaces or < >) would leave its setting, or every one after
# it, unset and the job would run without them: check the whole file first.
if ! bash -e -c '. "$1"' check "$ACTIONS_ROI_ENV_FILE" >/dev/null; then
  echo "actions-roi-report: the environment file $ACTIONS_ROI_ENV_FILE has an error (see above), nothing was run." \
    "Fix that line: a value holding spaces or < > needs double quotes." >&2
  exit 2
fi
set -a
# shellcheck source=/dev/null
. "$ACTIONS_ROI_ENV_FILE"
set +a

# The installation folder: the job runs there, so reports/, data/ and reports-templates/ are found.
ACTIONS_ROI_HOME="${ACTIONS_ROI_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
ACTIONS_ROI_JAR="${ACTIONS_ROI_JAR:-$ACTIONS_ROI_HOME/target/actions-roi-report.jar}"
ACTIONS_ROI_LOG="${ACTIONS_ROI_LOG:-$ACTIONS_ROI_HOME/logs/actions-roi-report.log}"
ACTIONS_ROI_LOCK="${ACTIONS_ROI_LOCK:-$ACTIONS_ROI_HOME/data/actions-roi-report.lock}"
JAVA="${JAVA:-java}"
# The serial collector and C1 alone, by measurement (bench/results): the job keeps little alive, and a
# run of a few seconds to a minute ends before C2's compilations would pay for the core they take.
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

cd "$ACTIONS_ROI_HOME" || exit 2
mkdir -p "$(dirname "$ACTIONS_ROI_LOG")" "$(dirname "$ACTIONS_ROI_LOCK")" || exit 2

log() {
  echo "$(date '+%Y-%m-%dT%H:%M:%S%z') $*" >>"$ACTIONS_ROI_LOG"
}

exec 9>>"$ACTIONS_ROI_LOCK"
if ! flock --nonblock 9; then
  message="another actions-roi-report run holds $ACTIONS_ROI_LOCK: this one exits without running the job"
  log "$message (arguments: $*)"
  echo "actions-roi-report: $message." >&2
  exit "$EXIT_LOCKED"
fi

log "start (arguments: $*)"
# stdout to the log; stderr (the one-line reason of a failure) to the log and to our stderr.
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
"$JAVA" $JAVA_OPTS -jar "$ACTIONS_ROI_JAR" "$@" 2>&1 >>"$ACTIONS_ROI_LOG" | tee -a "$ACTIONS_ROI_LOG" >&2
exit_code=${PIPESTATUS[0]}
log "end, exit code $exit_code"
exit "$exit_code"
