#!/usr/bin/env bash
# Measures what the prebuilt binary saves a cold CI runner: the wall time from nothing (a fresh
# shallow clone, an empty build folder, an empty SwiftPM cache) to the first finding in examples/,
#   (a) source:   swift build -c release --product plancheck, then plancheck check;
#   (b) prebuilt: scripts/install-plancheck.sh from a release folder served over HTTP by
#                 python3 -m http.server (as GitHub serves a release), then the same check.
# The check is the Action's (--format github); the clock stops at its first annotation.
#
#   scripts/cold-start.sh [--release FOLDER]   (default out/release; scripts/release.sh builds the
#                                               binary there first when it is missing, untimed)
#   scripts/cold-start.sh --smoke              the plumbing only, in seconds: a fake release
#                                               binary for (b), (a) skipped
#
# The clone is of this repository's HEAD (commit first). Dependencies are fetched wherever git
# fetches them (a runner: GitHub), so on a machine with a local mirror (a) is a lower bound; the
# local HTTP server makes (b) a lower bound too, by the binary's download time (its size is printed).
# Run it on an otherwise idle machine: both are wall times.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

smoke=0
release_dir=out/release
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) smoke=1 ;;
        --release) release_dir=${2:?--release needs a folder}; shift ;;
        *) echo "cold-start: unknown argument '$1' (usage: scripts/cold-start.sh [--smoke] [--release FOLDER])" >&2; exit 2 ;;
    esac
    shift
done

say() { printf 'cold-start: %s\n' "$*" >&2; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/PlanCheckCore/PlanCheck.swift)
name="plancheck-$version-linux-$(uname -m)"

work=$(mktemp -d)
server=
cleanup() {
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The release to serve: built by scripts/release.sh (untimed: the release workflow does it once
# per version), or in smoke mode a script that prints one annotation.
if [ "$smoke" = 1 ]; then
    release_dir="$work/release"
    mkdir -p "$release_dir"
    # shellcheck disable=SC2016 # the fake binary's own "$1"
    printf '#!/bin/sh\n[ "$1" = --version ] && { echo %s; exit 0; }\necho "::error file=examples/x.md::smoke finding"\nexit 1\n' \
        "$version" > "$release_dir/$name"
    chmod 755 "$release_dir/$name"
    (cd "$release_dir" && sha256sum "$name" > "$name.sha256")
elif [ ! -f "$release_dir/$name" ] || [ ! -f "$release_dir/$name.sha256" ]; then
    say "no $release_dir/$name: building it with scripts/release.sh (not timed)"
    scripts/release.sh "$release_dir" >&2
fi
release_dir=$(cd "$release_dir" && pwd)
size=$(stat -c %s "$release_dir/$name")

# check BINARY CLONE START: runs the Action's check on examples/ and prints the seconds from START
# to the first annotation (the first finding).
check() {
    local line
    while IFS= read -r line; do
        case "$line" in
            ::error* | ::warning* | ::notice*)
                seconds "$3" "$(now)"
                cat > /dev/null
                return 0 ;;
        esac
    done < <(cd "$2" || exit; "$1" check examples/ --no-config --format github 2>/dev/null || true)
    say "$1 check examples/ printed no finding"
    return 1
}

# clone FOLDER: a fresh shallow clone, as actions/checkout makes (fetch-depth 1).
clone() {
    git clone --quiet --depth 1 "file://$repo" "$1"
    [ ! -e "$1/.build" ] || { say "$1/.build exists in a fresh clone"; exit 1; }
}

# (b) prebuilt
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$release_dir" "$port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.1
done
say "(b) prebuilt: clone, install-plancheck.sh from http://127.0.0.1:$port/ ($((size / 1048576)) MB), check"
start=$(now)
clone "$work/prebuilt"
binary=$(env -u PLANCHECK_REPOSITORY PLANCHECK_RELEASE_URL="http://127.0.0.1:$port" PLANCHECK_CACHE="$work/cache" \
    PLANCHECK_NO_BUILD=1 "$work/prebuilt/scripts/install-plancheck.sh")
installed=$(seconds "$start" "$(now)")
prebuilt=$(check "$binary" "$work/prebuilt" "$start")
say "(b) prebuilt: first finding after $prebuilt s (clone and install $installed s)"

# (a) source
if [ "$smoke" = 1 ]; then
    say "(a) source: skipped in smoke mode"
    echo "Cold runner (smoke, fake binary): prebuilt $prebuilt s to the first finding; source not measured."
    exit 0
fi
say "(a) source: clone, swift build -c release --product plancheck (empty .build and SwiftPM cache), check"
start=$(now)
clone "$work/source"
swift build -c release --product plancheck --package-path "$work/source" --cache-path "$work/swiftpm-cache" >&2
built=$(seconds "$start" "$(now)")
source_time=$(check "$work/source/.build/release/plancheck" "$work/source" "$start")
say "(a) source: first finding after $source_time s (clone and build $built s)"

cores=$(nproc)
echo "Cold runner ($cores cores, $(uname -m)): the prebuilt binary gives the first finding after $prebuilt s (clone, download of $((size / 1048576)) MB from a local server and checksum: $installed s); building from source after $source_time s (clone and swift build -c release with an empty cache: $built s), $(awk -v a="$source_time" -v b="$prebuilt" 'BEGIN { if (b > 0) printf "%.0f", a / b; else printf "n/a" }') times as long."
