#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for SECONDS each, from its seeds in
# tests/fuzz/corpus/<target>/ (new inputs go to BUILD/corpus/<target>/, findings to
# BUILD/findings/), and writes the executions per target into docs/reliability.md
# between its fuzz markers (not with --smoke, CI's short run). Fails when any target
# crashes, leaks or times out.
#
# usage: [FUZZ_JOBS=N] tests/fuzz/run.sh BUILD_DIR SECONDS [--smoke]
# FUZZ_JOBS targets run at once (default 1), each on a core of its own.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:?build directory}
seconds=${2:-60}
smoke=${3:-}
targets="draft criteriajson errorbody retryafter sequentialring phonenumber targetsfile oauthcallback autosave locationschedule statefile"
report=docs/reliability.md
rows=""
failed=0
jobs=${FUZZ_JOBS:-1} # targets fuzzed at once, one core each
mkdir -p "$build/findings"

# One target: its log in findings/, its table row in findings/<target>.row.
fuzz_one() {
    local target=$1
    local binary="$build/tests/fuzz/fuzz_$target"
    local corpus="$build/corpus/$target"
    local log="$build/findings/$target.log"
    rm -f "$build/findings/$target.row"
    mkdir -p "$corpus"
    # -timeout: one input running over 10 s is a finding; leaks are on with ASan.
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$target-" "$corpus" "tests/fuzz/corpus/$target" \
        >"$log" 2>&1
    local status=$?
    local runs rate units result
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    units=$(find "$corpus" -type f | wc -l)
    if [ "$status" -eq 0 ]; then
        result="clean"
    else
        result="FAILED (exit $status, see $log)"
        grep -m1 -E "ERROR: |property broken|SUMMARY" "$log" >&2
    fi
    echo "fuzz_$target: $seconds s, ${runs:-0} executions, ${rate:-0}/s, $result"
    echo "| \`fuzz_$target\` | $seconds | ${runs:-0} | ${rate:-0} | $units | $result |" \
        >"$build/findings/$target.row"
    return "$status"
}

for target in $targets; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n
    done
    fuzz_one "$target" &
done
wait
rows=""
for target in $targets; do
    row=$(cat "$build/findings/$target.row" 2>/dev/null ||
        echo "| \`fuzz_$target\` | $seconds | 0 | 0 | 0 | FAILED (did not run) |")
    case "$row" in *FAILED*) failed=1 ;; esac
    rows+="$row"$'\n'
done

if [ "$smoke" = "--smoke" ]; then
    exit $failed
fi
table="Last run: $(date -u +%Y-%m-%d), FUZZ_SECONDS=$seconds, FUZZ_JOBS=$jobs, $(nproc) cores.

| target | seconds | executions | per second | corpus | result |
|---|---|---|---|---|---|
$rows"
# Replace what is between the markers, keep the rest of the document.
awk -v table="$table" '
    /<!-- fuzz:begin -->/ { print; print table; skip = 1; next }
    /<!-- fuzz:end -->/ { skip = 0 }
    !skip { print }
' "$report" >"$report.tmp" && mv "$report.tmp" "$report"
exit $failed
