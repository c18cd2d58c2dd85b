#!/usr/bin/env bash
# Starts plancheck-serve on a free port, drives headless Chromium through dropping a document on
# the page (scripts/serve-browser.py), checks that its findings appear, and saves a screenshot at
# 1366×768. Installs Chromium from Debian's packages when it is missing; when it cannot, says so
# and exits 0 (skipped), so CI without a browser still passes.
#
#   scripts/serve-browser.sh [SCREENSHOT.png] [DOCUMENT]
#     defaults: reports/serve-1366.png, examples/城关镇卫生院2025年工作计划.docx
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shot="${1:-$root/reports/serve-1366.png}"
document="${2:-$root/examples/城关镇卫生院2025年工作计划.docx}"

browser="$(command -v chromium || command -v chromium-browser || true)"
# Without a CJK font the screenshots show boxes where the Chinese text is: installed with Chromium.
if [[ -z "$browser" ]] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    sudo=""; [[ "$(id -u)" != 0 ]] && sudo="sudo"
    if { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk; } >/dev/null 2>&1; then
        browser="$(command -v chromium || true)"
    fi
fi
if [[ -z "$browser" ]] || ! command -v python3 >/dev/null; then
    echo "serve-browser: skipped: no Chromium (and it could not be installed) or no python3"
    exit 0
fi

(cd "$root" && swift build --product plancheck-serve >&2)
server="$(cd "$root" && swift build --show-bin-path)/plancheck-serve"
work="$(mktemp -d)"
"$server" --port 0 >"$work/out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
    grep -q 'http://' "$work/out" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/out" >&2; exit 1; }
    sleep 0.1
done
url="$(grep -o 'http://[^ ]*/' "$work/out" | head -1)"
[[ -n "$url" ]] || { echo "serve-browser: the server did not say its address" >&2; cat "$work/out" >&2; exit 1; }
echo "serve-browser: $url"
mkdir -p "$(dirname "$shot")"
python3 "$root/scripts/serve-browser.py" "$browser" "$url" "$document" "$shot"
