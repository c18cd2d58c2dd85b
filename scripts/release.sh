#!/usr/bin/env bash
# Builds the release binary of plancheck for this machine's architecture: statically linked
# Swift runtime (--static-swift-stdlib), the default rules embedded, debug information stripped,
# and its SHA-256 checksum beside it, so CI runners and pre-commit hooks can download and verify
# it instead of building from source. Then checks the binary as a runner without Swift would
# use it: with no Swift toolchain on PATH, it prints its version and checks examples/.
#
#   scripts/release.sh [OUTPUT_FOLDER]        (default: out/release)
#
# Writes OUTPUT_FOLDER/plancheck-VERSION-linux-ARCH and OUTPUT_FOLDER/plancheck-VERSION-linux-ARCH.sha256
# (the `sha256sum` format: `sha256sum -c` verifies it). Exit status 0 when the binary was built
# and passed the checks.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:-out/release}
mkdir -p "$out"
out=$(cd "$out" && pwd)

version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/PlanCheckCore/PlanCheck.swift)
arch=$(uname -m)
name="plancheck-$version-linux-$arch"

echo "release: building $name (release, static Swift runtime)" >&2
# shellcheck source=static-link-flags.sh
source scripts/static-link-flags.sh
# shellcheck disable=SC2046 # the flags are words
swift build -c release --product plancheck --static-swift-stdlib $(static_link_flags) --scratch-path "$root/.build-static" >/dev/null
binary="$root/.build-static/release/plancheck"
command -v objcopy >/dev/null || (apt-get update -qq && apt-get install -y -qq binutils) >/dev/null
objcopy --strip-debug "$binary" "$out/$name"
chmod 755 "$out/$name"
(cd "$out" && sha256sum "$name" > "$name.sha256")

# A runner without Swift: nothing of the toolchain on PATH or in the library path.
if ldd "$out/$name" | grep -q "libswift"; then
    echo "release: $name still links a Swift runtime library:" >&2
    ldd "$out/$name" | grep libswift >&2
    exit 1
fi
bare_env=(env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8)
reported=$("${bare_env[@]}" "$out/$name" --version)
[ "$reported" = "$version" ] || { echo "release: --version says '$reported', not $version" >&2; exit 1; }
status=0
"${bare_env[@]}" "$out/$name" check examples/ --no-config --format json > "$out/examples.json" || status=$?
if [ "$status" -ne 1 ]; then
    echo "release: checking examples/ without Swift exited $status (expected 1: the examples have findings)" >&2
    exit 1
fi
findings=$(python3 -c "import json,sys; print(sum(len(d['findings']) for d in json.load(open(sys.argv[1]))['documents']))" "$out/examples.json")
rm -f "$out/examples.json"
(cd "$out" && sha256sum -c "$name.sha256" >/dev/null)
size=$(stat -c %s "$out/$name")
echo "release: $out/$name ($((size / 1048576)) MB), checksum $(cut -d' ' -f1 "$out/$name.sha256")"
echo "release: without Swift on PATH it reports $version and finds $findings findings in examples/"
