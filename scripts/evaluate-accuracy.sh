#!/usr/bin/env bash
# Prints the accuracy of the default rules on ../shared/corpus as a Markdown table: runs
# `swift test --filter AccuracyTests` (Tests/PlanCheckKitTests/Accuracy) and keeps only what the
# test prints between its marker lines. Exits with the test's status, so CI can gate on it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f ../shared/corpus/labels.yaml ]]; then
    echo "evaluate-accuracy: ../shared/corpus/labels.yaml is not beside the repository; skipped." >&2
    exit 0
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift test --filter AccuracyTests >"$log" 2>&1 || status=$?

# swift test relays the test's output and the runner's progress lines on one stream, not always in
# order: drop progress lines (◇ ✔ ✘ ↳, XCTest's summary, indented issue details) inside the markers.
table=$(awk '
    /^--- accuracy ---$/ { inside = 1; next }
    /^--- end accuracy ---$/ { inside = 0; next }
    inside && !/^(◇|✔|✘|↳|Test Suite |[[:space:]])/ { print }
' "$log")

if [[ -z "$table" ]]; then
    echo "evaluate-accuracy: the test printed no table (exit $status); its output:" >&2
    cat "$log" >&2
    exit $(( status == 0 ? 1 : status ))
fi
printf '%s\n' "$table"
if (( status != 0 )); then
    echo >&2
    echo "evaluate-accuracy: AccuracyTests failed (exit $status):" >&2
    grep -E '^(✘|↳)' "$log" >&2 || true
fi
exit "$status"
