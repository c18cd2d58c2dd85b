#!/usr/bin/env bash
# Builds plancheck's libFuzzer targets (Fuzz/) and runs each for a given time, one at a time.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 60. TARGET is one or more of the targets below (default: all).
# Seed corpora are built at run time from ../shared/corpus/seeds (when present), the repository's
# examples/ and rules/, and small generated .docx/.odt packages; nothing of them is committed.
# Each target keeps its working corpus in Fuzz/.corpus/TARGET, crashes and hangs go to
# Fuzz/.artifacts/, and the full libFuzzer log to Fuzz/.logs/TARGET.log. Exit status 1 when any
# target found a crash, a hang or ran out of memory.
set -euo pipefail

seconds="${1:-60}"
shift || true
all_targets=(fuzz-text-decoding fuzz-package-reader fuzz-structure fuzz-rule-loader fuzz-doc-reader fuzz-odt-expansion fuzz-reports fuzz-paths fuzz-rule-numbers)
targets=("${@:-${all_targets[@]}}")

root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Fuzz"
cd "$fuzz"

# libFuzzer without its main(): SwiftPM links every executable in the graph (the rule-embedding
# build tool too) with the same flags, so the runtime must not bring a main of its own. Swift's
# toolchain ships it next to its clang resources.
runtime_name=libclang_rt.fuzzer_no_main-x86_64.a
find_runtime() {
    local swiftc_dir
    swiftc_dir="$(dirname "$(readlink -f "$(command -v swiftc)")")"
    for candidate in "$swiftc_dir/../lib/swift/clang/lib/linux/$runtime_name" \
                     /usr/lib/llvm-*/lib/clang/*/lib/linux/"$runtime_name" \
                     /usr/lib/llvm-*/lib/clang/*/lib/x86_64-pc-linux-gnu/libclang_rt.fuzzer_no_main.a; do
        if [[ -f "$candidate" ]]; then readlink -f "$candidate"; return 0; fi
    done
    return 1
}
if ! runtime="$(find_runtime)"; then
    echo "fuzz.sh: $runtime_name not in the Swift toolchain; installing clang's runtime from Debian" >&2
    apt-get update -qq && apt-get install -y -qq libclang-rt-dev >&2 || apt-get install -y -qq libclang-rt-14-dev >&2
    runtime="$(find_runtime)" || { echo "fuzz.sh: cannot find libFuzzer ($runtime_name)" >&2; exit 2; }
fi

echo "== building ${targets[*]} (release, coverage-instrumented)"
# -Xfrontend -sanitize=fuzzer instruments Swift code without linking libFuzzer's main;
# -fsanitize=fuzzer-no-link does the same for C (libyaml inside Yams).
build_flags=(-c release
    -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer
    -Xcc -fsanitize=fuzzer-no-link
    -Xlinker "$runtime" -Xlinker -lstdc++)
# A new source file in the main package is not always noticed through a path dependency's cached
# build plan; a touched manifest makes SwiftPM plan afresh.
touch Package.swift
for target in "${targets[@]}"; do
    swift build "${build_flags[@]}" --product "$target" 2>&1 | grep -E "error|warning: unre|Compiling|Build complete" | grep -v "^\[" || true
    [[ -x ".build/release/$target" ]] || { echo "fuzz.sh: build of $target failed" >&2; exit 2; }
done

echo "== seed corpora"
rm -rf .corpus/seeds-*
python3 "$root/scripts/fuzz_seeds.py" --repository "$root" --shared "$root/../shared/corpus/seeds" --out "$fuzz/.corpus"

mkdir -p .artifacts .logs
status=0
for target in "${targets[@]}"; do
    mkdir -p ".corpus/$target"
    log=".logs/$target.log"
    echo "== $target for ${seconds}s"
    # Swift's own crash reporter would take the signal from libFuzzer, which then writes no
    # crash file; turn it off.
    set +e
    SWIFT_BACKTRACE=enable=no ".build/release/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=512 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix=".artifacts/$target-" \
        ".corpus/$target" ".corpus/seeds-$target" >"$log" 2>&1
    code=$?
    set -e
    executions=$(grep -E "^stat::number_of_executed_units" "$log" | awk '{print $2}')
    coverage=$(grep -E "^#[0-9]+[[:space:]]+(DONE|INITED|NEW|REDUCE|pulse)" "$log" | tail -1 | grep -oE "cov: [0-9]+ ft: [0-9]+")
    corpus=$(find ".corpus/$target" -type f | wc -l)
    echo "   exit $code, executions ${executions:-?}, ${coverage:-cov ?}, corpus $corpus files"
    if [[ $code -ne 0 ]]; then
        status=1
        grep -E "ERROR: libFuzzer|SUMMARY|Fatal error|Test unit written" "$log" | sed 's/^/   /' || true
    fi
done
exit $status
