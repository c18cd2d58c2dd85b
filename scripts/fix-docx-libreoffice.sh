#!/bin/sh
# Fixes the example .docx with `plancheck check --fix` in a scratch folder and has LibreOffice
# headless open the result and convert it to PDF (issue 15: a reader other than plancheck must
# accept the rewritten package). Skips with a message when soffice is not installed.
set -eu
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
    echo "fix-docx-libreoffice: soffice not found; skipped (apt-get install libreoffice-writer-nogui)"
    exit 0
fi
swift build --product plancheck >/dev/null 2>&1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp examples/城关镇卫生院2025年工作计划.docx "$work/plan.docx"
.build/debug/plancheck check "$work/plan.docx" --no-config --fix --lang en >/dev/null || true
# Its own profile folder: a user's running LibreOffice would otherwise take the conversion.
soffice -env:UserInstallation=file://"$work/profile" --headless --convert-to pdf --outdir "$work" "$work/plan.docx" >"$work/soffice.log" 2>&1
test -s "$work/plan.pdf" || { cat "$work/soffice.log"; echo "fix-docx-libreoffice: no PDF"; exit 1; }
# LibreOffice's own reading of the text: the fixed words are there, the old ones gone.
soffice -env:UserInstallation=file://"$work/profile" --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$work" "$work/plan.docx" >>"$work/soffice.log" 2>&1
grep -q 按照县卫健委要求 "$work/plan.txt" || { echo "fix-docx-libreoffice: the fix is not in LibreOffice's text"; exit 1; }
if grep -q 卫计委 "$work/plan.txt"; then echo "fix-docx-libreoffice: 卫计委 still in LibreOffice's text"; exit 1; fi
echo "fix-docx-libreoffice: LibreOffice opened the fixed .docx, its text has the fix, and converted it to PDF ($(wc -c <"$work/plan.pdf") bytes)"
