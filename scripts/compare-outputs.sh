#!/usr/bin/env bash
# Proves that a change leaves every report byte-identical: writes what a plancheck binary reports
# on the 1,000-document bench corpus (every --format of check, and audit as HTML, Markdown and CSV)
# and on examples/, into a folder; a second call compares with a folder written before.
#
#   scripts/compare-outputs.sh record DIR [BINARY]    write the outputs into DIR
#   scripts/compare-outputs.sh compare DIR [BINARY]   write them again and diff against DIR
#
# BINARY defaults to a release build of the working tree. The audit is dated by SOURCE_DATE_EPOCH,
# set here; its date is still masked before comparing, so folders recorded with binaries that
# did not honour it yet compare too.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:?usage: compare-outputs.sh record|compare DIR [BINARY]}
dir=${2:?usage: compare-outputs.sh record|compare DIR [BINARY]}
binary=${3:-}
if [ -z "$binary" ]; then
    swift build -c release --product plancheck >/dev/null
    binary=$(swift build -c release --show-bin-path)/plancheck
fi

corpus=.bench/corpus-1000
if [ ! -d "$corpus" ] || [ "$(ls "$corpus" | wc -l)" -ne 1000 ]; then
    if [ ! -f ../shared/bench/make-corpus.py ]; then
        echo "compare-outputs: ../shared/bench is not here; nothing to compare" >&2
        exit 0
    fi
    python3 ../shared/bench/make-corpus.py --seeds ../shared/corpus/seeds --out "$corpus" --docs 1000 --seed 1 >/dev/null
fi

export SOURCE_DATE_EPOCH=1700000000

write_outputs() {
    local out=$1
    mkdir -p "$out"
    for format in text json sarif junit github csv; do
        "$binary" check "$corpus" --format "$format" --color never >"$out/check.$format" 2>"$out/check.$format.stderr" || true
        "$binary" check examples --format "$format" --color never >"$out/examples.$format" 2>"$out/examples.$format.stderr" || true
    done
    for ext in html md csv; do
        "$binary" audit "$corpus" -o "$out/audit.$ext" >/dev/null 2>&1 || true
        # The audit's generation date changes from day to day; the rest must not.
        sed -i -E -e "s/[0-9]{4}(-[0-9]{2}-[0-9]{2}|年[0-9]{1,2}月[0-9]{1,2}日)([ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?Z?)?/DATE/g" "$out/audit.$ext"
    done
    "$binary" rules list >"$out/rules-list.txt" 2>&1 || true
}

case "$mode" in
record)
    rm -rf "$dir"
    write_outputs "$dir"
    echo "compare-outputs: recorded $(ls "$dir" | wc -l) outputs in $dir"
    ;;
compare)
    fresh=$(mktemp -d)
    trap 'rm -rf "$fresh"' EXIT
    write_outputs "$fresh"
    if diff -r "$dir" "$fresh" >/dev/null; then
        echo "compare-outputs: all $(ls "$dir" | wc -l) outputs are byte-identical to $dir"
    else
        echo "compare-outputs: outputs differ from $dir:" >&2
        diff -rq "$dir" "$fresh" >&2 || true
        exit 1
    fi
    ;;
*)
    echo "compare-outputs: unknown mode $mode (record or compare)" >&2
    exit 2
    ;;
esac
