#!/usr/bin/env bash
# Checks `plancheck annotate` with a reader other than plancheck: LibreOffice, headless.
#
# For each document — the three examples (the .md and .txt made into .docx by LibreOffice
# first) and a generated plan with a table, an image, a header and a comment of its own — and
# for the .odt LibreOffice makes of each, it annotates a copy, has LibreOffice convert the
# annotated copy to PDF and to .odt (each must succeed), reads the comments back from
# LibreOffice's .odt (office:annotation and the words up to its annotation-end) and compares
# them with the comments written: the same comments, on the same words. It also checks that
# the document annotated was not changed, and that the generated plan's image, table and
# header are still there in LibreOffice's reading of its annotated copies.
# Installs LibreOffice Writer from Debian's packages if soffice is missing.
#
# Usage: scripts/annotate-libreoffice.sh [--corpus N] [KEEP_DIR]
#   --corpus N   also the first N plans of corpus/real (text, made into .docx and .odt by LibreOffice)
#   KEEP_DIR     keeps the files it made there
set -euo pipefail

corpus=0
if [[ "${1:-}" == "--corpus" ]]; then
    corpus="$2"
    shift 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v soffice >/dev/null; then
    echo "annotate-libreoffice: installing LibreOffice Writer from Debian's packages" >&2
    sudo=""
    if [[ "$(id -u)" != 0 ]]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null \
        || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-writer >/dev/null
fi

(cd "$root" && swift build --product plancheck >/dev/null)
plancheck="$(cd "$root" && swift build --show-bin-path)/plancheck"
helper="$root/scripts/annotate_readback.py"

work="${1:-}"
if [[ -z "$work" ]]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/in" "$work/out" "$work/profile"
# A profile of its own, so a LibreOffice the user has open is not disturbed.
lo=(soffice --headless --norestore "-env:UserInstallation=file://$work/profile")

echo "LibreOffice: $("${lo[@]}" --version 2>/dev/null | head -1)"
cp "$root/examples/城关镇卫生院2025年工作计划.docx" "$work/in/"
for text in "$root/examples/某镇卫生院20xx年工作计划.md" "$root/examples/清河县卫生健康局2025年工作计划.txt"; do
    name="$(basename "${text%.*}")"
    cp "$text" "$work/in/$name.txt"
    "${lo[@]}" --infilter="Text (encoded):UTF8,LF,,," --convert-to docx:"MS Word 2007 XML" --outdir "$work/in" "$work/in/$name.txt" >/dev/null 2>&1
    rm "$work/in/$name.txt"
done
python3 "$helper" make-fixture "$work/in/表格与图片的计划.docx"
if (( corpus > 0 )); then
    mkdir -p "$work/corpus"
    find "$root/corpus/real" -name '*.txt' | sort | head -n "$corpus" | while read -r plan; do cp "$plan" "$work/corpus/"; done
    "${lo[@]}" --infilter="Text (encoded):UTF8,LF,,," --convert-to docx:"MS Word 2007 XML" --outdir "$work/in" "$work/corpus"/*.txt >/dev/null 2>&1
fi
for input in "$work/in"/*.docx; do
    "${lo[@]}" --convert-to odt --outdir "$work/in" "$input" >/dev/null 2>&1
done

failures=0
for input in "$work/in"/*.docx "$work/in"/*.odt; do
    ext="${input##*.}"
    name="$(basename "${input%.*}")"
    echo "== $name.$ext"
    before="$(sha256sum "$input" | cut -d' ' -f1)"
    output="$work/out/$name.审阅.$ext"
    mkdir -p "$work/lo/$ext"
    "$plancheck" annotate "$input" -o "$output" --no-config --lang en 2>&1 | sed 's/^/  plancheck: /'
    if [[ "$(sha256sum "$input" | cut -d' ' -f1)" != "$before" ]]; then
        echo "  FAIL: the input was changed"; failures=$((failures + 1))
    fi
    # LibreOffice's conversions go to a folder of their own: an .odt's would replace it.
    converted="$work/lo/$ext"
    for format in pdf odt; do
        rm -f "$converted/$name.审阅.$format"
        if ! "${lo[@]}" --convert-to "$format" --outdir "$converted" "$output" >"$converted/$name.$format.log" 2>&1 \
            || [[ ! -s "$converted/$name.审阅.$format" ]]; then
            echo "  FAIL: LibreOffice could not convert it to .$format:"; sed 's/^/    /' "$converted/$name.$format.log"
            failures=$((failures + 1))
            continue
        fi
        echo "  LibreOffice converted it to .$format ($(stat -c %s "$converted/$name.审阅.$format") bytes)"
    done
    if [[ -s "$converted/$name.审阅.odt" ]]; then
        python3 "$helper" compare "$output" "$converted/$name.审阅.odt" || failures=$((failures + 1))
        if [[ "$name" == 表格与图片的计划 ]]; then
            python3 "$helper" kept "$converted/$name.审阅.odt" || failures=$((failures + 1))
        fi
    fi
done

if (( failures > 0 )); then
    echo "annotate-libreoffice: $failures failure(s)"
    exit 1
fi
echo "annotate-libreoffice: all documents opened, converted and read back"
