#!/usr/bin/env python3
"""Helpers for scripts/annotate-libreoffice.sh, none of which use plancheck's own readers.

  make-fixture OUT.docx      a plan with a table, an image, a header and a comment of its own
  docx-comments FILE.docx    the comments of a .docx with the words each is anchored on
  odt-comments FILE.odt      the same for LibreOffice's .odt (office:annotation … annotation-end)
  kept FILE.odt              LibreOffice's .odt of the annotated fixture still has its image,
                             its table and its header; exits 1 when one is gone
  compare A B                the plancheck comments of A (.docx or .odt, as plancheck wrote it)
                             and of B (LibreOffice's .odt of it) must be the same, anchored on
                             the same words; prints them and exits 1 when they differ
"""
import struct
import sys
import zipfile
import zlib
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"

def png(width=16, height=16):
    """A small red PNG, built here so that its checksums are right."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def make_fixture(path):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' \
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
         'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
    def p(text, style=None, props=""):
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f'<w:p>{ppr}<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    def cell(text):
        return f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{p(text)}</w:tc>'
    image = ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="图片 1"/>'
             '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
             '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
             '<pic:blipFill><a:blip r:embed="rId10"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
             '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
             '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
             '<w:r><w:t>图1：XX镇健康小屋</w:t></w:r></w:p>')
    body = "".join([
        p("XX镇卫生院20xx年工作计划", "Title"),
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一、完成</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>x家</w:t></w:r>'
        '<w:r><w:t>村卫生室的卫计委检查，建档率达到%。</w:t></w:r></w:p>',
        '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>二、开展院感督查每季度1次。</w:t></w:r>'
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        f'<w:tr>{cell("指标")}{cell("目标值")}</w:tr><w:tr>{cell("两癌筛查")}{cell("XX人")}</w:tr></w:tbl>',
        image,
        '<w:sectPr><w:headerReference w:type="default" r:id="rId11"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
    ])
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{body}</w:body></w:document>'
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style></w:styles>')
    comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:comment w:id="0" w:author="张科长" w:initials="ZK"><w:p><w:r><w:t>督查频次可以再提高</w:t></w:r></w:p></w:comment></w:comments>')
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:p><w:r><w:t>XX镇卫生院</w:t></w:r></w:p></w:hdr>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
            '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
            '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '</Relationships>')
    package_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                    '</Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
             '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
             '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
             '</Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", package_rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/comments.xml", comments)
        z.writestr("word/header1.xml", header)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/media/image1.png", png())


def walk(element):
    """Document-order events: ('start', e), ('text', s), ('end', e)."""
    yield "start", element
    if element.text:
        yield "text", element.text
    for child in element:
        yield from walk(child)
        if child.tail:
            yield "text", child.tail
    yield "end", element


def docx_comments(path):
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml"))
        names = z.namelist()
        comments_xml = ET.fromstring(z.read("word/comments.xml")) if "word/comments.xml" in names else None
    texts = {}
    if comments_xml is not None:
        for comment in comments_xml.iter(W + "comment"):
            paragraphs = ["".join(t.text or "" for t in p.iter(W + "t")) for p in comment.iter(W + "p")]
            texts[comment.get(W + "id")] = (comment.get(W + "author"), "\n".join(paragraphs))
    anchored, open_ids, in_text = {}, set(), False
    for kind, item in walk(body):
        if kind == "start" and item.tag == W + "commentRangeStart":
            open_ids.add(item.get(W + "id"))
            anchored.setdefault(item.get(W + "id"), "")
        elif kind == "start" and item.tag == W + "commentRangeEnd":
            open_ids.discard(item.get(W + "id"))
        elif kind == "start" and item.tag == W + "t":
            in_text = True
        elif kind == "end" and item.tag == W + "t":
            in_text = False
        elif kind == "start" and item.tag == W + "tab" and open_ids:
            for i in open_ids:
                anchored[i] += "\t"
        elif kind == "text" and in_text:
            for i in open_ids:
                anchored[i] += item
    return [(texts[i][0], anchored.get(i, ""), texts[i][1]) for i in texts]


def odf_text(paragraph):
    """A paragraph's text with text:s as its spaces and text:tab as a tab."""
    out = ""
    for kind, item in walk(paragraph):
        if kind == "text":
            out += item
        elif kind == "start" and item.tag == TEXT + "s":
            out += " " * int(item.get(TEXT + "c") or 1)
        elif kind == "start" and item.tag == TEXT + "tab":
            out += "\t"
    return out


