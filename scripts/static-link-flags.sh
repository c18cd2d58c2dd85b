#!/usr/bin/env bash
# Sourced by the scripts that build the static release binary (release.sh, bench.sh,
# count-instructions.sh): prints the extra `swift build` flags they link it with.
#
# lld, where the toolchain ships it beside `swift` (swift.org's toolchains and the official
# swift images do): its layout of the 75 MB binary starts about 1 ms faster than gold's
# (one 20 KB document checked, 100 alternating runs: medians 11.8 → 10.8 ms), with the same
# instructions, still position-independent, and needing nothing newer of the C library.
# Elsewhere the default linker: the build must not fail for want of a faster start.
static_link_flags() {
    local swift_path
    swift_path=$(command -v swift 2>/dev/null) || return 0
    swift_path=$(readlink -f "$swift_path")
    if [ -x "$(dirname "$swift_path")/ld.lld" ]; then
        echo "-Xswiftc -use-ld=lld"
    fi
}
