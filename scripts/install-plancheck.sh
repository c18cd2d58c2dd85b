#!/usr/bin/env bash
# Puts the plancheck binary of this checkout's version on the machine and prints its path on
# standard output (every message goes to standard error, so `bin=$(scripts/install-plancheck.sh)`
# works). The Action and the pre-commit hook use it, so neither needs a Swift toolchain:
#
#   1. a binary already in the cache whose checksum still verifies is used as it is;
#   2. otherwise plancheck-VERSION-linux-ARCH and its .sha256 are downloaded from the release of
#      this version, verified, and installed into the cache;
#   3. when there is no release binary (not Linux, an architecture without one, no release of this
#      version, no network) or it fails verification, plancheck is built from source with
#      `swift build -c release --product plancheck` in this checkout, saying why.
#
# Environment:
#   PLANCHECK_REPOSITORY   owner/name on GitHub to download from (default: the GitHub repository
#                          of this checkout's `origin` remote, else your-org/plancheck)
#   PLANCHECK_RELEASE_URL  the folder holding the release files, instead of the GitHub release of
#                          vVERSION; file:// works (tests use it)
#   PLANCHECK_CACHE        the cache folder (default $XDG_CACHE_HOME/plancheck or ~/.cache/plancheck);
#                          the binary goes into its VERSION subfolder
#   PLANCHECK_NO_BUILD=1   fail (exit 1) instead of building from source
#   PLANCHECK_DOWNLOAD_TIMEOUT  seconds a download may take (default 300)
set -euo pipefail

say() { printf 'install-plancheck: %s\n' "$*" >&2; }

checkout=$(cd "$(dirname "$0")/.." && pwd)
version_file="$checkout/Sources/PlanCheckCore/PlanCheck.swift"
version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' "$version_file" 2>/dev/null || true)
if [ -z "$version" ]; then
    say "cannot read plancheck's version from $version_file (is $checkout a plancheck checkout?)"
    exit 1
fi

build_from_source() {
    say "$1"
    if [ "${PLANCHECK_NO_BUILD:-}" = 1 ]; then
        say "not building from source, as PLANCHECK_NO_BUILD=1 asks"
        exit 1
    fi
    if ! command -v swift >/dev/null 2>&1; then
        say "cannot build from source either: no swift on PATH (install Swift 6 from https://swift.org/install)"
        exit 1
    fi
    say "building plancheck $version from source in $checkout instead (swift build -c release; this takes minutes)"
    # The build's own output goes to standard error: standard output carries only the path.
    swift build -c release --product plancheck --package-path "$checkout" >&2
    echo "$checkout/.build/release/plancheck"
    exit 0
}

os=$(uname -s)
# Releases hold Linux binaries only (scripts/release.sh links the Swift runtime in statically,
# which Swift supports on Linux).
[ "$os" = Linux ] || build_from_source "no release binary for $os: releases hold Linux binaries only"

arch=$(uname -m)
name="plancheck-$version-linux-$arch"
# Without PLANCHECK_REPOSITORY, a git checkout cloned from GitHub (as pre-commit clones its hooks)
# downloads from the repository it was cloned from, so a fork's hook takes the fork's releases.
repository=${PLANCHECK_REPOSITORY:-}
if [ -z "$repository" ] && [ -z "${PLANCHECK_RELEASE_URL:-}" ] && [ -e "$checkout/.git" ]; then
    origin=$(git -C "$checkout" config --get remote.origin.url 2>/dev/null || true)
    case "$origin" in
        https://github.com/*/* | git@github.com:*/* | ssh://git@github.com/*/*)
            repository=$(printf '%s\n' "$origin" | sed -e 's#^.*github\.com[:/]##' -e 's#\.git$##' -e 's#/$##') ;;
    esac
fi
base=${PLANCHECK_RELEASE_URL:-https://github.com/${repository:-your-org/plancheck}/releases/download/v$version}
base=${base%/}
cache_root=${PLANCHECK_CACHE:-${XDG_CACHE_HOME:-${HOME:?neither HOME nor XDG_CACHE_HOME nor PLANCHECK_CACHE is set}/.cache}/plancheck}
cache="$cache_root/$version"

# Whether FOLDER/NAME matches FOLDER/NAME.sha256, a `sha256sum` line naming NAME (`sha256sum -c`
# checks whatever file its line names, so the name is checked first).
verifies() {
    names_binary "$1" && (cd "$1" && sha256sum -c --status "$name.sha256")
}
names_binary() {
    local line
    line=$(head -n 1 "$1/$name.sha256" 2>/dev/null) || return 1
    case "$line" in
        *"  $name" | *" *$name") return 0 ;;
        *) return 1 ;;
    esac
}

if [ -f "$cache/$name" ] && [ -f "$cache/$name.sha256" ]; then
    if verifies "$cache"; then
        say "using $cache/$name (cached, checksum verified)"
        echo "$cache/$name"
        exit 0
    fi
    say "the cached $cache/$name does not match its checksum; downloading it again"
    rm -f "$cache/$name" "$cache/$name.sha256"
fi

# fetch URL FILE: curl or wget, whichever is here; file:// by copying where curl is missing
# (wget does not read file:// URLs).
fetch() {
    local timeout=${PLANCHECK_DOWNLOAD_TIMEOUT:-300}
    if command -v curl >/dev/null 2>&1; then
        curl --fail --silent --show-error --location --connect-timeout 20 --max-time "$timeout" \
            --retry 2 --output "$2" "$1"
    elif [ "${1#file://}" != "$1" ]; then
        cp "${1#file://}" "$2"
    elif command -v wget >/dev/null 2>&1; then
        wget --quiet --timeout=20 --tries=3 --output-document="$2" "$1" &&
            [ -s "$2" ]
    else
        say "neither curl nor wget is installed"
        return 1
    fi
}

mkdir -p "$cache_root"
# Downloads land in a folder of their own beside the cache and are renamed into it only once
# verified, so a half-downloaded or unverified file is never taken from the cache, and runs in
# parallel (pre-commit starts several) each finish with a whole binary.
download=$(mktemp -d "$cache_root/.download.XXXXXX")
trap 'rm -rf "$download"' EXIT

say "downloading $base/$name"
for file in "$name.sha256" "$name"; do
    if ! fetch "$base/$file" "$download/$file"; then
        build_from_source "could not download $base/$file (no release of plancheck $version for linux-$arch there?)"
    fi
done

if ! names_binary "$download"; then
    build_from_source "refusing $base/$name.sha256: its first line is not a SHA-256 of $name ('$(head -c 120 "$download/$name.sha256" | head -n 1)')"
fi
expected=$(head -n 1 "$download/$name.sha256" | cut -d' ' -f1)
if ! verifies "$download"; then
    actual=$(sha256sum "$download/$name" | cut -d' ' -f1)
    rm -f "$download/$name"
    build_from_source "refusing $base/$name: checksum mismatch, expected SHA-256 $expected (from $name.sha256) but the download has $actual; deleted it"
fi
chmod 755 "$download/$name"
# A binary that verifies but cannot run here (a C library too old for it) is no use either.
reported=$("$download/$name" --version 2>/dev/null || true)
if [ "$reported" != "$version" ]; then
    build_from_source "the downloaded $name does not run here (--version printed '$reported', expected $version)"
fi

mkdir -p "$cache"
mv -f "$download/$name.sha256" "$cache/$name.sha256"
mv -f "$download/$name" "$cache/$name"
say "installed $cache/$name (SHA-256 $expected verified)"
echo "$cache/$name"
