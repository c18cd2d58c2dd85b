#!/usr/bin/env bash
# Hostile inputs of issue 18, generated at run time into a temporary folder (nothing large is
# committed), each checked by the release binary under a memory ceiling:
#   documents: list start values near Int64.max and Int32.max in .docx and .odt, .odt space runs,
#     repeated table cells, altChunk amplification (one chunk referenced a thousand times, a chunk
#     that is itself a .docx full of references, a package of 20,000 entries and 300,000
#     references) and a text file past the 64 MB text budget;
#   texts: one line of megabytes of ASCII or spaces, 8,000 placeholders on one line, 12 MB of
#     repeated heading lines, 12 MB of short ASCII lines;
#   rules: a regex that backtracks a little on each of 400,000 short lines (an input NAME.txt
#     with a rule file .rules/NAME.yml beside it is checked with --rules).
# One line per input: name, input size, exit status, wall time, peak RSS.
#
#   scripts/stress.sh [BINARY]
#
# BINARY defaults to a release build of the working tree. The memory
# ceiling is STRESS_MEMORY_KB of virtual memory (default 4 GB) and each run is cut off after
# STRESS_TIMEOUT seconds (default 60); a run that hits either shows as a non-zero status (137 or
# 124). Exit status 0 means every input ended with status 0 or 1 (findings), within the bounds
# issue 18 sets: at most 10 s, and at most 4 × the input's size + 100 MB of peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:-}
if [ -z "$binary" ]; then
    swift build -c release --product plancheck >/dev/null
    binary=$(swift build -c release --show-bin-path)/plancheck
fi
binary=$(readlink -f "$binary")
[ -x /usr/bin/time ] || (apt-get update -qq && apt-get install -y -qq time) >/dev/null
memory_kb=${STRESS_MEMORY_KB:-4194304}
timeout_seconds=${STRESS_TIMEOUT:-60}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import io, os, random, sys, zipfile

