#!/usr/bin/env bash
# Remakes the Word 97–2003 .doc fixtures of the tests (Tests/PlanCheckDocumentsTests/Fixtures)
# from their HTML sources with LibreOffice, a writer other than plancheck. Installs LibreOffice
# Writer (headless) when it is missing. The fixtures are committed; run this only to change them.
set -euo pipefail
cd "$(dirname "$0")/../Tests/PlanCheckDocumentsTests/Fixtures"
if ! command -v soffice >/dev/null; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
fi
python3 ../../../../scripts/make-list-fixture.py lists.docx
soffice --headless --convert-to doc:"MS Word 97" lists.docx >/dev/null 2>&1
[[ -s lists.doc ]] && echo "made lists.doc"
for source in *.html; do
    soffice --headless --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" "$source" >/dev/null 2>&1
    [[ -s "${source%.html}.doc" ]] && echo "made ${source%.html}.doc"
done
# The .docx example, saved as .doc: the tests check both give the same findings.
soffice --headless --convert-to doc:"MS Word 97" "../../../../examples/城关镇卫生院2025年工作计划.docx" >/dev/null 2>&1
[[ -s 城关镇卫生院2025年工作计划.doc ]] && echo "made 城关镇卫生院2025年工作计划.doc"
