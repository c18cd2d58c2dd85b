#!/usr/bin/env bash
# Renders the audit report of the seed corpus (../shared/corpus/seeds) to a temporary HTML file
# and takes a full-page screenshot with headless Chromium, so anyone can look at the report
# without a desktop. Installs Chromium and CJK fonts from Debian's packages when missing.
#
# Usage: scripts/screenshot-audit.sh [OUTPUT.png] [WIDTHxHEIGHT]
#   OUTPUT.png     default out/audit.png (out/ is git-ignored)
#   WIDTHxHEIGHT   browser window, default 1280x4000; the page is cut at the window height
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
output="${1:-$root/out/audit.png}"
size="${2:-1280x4000}"
seeds="$root/../shared/corpus/seeds"

if [[ ! -d "$seeds" ]]; then
    echo "screenshot-audit: no seed corpus at $seeds" >&2
    exit 2
fi

browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    echo "screenshot-audit: installing chromium and fonts-noto-cjk from Debian's packages" >&2
    sudo=""
    if [[ "$(id -u)" != 0 ]]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
    browser="$(command -v chromium || command -v chromium-browser)"
fi

cd "$root"
swift build --product plancheck >&2
bin="$(swift build --show-bin-path)/plancheck"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Relative paths as an auditor would type them, from the folder above the corpus.
(cd "$root/.." && "$bin" audit shared/corpus/seeds --output "$work/audit.html")

mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="${size/x/,}" --screenshot="$output" "file://$work/audit.html" 2>/dev/null
echo "$output"