out = sys.argv[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
INT64_MAX = 2**63 - 1
INT32_MAX = 2**31 - 1


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def write(name, data):
    with open(os.path.join(out, name), "wb") as file:
        file.write(data)


def paragraph(text, num=None, level=0):
    numbering = f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num else ""
    return f'<w:p>{numbering}<w:r><w:t>{text}</w:t></w:r></w:p>'


def document(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
            f"<w:body>{body}</w:body></w:document>")


def docx(body, numbering=None, extra=(), relationships=()):
    entries = [("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
               ("word/document.xml", document(body))]
    if numbering:
        entries.append(("word/numbering.xml", numbering))
    if relationships:
        rels = "".join(f'<Relationship Id="{rid}" Type="{R}/aFChunk" Target="{target}"/>' for rid, target in relationships)
        entries.append(("word/_rels/document.xml.rels",
                        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'))
    return zip_bytes(entries + list(extra))


def numbering(start, fmt, override=None):
    levels = f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>'
    instance = f'<w:num w:numId="1"><w:abstractNumId w:val="0"/>'
    if override is not None:
        instance += f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride>'
    instance += "</w:num>"
    return f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>{instance}</w:numbering>'


PLAN = "某县卫生健康局2025年工作计划"
items = "".join(paragraph(f"加强院感防控第{i}项", num=1) for i in range(3))
write("docx-start-int64.docx", docx(paragraph(PLAN) + items, numbering(INT64_MAX, "lowerLetter")))
write("docx-override-int64.docx", docx(paragraph(PLAN) + items, numbering(1, "upperLetter", override=INT64_MAX - 1)))
write("docx-roman-int64.docx", docx(paragraph(PLAN) + items, numbering(INT64_MAX, "upperRoman")))
write("docx-start-int32.docx", docx(paragraph(PLAN) + items, numbering(INT32_MAX, "lowerLetter")))

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def odt(body, styles=""):
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
               f"<office:automatic-styles>{styles}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    return zip_bytes([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content)])


def list_style(start=None):
    value = f' text:start-value="{start}"' if start is not None else ""
    return (f'<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="a"'
            f' style:num-suffix="."{value}/></text:list-style>')


odt_items = "".join(f"<text:list-item><text:p>加强院感防控第{i}项</text:p></text:list-item>" for i in range(3))
write("odt-item-start-int64.odt", odt(f"<text:p>{PLAN}</text:p><text:list text:style-name=\"L1\">"
                                      f"<text:list-item text:start-value=\"{INT64_MAX}\"><text:p>第一项</text:p></text:list-item>"
                                      f"{odt_items}</text:list>", list_style()))
write("odt-style-start-int64.odt", odt(f"<text:p>{PLAN}</text:p><text:list text:style-name=\"L1\">{odt_items}</text:list>",
                                       list_style(INT64_MAX)))
write("odt-style-start-int32.odt", odt(f"<text:p>{PLAN}</text:p><text:list text:style-name=\"L1\">{odt_items}</text:list>",
                                       list_style(INT32_MAX)))

# Tens of thousands of space runs; the counts vary a little so the zip stays under the 500:1 cap.
rng = random.Random(18)
spaces = "".join(f'<text:s text:c="{rng.randint(990, 1000)}"/>' for _ in range(50_000))
write("odt-spaces.odt", odt(f"<text:p>{PLAN}</text:p><text:p>{spaces}</text:p>"))
# 600,000 runs of the most spaces one element may stand for (100), among words.
write("odt-spaces-600k.odt", odt(f"<text:p>{PLAN}</text:p>" + "".join(
    f'<text:p>第{i}项<text:s text:c="{rng.randint(90, 100)}"/>院感</text:p>' for i in range(600_000))))
write("odt-spaces-paragraphs.odt", odt(f"<text:p>{PLAN}</text:p>" + "".join(
    f'<text:p><text:s text:c="{rng.randint(990, 1000)}"/></text:p>' for _ in range(50_000))))
repeated = ('<table:table><table:table-column table:number-columns-repeated="1000000000"/>'
            '<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000">'
            '<text:p>两癌筛查</text:p></table:table-cell></table:table-row></table:table>')
write("odt-table-repeat.odt", odt(f"<text:p>{PLAN}</text:p>{repeated}"))

# One chunk of about 100 KB of text, referenced a thousand times.
chunk = "\n".join(f"第{i}条：加强院感防控，落实预检分诊制度，每月开展督查。" for i in range(1500)).encode()
refs = "".join('<w:altChunk r:id="rIdC"/>' for _ in range(1000))
write("docx-altchunk-1000.docx", docx(paragraph(PLAN) + refs, relationships=[("rIdC", "chunk.txt")],
                                      extra=[("word/chunk.txt", chunk)]))
# A chunk of 12 KB referenced a thousand times: just under a small file's text budget (12 MB
# and four times the file), so it is read and checked.
near = "\n".join(f"第{i}条：加强院感防控，落实预检分诊制度。" for i in range(1100)).encode()[:12_300].decode(errors="ignore").encode()
write("docx-altchunk-near-budget.docx", docx(paragraph(PLAN) + "".join('<w:altChunk r:id="rIdN"/>' for _ in range(1000)),
                                             relationships=[("rIdN", "near.txt")], extra=[("word/near.txt", near)]))
# A chunk that is itself a .docx of a thousand references, referenced a thousand times.
inner = docx(paragraph("内层") + "".join('<w:altChunk r:id="rIdT"/>' for _ in range(1000)),
             relationships=[("rIdT", "small.txt")], extra=[("word/small.txt", "院感防控".encode())])
write("docx-altchunk-nested.docx", docx(paragraph(PLAN) + "".join('<w:altChunk r:id="rIdD"/>' for _ in range(1000)),
                                        relationships=[("rIdD", "inner.docx")], extra=[("word/inner.docx", inner)]))
# 20,000 entries and 300,000 references (each used to scan every entry).
filler = [(f"word/media/f{i}.bin", b"x") for i in range(19_990)]
write("docx-altchunk-entries.docx", docx(paragraph(PLAN) + "".join('<w:altChunk r:id="rIdS"/>' for _ in range(300_000)),
                                         relationships=[("rIdS", "small.txt")],
                                         extra=[("word/small.txt", "院感防控".encode())] + filler))

# Texts: long lines, many findings on one line, many headings, many lines.
with open(os.path.join(out, "text-ascii-line.txt"), "w") as file:
    file.write("一、工作计划\n" + "a" * 4_000_000 + "\n")
with open(os.path.join(out, "text-space-line.txt"), "w") as file:
    file.write("一、工作计划\n" + " " * 4_000_000 + "\n")
with open(os.path.join(out, "text-placeholders-line.txt"), "w") as file:
    file.write(PLAN + "\n" + "XX县开展工作，" * 8000 + "\n")
with open(os.path.join(out, "text-headings-12mb.txt"), "w") as file:
    file.write(PLAN + "\n" + "一、加强组织领导\n" * (12_000_000 // 25))
with open(os.path.join(out, "text-short-lines-12mb.txt"), "w") as file:
    file.write("plan\n" + "abcdefgh\n" * (12_000_000 // 9))

# A rule whose regex backtracks a little on each of 400,000 short lines.
os.makedirs(os.path.join(out, ".rules"), exist_ok=True)
with open(os.path.join(out, ".rules", "rule-backtrack-lines.yml"), "w") as file:
    file.write("id: custom.backtrack\nkind: forbid\nmessage: m\npatterns: [{regex: '计(?:a|aa)+b'}]\n")
with open(os.path.join(out, "rule-backtrack-lines.txt"), "w") as file:
    file.write("一、工作计划\n" + ("计" + "a" * 12 + "\n") * 400_000)

# A plain text file past the 64 MB text budget.
line = ("加强院感防控，落实预检分诊制度，每月开展督查。" * 4 + "\n").encode()
with open(os.path.join(out, "text-70mb.txt"), "wb") as file:
    file.write((PLAN + "\n").encode())
    for _ in range((70 << 20) // len(line) + 1):
        file.write(line)
PY

status=0
printf '%-30s %12s %6s %9s %12s\n' input bytes exit seconds peak-rss-kb
for input in "$work"/*; do
    name=$(basename "$input")
    size=$(stat -c %s "$input")
    rules=()
    [ -f "$work/.rules/${name%.*}.yml" ] && rules=(--rules "$work/.rules/${name%.*}.yml")
    set +e
    ( ulimit -v "$memory_kb"; exec /usr/bin/time -f '%e %M' -o "$work/.time" \
        timeout "$timeout_seconds" "$binary" check "$input" "${rules[@]}" --format json >/dev/null 2>"$work/.stderr" )
    code=$?
    set -e
    read -r seconds peak < <(tail -1 "$work/.time" 2>/dev/null || echo "? ?")
    printf '%-30s %12s %6s %9s %12s\n' "$name" "$size" "$code" "$seconds" "$peak"
    if [ "$code" -gt 1 ]; then
        status=1
    elif [ "$peak" != "?" ] && [ "$peak" -gt $((4 * size / 1024 + 102400)) ]; then
        echo "   over the memory bound (4 × size + 100 MB)" >&2
        status=1
    elif [ "$seconds" != "?" ] && [ "$size" -lt $((10 << 20)) ] && awk "BEGIN { exit !($seconds > 10) }"; then
        echo "   over the time bound (10 s)" >&2
        status=1
    fi
    rm -f "$input"
done
exit $status
