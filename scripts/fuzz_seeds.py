#!/usr/bin/env python3
"""Builds the seed corpora for Fuzz/ at run time (none of it is committed).

seeds-fuzz-text-decoding  chunks of the real documents in UTF-8, UTF-8 with BOM, GB18030, UTF-16
seeds-fuzz-structure      the same chunks in UTF-8
seeds-fuzz-package-reader small .docx/.odt packages made from the chunks, and their bare XML
seeds-fuzz-rule-loader    the repository's rule files and a configuration file
seeds-fuzz-rule-numbers   bounds that fit and bounds that do not, over lines of rates
seeds-fuzz-reports        the chunks in UTF-8, under a hostile first line (the document's name)
seeds-fuzz-paths          config globs and paths
seeds-fuzz-doc-reader     the .doc test fixtures (made by LibreOffice, committed with the tests), a page, an MHT
seeds-fuzz-odt-expansion  recipes (Sources/PlanCheckFuzzing/OdtExpansionRecipe.swift): chunk bytes, and space runs,
                          list starts and repeated cells past every limit
"""
import argparse
import hashlib
import io
import pathlib
import zipfile
from xml.sax.saxutils import escape

CHUNK = 4000  # bytes of UTF-8; libFuzzer mutates small inputs faster


def chunks(text):
    lines, size = [], 0
    for line in text.splitlines():
        lines.append(line)
        size += len(line.encode()) + 1
        if size >= CHUNK:
            yield "\n".join(lines) + "\n"
            lines, size = [], 0
    if lines:
        yield "\n".join(lines) + "\n"


def write(folder, data):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(paragraphs):
    body = []
    for index, paragraph in enumerate(paragraphs):
        style = ('<w:pPr><w:pStyle w:val="1"/></w:pPr>' if index % 7 == 1 else
                 f'<w:pPr><w:numPr><w:ilvl w:val="{index % 3}"/><w:numId w:val="1"/></w:numPr></w:pPr>' if index % 5 == 2 else "")
        body.append(f'<w:p>{style}<w:r><w:t xml:space="preserve">{escape(paragraph)}</w:t></w:r></w:p>')
    body.append('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表</w:t><w:tab/><w:br/></w:r></w:p></w:tc></w:tr></w:tbl>')
    body.append('<w:p><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:t>&#x4E2D;&amp;</w:t></w:r></w:p>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
            f'<w:body>{"".join(body)}</w:body></w:document>')


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
             '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="chineseCounting"/>'
             '<w:lvlText w:val="（%2）"/></w:lvl><w:lvl w:ilvl="2"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3"/></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
             '<w:startOverride w:val="2"/></w:lvlOverride></w:num></w:numbering>').encode()

STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="1">'
          '<w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>')


def content_xml(paragraphs):
    body = []
    for index, paragraph in enumerate(paragraphs):
        if index % 7 == 1:
            body.append(f'<text:h text:outline-level="1">{escape(paragraph)}</text:h>')
        elif index % 5 == 2:
            body.append(f'<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item>'
                        f'<text:p>{escape(paragraph)}</text:p><text:list><text:list-item text:start-value="3">'
                        f'<text:p>项</text:p></text:list-item></text:list></text:list-item></text:list>')
        else:
            body.append(f'<text:p>{escape(paragraph)}<text:s text:c="2"/><text:tab/></text:p>')
    body.append('<text:p><office:annotation><text:p>注</text:p></office:annotation>'
                '<text:note><text:p>脚注</text:p></text:note>尾</text:p>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles>'
            '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." '
            'style:num-suffix="、"/><text:list-level-style-number text:level="2" style:num-format="1" style:num-prefix="（" '
            'style:num-suffix="）" text:display-levels="2"/></text:list-style></office:automatic-styles><office:body><office:text>'
            f'{"".join(body)}</office:text></office:body></office:document-content>')