def odt_comments(path):
    with zipfile.ZipFile(path) as z:
        content = ET.fromstring(z.read("content.xml"))
    found, open_names, skipping = {}, set(), None
    order = []
    for kind, item in walk(content):
        if skipping is not None:
            if kind == "end" and item is skipping:
                skipping = None
            continue
        if kind == "start" and item.tag == OFFICE + "annotation":
            name = item.get(OFFICE + "name") or f"point-{len(order)}"
            creator = "".join(c.text or "" for c in item.iter(DC + "creator"))
            paragraphs = [odf_text(p) for p in item.iter(TEXT + "p")]
            found[name] = [creator, "", "\n".join(paragraphs)]
            order.append(name)
            if item.get(OFFICE + "name"):
                open_names.add(name)
            skipping = item
        elif kind == "start" and item.tag == OFFICE + "annotation-end":
            open_names.discard(item.get(OFFICE + "name"))
        elif kind == "start" and item.tag == TEXT + "s":
            for n in open_names:
                found[n][1] += " " * int(item.get(TEXT + "c") or 1)
        elif kind == "start" and item.tag == TEXT + "tab":
            for n in open_names:
                found[n][1] += "\t"
        elif kind == "text":
            for n in open_names:
                found[n][1] += item
    return [tuple(found[n]) for n in order]


def comments(path):
    return docx_comments(path) if path.endswith(".docx") else odt_comments(path)


def compare(written, odt):
    ours = sorted(c for c in comments(written) if c[0] == "plancheck")
    theirs = sorted(c for c in odt_comments(odt) if c[0] == "plancheck")
    others = [c for c in odt_comments(odt) if c[0] != "plancheck"]
    for author, words, text in theirs:
        print(f"    「{words}」 ← {text.splitlines()[0]}")
    for author, words, text in others:
        print(f"    (kept) {author}: 「{words}」 ← {text.splitlines()[0] if text else ''}")
    if ours != theirs:
        print("  MISMATCH between the comments written and LibreOffice's reading of them:")
        for c in sorted(set(ours) ^ set(theirs)):
            print("    ", "written" if c in ours else "read   ", c)
        return 1
    print(f"  {len(theirs)} plancheck comments read back by LibreOffice on the same words as written"
          + (f", {len(others)} of the document's own kept" if others else ""))
    return 0


def kept(odt):
    with zipfile.ZipFile(odt) as z:
        names = z.namelist()
        content = z.read("content.xml").decode("utf-8")
        styles = z.read("styles.xml").decode("utf-8")
    found = {
        "image": any(n.startswith("Pictures/") and n.endswith(".png") for n in names),
        "table": "<table:table " in content and "XX人" in content,
        "header": "<style:header" in styles and "XX镇卫生院</text:p>" in styles,
    }
    print("  kept through the round trip: " + ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in found.items()))
    return 0 if all(found.values()) else 1


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "make-fixture":
        make_fixture(args[0])
    elif command == "docx-comments":
        for c in docx_comments(args[0]):
            print(c)
    elif command == "odt-comments":
        for c in odt_comments(args[0]):
            print(c)
    elif command == "kept":
        sys.exit(kept(args[0]))
    elif command == "compare":
        sys.exit(compare(args[0], args[1]))
    else:
        sys.exit(__doc__)
