#!/usr/bin/env bash
# Prints the accuracy of the default rules as Markdown tables: on the project's own corpus/real
# (its real documents) and, when it is beside the repository, on ../shared/corpus. Runs
# `swift test --filter AccuracyTests` (Tests/PlanCheckEngineTests), whose suites write their
# tables to .build/accuracy/, and prints them. Exits with the tests' status, so CI can gate on it.
# Lists of misses and false alarms are cut to 12 lines; ACCURACY_LIST_LIMIT=N sets another limit.
set -euo pipefail
cd "$(dirname "$0")/.."

rm -rf .build/accuracy
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift test --filter AccuracyTests >"$log" 2>&1 || status=$?

printed=0
for name in real seeds; do
    table=.build/accuracy/$name.md
    [[ -f "$table" ]] || continue
    # The markers are for older readers of this output; the table is what lies between them.
    grep -v -e '^--- accuracy ---$' -e '^--- end accuracy ---$' "$table"
    echo
    printed=1
done
if [[ -f ../shared/corpus/labels.yaml && ! -f .build/accuracy/seeds.md ]]; then
    echo "evaluate-accuracy: ../shared/corpus is here but its table was not written" >&2
fi
if (( printed == 0 )); then
    echo "evaluate-accuracy: the tests wrote no table (exit $status); their output:" >&2
    cat "$log" >&2
    exit $(( status == 0 ? 1 : status ))
fi
if (( status != 0 )); then
    echo >&2
    echo "evaluate-accuracy: the accuracy tests failed (exit $status):" >&2
    grep -E '^(✘|↳)' "$log" >&2 || true
fi
exit "$status"
