#!/usr/bin/env bash
# Loads an audit of a hostile document in headless Chromium and fails when the browser built an
# element from the document's name or text. The name and a line of the text hold U+0600 (a
# prepended concatenation mark) before `<img src=x onerror=document.title='pwned'>`: escaping that
# compares grapheme clusters, not scalars, lets that through (issue 18). Installs Chromium from
# Debian's packages when missing.
#
#   scripts/audit-injection-browser.sh [BINARY]    BINARY defaults to a debug build of the tree
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${1:-}"
if [[ -z "$binary" ]]; then
    (cd "$root" && swift build --product plancheck >&2)
    binary="$(cd "$root" && swift build --show-bin-path)/plancheck"
fi
binary="$(readlink -f "$binary")"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then
    sudo=""; [[ "$(id -u)" != 0 ]] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
    browser="$(command -v chromium)"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
payload=$'\u0600<img src=x onerror=document.title=\'pwned\'>'
mkdir "$work/plans"
printf '%s工作计划\n一、落实20xx年%s院感防控\n' "$payload" "$payload" >"$work/plans/${payload//\//_}.txt"
(cd "$work" && "$binary" audit plans --no-config -o audit.html >/dev/null 2>&1)

# Chromium as root needs --no-sandbox; the page has no network to reach anyway.
dom="$("$browser" --headless --no-sandbox --disable-gpu --virtual-time-budget=2000 --dump-dom "file://$work/audit.html" 2>/dev/null)"
images=$(grep -o '<img[^>]*>' <<<"$dom" | wc -l || true)
title=$(grep -o '<title>[^<]*</title>' <<<"$dom" | head -1 || true)
[[ -n "$dom" ]] || { echo "audit-injection-browser: Chromium returned no DOM" >&2; exit 2; }
echo "audit-injection-browser: $images <img> element(s) in the DOM; $title"
if [[ $images -ne 0 || "$title" == *pwned* ]]; then
    echo "audit-injection-browser: the document's text became an element: escaping is broken" >&2
    exit 1
fi
echo "audit-injection-browser: no element from the document; the payload is text"