def package(entries, compression):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repository", required=True)
    parser.add_argument("--shared", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    repository, out = pathlib.Path(args.repository), pathlib.Path(args.out)

    texts = []
    shared = pathlib.Path(args.shared)
    for path in sorted(shared.glob("*.txt")) if shared.is_dir() else []:
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    for path in sorted((repository / "examples").glob("*")):
        if path.suffix in (".txt", ".md"):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
        elif path.suffix == ".docx":
            write(out / "seeds-fuzz-package-reader", path.read_bytes())

    pieces = [piece for text in texts for piece in chunks(text)]
    for index, piece in enumerate(pieces):
        utf8 = piece.encode()
        write(out / "seeds-fuzz-structure", utf8)
        write(out / "seeds-fuzz-reports", b"\xd8\x80<img src=x onerror=alert(1)>\n" + utf8)
        write(out / "seeds-fuzz-text-decoding", utf8)
        if index % 4 == 0:
            write(out / "seeds-fuzz-text-decoding", b"\xef\xbb\xbf" + piece.replace("\n", "\r\n").encode())
            write(out / "seeds-fuzz-text-decoding", piece.encode("gb18030", errors="replace"))
            write(out / "seeds-fuzz-text-decoding", piece.encode("utf-16"))
            write(out / "seeds-fuzz-text-decoding", b"\xfe\xff" + piece.encode("utf-16-be"))
        if index % 3 == 0:
            paragraphs = [line for line in piece.splitlines() if line.strip()][:40]
            docx_xml, odt_xml = document_xml(paragraphs).encode(), content_xml(paragraphs).encode()
            write(out / "seeds-fuzz-package-reader", docx_xml)
            write(out / "seeds-fuzz-package-reader", odt_xml)
            for compression in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
                write(out / "seeds-fuzz-package-reader", package(
                    [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", docx_xml), ("word/styles.xml", STYLES),
                     ("word/numbering.xml", NUMBERING)],
                    compression))
                write(out / "seeds-fuzz-package-reader", package(
                    [("mimetype", b"application/vnd.oasis.opendocument.text"),
                     ("META-INF/manifest.xml", b"<manifest:manifest/>"), ("content.xml", odt_xml)], compression))

    for glob, path in [("**/*.docx", "a/b/计划.docx"), ("drafts/", "x/drafts/a.txt"), ("*a*a*a*a*a*a*c", "a" * 40 + "b"),
                       ("/模板?.txt", "模板1.txt"), ("a/**/b", "a/x/y/b")]:
        write(out / "seeds-fuzz-paths", f"{glob}\n{path}".encode())
    write(out / "seeds-fuzz-paths", b"\xb9\xa4\xd7\xf7.txt")

    for path in sorted((repository / "rules").rglob("*.y*ml")):
        write(out / "seeds-fuzz-rule-loader", path.read_bytes())
    write(out / "seeds-fuzz-rule-loader",
          b"packs: [health, hygiene]\ndisable: [structure.numbering]\nseverity: {currency.stale-term: error}\n"
          b"fail-on: warning\ninclude: ['**/*.docx']\nignore: [drafts/]\nbaseline: .plancheck-baseline.json\n")

    for bounds in ["0 100 2020 1", "1e19 1e20 2100 0", "-1e300 1e15 9223372036854775808 -1", "- . 1e -0"]:
        write(out / "seeds-fuzz-rule-numbers", f"{bounds}\n接种率达到95%，随访率144.71%，覆盖率300000000000000000000%\n".encode())

    for path in sorted((repository / "Tests" / "PlanCheckDocumentsTests" / "Fixtures").glob("*.doc")):
        write(out / "seeds-fuzz-doc-reader", path.read_bytes())
    page = ('<html><head><style>p{}</style><!--[if gte mso 9]><xml></xml><![endif]--></head><body>'
            '<h1>一、指导思想</h1><p class=MsoNormal>坚持&nbsp;预防&ldquo;为主&rdquo;&#65292;完成xx家<br>下行</p>'
            '<table><tr><td>两癌</td><td>95%</td></tr></table><script>x="<p>"</script></body></html>')
    write(out / "seeds-fuzz-doc-reader", page.encode())
    quoted = "".join(f"={byte:02X}" if byte >= 0x80 or byte == 0x3D else chr(byte) for byte in page.encode("gb18030"))
    write(out / "seeds-fuzz-doc-reader", (
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
        'Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n'
        + "=\r\n".join(quoted[i:i + 70] for i in range(0, len(quoted), 70))
        + '\r\n--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--B--\r\n').encode())

    # Any bytes are a recipe; a few pieces of text, and recipes that reach the limits: a start value
    # near Int64.max in letters with a long prefix, then paragraphs, list items and table cells
    # full of text:c="1000" and text:c past Int's range.
    for piece in pieces[:16]:
        write(out / "seeds-fuzz-odt-expansion", piece.encode()[:1024])
    write(out / "seeds-fuzz-odt-expansion", bytes([11, 0, 200]) + bytes([0, 0, 7, 8, 0, 13, 4, 2, 3]) * 40
          + bytes([2, 11, 0, 7, 0, 11, 6, 3, 9, 10, 11, 0, 7, 4, 12]) * 40)
    write(out / "seeds-fuzz-odt-expansion", bytes([10, 1, 0]) + bytes([0] + [0, 7] * 200) * 8)

    for folder in sorted(out.glob("seeds-*")):
        print(f"   {folder.name}: {sum(1 for _ in folder.iterdir())} files")


if __name__ == "__main__":
    main()
