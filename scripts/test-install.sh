#!/usr/bin/env bash
# Tests scripts/install-plancheck.sh and scripts/pre-commit-plancheck without network or Swift:
# a fake release (a shell script standing in for the binary, and its .sha256) is served through a
# file:// URL and through `python3 -m http.server` on a free local port. Each case runs a copy of
# the two scripts in a fake checkout (the real PlanCheck.swift for the version), so the fallback
# build can be tried with a fake `swift` that only writes .build/release/plancheck. Takes seconds.
#
#   scripts/test-install.sh        exit 0 when every case passes; the first failure is named
# The fake binary, uname and swift written below expand their variables when they run.
# shellcheck disable=SC2016
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# The caller's settings must not steer the script under test.
unset PLANCHECK_REPOSITORY PLANCHECK_RELEASE_URL PLANCHECK_CACHE PLANCHECK_NO_BUILD PLANCHECK_DOWNLOAD_TIMEOUT
# The local web server is reached directly, whatever proxy the caller uses.
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost

tmp=$(mktemp -d)
server=
cleanup() {
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

fail() { echo "test-install: FAIL: $*" >&2; [ ! -s "$tmp/err" ] || sed 's/^/    stderr: /' "$tmp/err" >&2; exit 1; }
ok() { echo "test-install: ok: $*" >&2; }
contains() { grep -qF -- "$2" "$1" || fail "$3: expected '$2' in $(basename "$1")"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$3: did not expect '$2' in $(basename "$1")"; }

version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' "$repo/Sources/PlanCheckCore/PlanCheck.swift")
[ -n "$version" ] || fail "no version in Sources/PlanCheckCore/PlanCheck.swift"
name="plancheck-$version-linux-$(uname -m)"

checkout="$tmp/checkout"
mkdir -p "$checkout/scripts" "$checkout/Sources/PlanCheckCore"
cp "$repo/scripts/install-plancheck.sh" "$repo/scripts/pre-commit-plancheck" "$checkout/scripts/"
cp "$repo/Sources/PlanCheckCore/PlanCheck.swift" "$checkout/Sources/PlanCheckCore/"

# release FOLDER [CONTENT_FOR_THE_CHECKSUM]: a fake release; the second argument makes the .sha256
# describe other content (a corrupted or tampered download).
release() {
    mkdir -p "$1"
    printf '#!/bin/sh\n# fake plancheck\n[ "$1" = --version ] && { echo %s; exit 0; }\necho "fake plancheck: $*"\nexit "${FAKE_STATUS:-0}"\n' \
        "$version" > "$1/$name"
    chmod 755 "$1/$name"
    if [ $# -gt 1 ]; then
        printf '%s' "$2" > "$tmp/other"
        echo "$(sha256sum "$tmp/other" | cut -d' ' -f1)  $name" > "$1/$name.sha256"
    else
        (cd "$1" && sha256sum "$name" > "$name.sha256")
    fi
}

# install CACHE URL [ENV...]: runs the script under test; stdout in $tmp/out, stderr in $tmp/err,
# exit status in $status.
install() {
    local cache=$1 url=$2
    shift 2
    status=0
    env PLANCHECK_CACHE="$cache" PLANCHECK_RELEASE_URL="$url" "$@" "$checkout/scripts/install-plancheck.sh" \
        > "$tmp/out" 2> "$tmp/err" || status=$?
}

# 1. file:// URL: downloaded, verified, cached; the printed path runs.
release "$tmp/release-file"
install "$tmp/cache1" "file://$tmp/release-file"
[ "$status" -eq 0 ] || fail "file:// install exited $status"
[ "$(cat "$tmp/out")" = "$tmp/cache1/$version/$name" ] || fail "file:// install printed '$(cat "$tmp/out")', not the cached binary's path"
[ "$("$(cat "$tmp/out")" --version)" = "$version" ] || fail "the installed binary does not report $version"
contains "$tmp/err" "installed $tmp/cache1/$version/$name" "file:// install"
[ -z "$(find "$tmp/cache1" -name '.download.*')" ] || fail "file:// install left its download folder behind"
ok "file:// URL: installed and runs"

# 2. The cache is reused without downloading: the release is gone.
rm -rf "$tmp/release-file"
install "$tmp/cache1" "file://$tmp/release-file"
[ "$status" -eq 0 ] || fail "cached install exited $status"
[ "$(cat "$tmp/out")" = "$tmp/cache1/$version/$name" ] || fail "cached install printed '$(cat "$tmp/out")'"
contains "$tmp/err" "cached, checksum verified" "cached install"
lacks "$tmp/err" "downloading" "cached install"
ok "second run: cache reused, nothing downloaded"

# 3. A cached binary that no longer matches its checksum is downloaded again.
release "$tmp/release-file"
echo "# changed" >> "$tmp/cache1/$version/$name"
install "$tmp/cache1" "file://$tmp/release-file"
[ "$status" -eq 0 ] || fail "re-download of a changed cached binary exited $status"
contains "$tmp/err" "does not match its checksum; downloading it again" "changed cache"
(cd "$tmp/cache1/$version" && sha256sum -c --status "$name.sha256") || fail "the re-downloaded binary does not verify"
ok "changed cached binary: downloaded again"

# A local web server, as a GitHub release is served.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$tmp/served"
python3 -m http.server --bind 127.0.0.1 --directory "$tmp/served" "$port" > "$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.1
done
curl -s -o /dev/null "http://127.0.0.1:$port/" || fail "python3 -m http.server did not start on port $port: $(cat "$tmp/server.log")"
url="http://127.0.0.1:$port"

# 4. HTTP: the happy path.
release "$tmp/served/good"
install "$tmp/cache2" "$url/good/"
[ "$status" -eq 0 ] || fail "HTTP install exited $status"
[ "$("$(cat "$tmp/out")" --version)" = "$version" ] || fail "the binary installed over HTTP does not report $version"
contains "$tmp/err" "downloading $url/good/$name" "HTTP install"
ok "HTTP: installed and runs"

# 5. A wrong checksum is refused, the download deleted, nothing cached.
release "$tmp/served/bad" "not the binary"
expected=$(cut -d' ' -f1 "$tmp/served/bad/$name.sha256")
actual=$(sha256sum "$tmp/served/bad/$name" | cut -d' ' -f1)
install "$tmp/cache3" "$url/bad" PLANCHECK_NO_BUILD=1
[ "$status" -eq 1 ] || fail "a wrong checksum exited $status, not 1"
[ ! -s "$tmp/out" ] || fail "a wrong checksum printed a path: $(cat "$tmp/out")"
contains "$tmp/err" "checksum mismatch" "wrong checksum"
contains "$tmp/err" "expected SHA-256 $expected" "wrong checksum"
contains "$tmp/err" "the download has $actual" "wrong checksum"
contains "$tmp/err" "PLANCHECK_NO_BUILD=1" "wrong checksum"
[ -z "$(find "$tmp/cache3" -type f)" ] || fail "a refused download was left in the cache: $(find "$tmp/cache3" -type f)"
ok "wrong checksum: refused with both hashes, nothing kept"

# 6. A checksum file naming another file is refused (`sha256sum -c` would check that file).
release "$tmp/served/renamed"
sed -i 's/  .*/  other-file/' "$tmp/served/renamed/$name.sha256"
install "$tmp/cache3" "$url/renamed" PLANCHECK_NO_BUILD=1
[ "$status" -eq 1 ] || fail "a checksum of another file exited $status, not 1"
contains "$tmp/err" "is not a SHA-256 of $name" "checksum of another file"
ok "checksum file of another name: refused"

# 7. No release (404): exits 1 naming the URL.
install "$tmp/cache4" "$url/missing" PLANCHECK_NO_BUILD=1
[ "$status" -eq 1 ] || fail "a missing release exited $status, not 1"
contains "$tmp/err" "could not download $url/missing/$name.sha256" "missing release"
contains "$tmp/err" "404" "missing release"
ok "missing release (404): exits 1 naming the URL"

# 8. wget where curl is missing: a PATH of only the tools the script needs.
if command -v wget >/dev/null; then
    mkdir -p "$tmp/nocurl"
    for tool in bash sed head cut sha256sum mktemp mkdir mv rm chmod cp dirname uname wget env; do
        ln -s "$(command -v "$tool")" "$tmp/nocurl/$tool"
    done
    install "$tmp/cache5" "$url/good" PATH="$tmp/nocurl"
    [ "$status" -eq 0 ] || fail "install with wget exited $status"
    [ "$("$(cat "$tmp/out")" --version)" = "$version" ] || fail "the binary installed with wget does not report $version"
    install "$tmp/cache6" "$url/missing" PATH="$tmp/nocurl" PLANCHECK_NO_BUILD=1
    [ "$status" -eq 1 ] || fail "a missing release with wget exited $status, not 1"
    contains "$tmp/err" "could not download $url/missing/$name.sha256" "missing release, wget"
    ok "wget instead of curl: installs, and a missing release fails"
else
    ok "wget instead of curl: skipped (no wget)"
fi

# 9. The fallback builds from source: a fake swift that writes .build/release/plancheck.
mkdir -p "$tmp/fakeswift"
cat > "$tmp/fakeswift/swift" <<'EOF'
#!/bin/sh
# fake swift: records its arguments, "builds" plancheck in --package-path
echo "$*" > "$FAKE_SWIFT_LOG"
while [ $# -gt 0 ]; do [ "$1" = --package-path ] && root=$2; shift; done
mkdir -p "$root/.build/release"
printf '#!/bin/sh\necho built-from-source\n' > "$root/.build/release/plancheck"
chmod 755 "$root/.build/release/plancheck"
echo "Build complete!"
EOF
chmod 755 "$tmp/fakeswift/swift"
install "$tmp/cache7" "$url/missing" PATH="$tmp/fakeswift:/usr/bin:/bin" FAKE_SWIFT_LOG="$tmp/swift.log"
[ "$status" -eq 0 ] || fail "the fallback build exited $status"
[ "$(cat "$tmp/out")" = "$checkout/.build/release/plancheck" ] || fail "the fallback printed '$(cat "$tmp/out")', not the built binary (build output on stdout?)"
[ "$("$(cat "$tmp/out")")" = built-from-source ] || fail "the fallback's binary is not the one built"
contains "$tmp/swift.log" "build -c release --product plancheck --package-path $checkout" "fallback build"
contains "$tmp/err" "could not download $url/missing/$name.sha256" "fallback build"
contains "$tmp/err" "building plancheck $version from source" "fallback build"
ok "fallback: says why, builds from source, prints the built binary"

# 10. No swift either: a clear failure.
install "$tmp/cache7" "$url/missing" PATH=/usr/bin:/bin
if [ -x /usr/bin/swift ] || [ -x /bin/swift ]; then
    ok "fallback without swift: skipped (swift is in /usr/bin)"
else
    [ "$status" -eq 1 ] || fail "the fallback without swift exited $status, not 1"
    contains "$tmp/err" "no swift on PATH" "fallback without swift"
    ok "fallback without swift: exits 1 saying so"
fi

# 11. Not Linux: no download is tried; the fallback is announced.
mkdir -p "$tmp/darwin"
printf '#!/bin/sh\n[ "$1" = -s ] && { echo Darwin; exit 0; }\nexec /usr/bin/uname "$@"\n' > "$tmp/darwin/uname"
chmod 755 "$tmp/darwin/uname"
install "$tmp/cache8" "$url/good" PATH="$tmp/darwin:/usr/bin:/bin" PLANCHECK_NO_BUILD=1
[ "$status" -eq 1 ] || fail "Darwin exited $status, not 1"
contains "$tmp/err" "no release binary for Darwin" "Darwin"
lacks "$tmp/err" "downloading" "Darwin"
ok "not Linux: no download, fallback announced"

# 12. A git checkout cloned from a GitHub fork downloads from that fork's releases. A proxy on a
# closed port keeps this off the network: only the URL tried matters.
git -C "$checkout" init -q
git -C "$checkout" remote add origin https://github.com/someone/plancheck-fork.git
install "$tmp/cache9" "" PLANCHECK_NO_BUILD=1 https_proxy=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9
contains "$tmp/err" "downloading https://github.com/someone/plancheck-fork/releases/download/v$version/$name" "fork origin"
install "$tmp/cache9" "" PLANCHECK_NO_BUILD=1 https_proxy=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 PLANCHECK_REPOSITORY=other/repo
contains "$tmp/err" "downloading https://github.com/other/repo/releases/download/v$version/$name" "PLANCHECK_REPOSITORY"
rm -rf "$checkout/.git"
ok "repository: from the origin remote, PLANCHECK_REPOSITORY overrides it"

# 13. The pre-commit entry: checks the files it is given with the installed binary, and passes
# its exit status on.
status=0
env PLANCHECK_CACHE="$tmp/cache10" PLANCHECK_RELEASE_URL="$url/good" FAKE_STATUS=1 \
    "$checkout/scripts/pre-commit-plancheck" "plans/计划 一.md" b.docx > "$tmp/out" 2> "$tmp/err" || status=$?
[ "$status" -eq 1 ] || fail "the pre-commit entry exited $status, not the binary's 1"
[ "$(cat "$tmp/out")" = "fake plancheck: check --color never plans/计划 一.md b.docx" ] || fail "the pre-commit entry ran '$(cat "$tmp/out")'"
ok "pre-commit entry: runs check --color never on its files, passes the status on"

echo "test-install: all cases passed" >&2
