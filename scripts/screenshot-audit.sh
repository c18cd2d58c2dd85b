#!/usr/bin/env bash
# Renders the audit report of a folder of plans (default corpus/real, the labelled real
# documents) to a temporary HTML file and screenshots it with headless Chromium, so anyone can
# look at the report without a desktop. Installs Chromium and CJK fonts from Debian's packages
# when missing. Scrollbars are drawn, as a user sees them.
#
# Usage: scripts/screenshot-audit.sh [OUTPUT.png] [WIDTHxHEIGHT] [FOLDER]
#   OUTPUT.png     default out/audit.png (out/ is git-ignored)
#   WIDTHxHEIGHT   browser window, default 1280x4000; the page is cut at the window height.
#                  1366x768 is the first screen of the commonest desktop
#                  (reports/audit-first-screen-1366.png is made so).
#   FOLDER         the plans to audit, relative to the repository (default corpus/real)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
output="${1:-$root/out/audit.png}"
size="${2:-1280x4000}"
folder="${3:-corpus/real}"

if [[ ! -d "$root/$folder" ]]; then
    echo "screenshot-audit: no folder $root/$folder" >&2
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
# Relative paths as an auditor would type them, from the repository.
(cd "$root" && "$bin" audit "$folder" --output "$work/audit.html")

mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
"$browser" --headless --no-sandbox --disable-gpu --force-device-scale-factor=1 \
    --window-size="${size/x/,}" --screenshot="$output" "file://$work/audit.html" 2>/dev/null
echo "$output"
