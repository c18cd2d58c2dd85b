#!/usr/bin/env bash
# Counts the instructions plancheck executes, with valgrind's callgrind: unlike wall time on a
# shared machine, the count repeats exactly, so it shows what a change saves.
#
#   scripts/count-instructions.sh [REF]
#
# Prints, for the working tree (and for git REF beside it, when given): checking 100 generated
# documents with JSON and with text output, and checking one 20 KB document — rule loading
# included in each; and for the 100 documents with JSON output, the instructions per document by
# stage (read, structure, rule search, checks, report, start-up). Uses the corpus scripts/bench.sh
# generates (it generates it when missing).
# Installs valgrind if missing. A release build is profiled; valgrind cannot read Swift 6's debug
# information, so a copy of the binary without it is run.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
root=$(pwd)
ref=${1:-}

if [ ! -f ../shared/bench/make-corpus.py ]; then
    echo "count-instructions: ../shared/bench is not here; nothing to measure" >&2
    exit 0
fi
if ! command -v valgrind >/dev/null 2>&1; then
    echo "count-instructions: installing valgrind" >&2
    (apt-get update -qq && apt-get install -y -qq valgrind) >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same 100 documents and 20 KB document every time: the first 100 of the 1,000-document bench
# corpus, generated with a fixed seed.
corpus=.bench/corpus-1000
if [ ! -d "$corpus" ] || [ "$(ls "$corpus" | wc -l)" -ne 1000 ]; then
    python3 ../shared/bench/make-corpus.py --seeds ../shared/corpus/seeds --out "$corpus" --docs 1000 --seed 1 >/dev/null 2>&1
fi
mkdir -p "$work/docs"
ls "$corpus" | sort | head -100 | while read -r name; do cp "$corpus/$name" "$work/docs/"; done
single=$(cd "$corpus" && for name in $(ls | sort); do
    size=$(stat -c %s "$name")
    if [ "$size" -ge 19000 ] && [ "$size" -le 21000 ]; then echo "$name"; break; fi
done)
cp "$corpus/$single" "$work/single.txt"

# shellcheck source=static-link-flags.sh
source scripts/static-link-flags.sh

# Builds `source` (a folder with Package.swift) as bench.sh does and prints the stripped binary's path.
build() {
    local source=$1 name=$2
    # shellcheck disable=SC2046 # the flags are words
    (cd "$source" && swift build -c release --product plancheck --static-swift-stdlib $(static_link_flags) --scratch-path "$root/.build-static$3" >/dev/null)
    objcopy --strip-debug "$root/.build-static$3/release/plancheck" "$work/plancheck-$name"
    echo "$work/plancheck-$name"
}

count() {
    local binary=$1; shift
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$binary" "$@" >/dev/null 2>"$work/valgrind.log" || true
    awk '/Collected :/ { printf "%.1f", $4 / 1e6 }' "$work/valgrind.log"
}

# Thousands of instructions per document by stage, from the inclusive costs of the 100-document
# JSON run's profile: reading and decoding, the structure (outline), the literal and regex search
# of the rules, the checks on what was found, and the JSON report; the rest is start-up (the
# command line, loading the rules) and the run's own bookkeeping. The stages are found by their
# functions' symbols, so a renamed function shows as `?`.
stages() {
    local profile=$1
    callgrind_annotate --inclusive=yes "$profile" 2>/dev/null | python3 -c '
import re, sys
costs = {}
for line in sys.stdin:
    match = re.match(r"\s*([0-9,]+) \([ 0-9.]+%\)\s+(\S.*)$", line)
    if match:
        name = match.group(2)
        costs.setdefault(name, int(match.group(1).replace(",", "")))
def cost(pattern):
    found = [value for name, value in costs.items() if re.search(pattern, name)]
    return max(found) if found else None
total = cost(r"PROGRAM TOTALS")
stages = [("read and decode", cost(r"DocumentLoaderO4loadyAA0D0VAA14DiscoveredFile")),
          ("structure", cost(r"OutlineBuilderO8outlines2of6folded")),
          ("rule search", cost(r"RuleMatcherV4scan_5rangeAC4ScanVAC7SubjectV_SnySiGtF \[")),
          ("checks", None), ("JSON report", cost(r"JSONReporterV12documentUTF8"))]
checked = cost(r"7outline2of7subject")
if checked is not None and stages[2][1] is not None:
    stages[3] = ("checks", checked - stages[2][1])
known = sum(value for _, value in stages if value is not None)
rows = stages + [("start-up and the rest", total - known if total else None), ("total", total)]
print("|".join("?" if value is None else "%.0f" % (value / 100 / 1000) for _, value in rows))
'
}

measure() {
    local binary=$1 name=$2
    printf '%s|' "$(count "$binary" check --format json --jobs 1 --no-config "$work/docs")"
    stages "$work/callgrind.out" >"$work/stages-$name"
    printf '%s|%s' \
        "$(count "$binary" check --format text --jobs 1 --no-config "$work/docs")" \
        "$(count "$binary" check --format json --no-config "$work/single.txt")"
}

current=$(build "$root" current "")
rows=("working tree|$(measure "$current" current)")
if [ -n "$ref" ]; then
    git worktree add --detach "$work/ref" "$ref" >/dev/null 2>&1
    trap 'git worktree remove --force "$work/ref" >/dev/null 2>&1; rm -rf "$work"' EXIT
    old=$(build "$work/ref" ref "-ref")
    rows=("$ref|$(measure "$old" ref)" "${rows[@]}")
fi

echo
echo "Millions of instructions (callgrind), default rules loaded in each run:"
echo
echo "| build | 100 documents, JSON | 100 documents, text | one $(($(stat -c %s "$work/single.txt") / 1000)) KB document |"
echo "|---|--:|--:|--:|"
for row in "${rows[@]}"; do
    IFS='|' read -r name json text one <<<"$row"
    echo "| $name | $json | $text | $one |"
done

echo
echo "Thousands of instructions per document by stage (the 100-document JSON run, default rules):"
echo
echo "| build | read and decode | structure | rule search | checks | JSON report | start-up and the rest | total |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|"
if [ -n "$ref" ]; then echo "| $ref | $(sed 's/|/ | /g' "$work/stages-ref") |"; fi
echo "| working tree | $(sed 's/|/ | /g' "$work/stages-current") |"
