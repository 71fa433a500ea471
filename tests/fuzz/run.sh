#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for SECONDS each, from its seeds in
# tests/fuzz/corpus/<target>/ (new inputs go to BUILD/corpus/<target>/, findings to
# BUILD/findings/), and writes the executions per target into docs/reliability.md
# between its fuzz markers (not with --smoke, CI's short run). Fails when any target
# crashes, leaks or times out.
#
# usage: tests/fuzz/run.sh BUILD_DIR SECONDS [--smoke]
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:?build directory}
seconds=${2:-60}
smoke=${3:-}
targets="draft criteriajson errorbody retryafter sequentialring phonenumber targetsfile oauthcallback autosave"
report=docs/reliability.md
rows=""
failed=0
mkdir -p "$build/findings"
for target in $targets; do
    binary="$build/tests/fuzz/fuzz_$target"
    corpus="$build/corpus/$target"
    log="$build/findings/$target.log"
    mkdir -p "$corpus"
    echo "fuzz_$target: $seconds s"
    # -timeout: one input running over 10 s is a finding; leaks are on with ASan.
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$target-" "$corpus" "tests/fuzz/corpus/$target" \
        >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    units=$(find "$corpus" -type f | wc -l)
    if [ "$status" -eq 0 ]; then
        result="clean"
    else
        result="FAILED (exit $status, see $log)"
        failed=1
        grep -m1 -E "ERROR: |property broken|SUMMARY" "$log" >&2
    fi
    echo "  ${runs:-0} executions, ${rate:-0}/s, $result"
    rows+="| \`fuzz_$target\` | $seconds | ${runs:-0} | ${rate:-0} | $units | $result |"$'\n'
done

if [ "$smoke" = "--smoke" ]; then
    exit $failed
fi
table="Last run: $(date -u +%Y-%m-%d), FUZZ_SECONDS=$seconds, $(nproc) cores shared.

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
