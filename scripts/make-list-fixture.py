#!/usr/bin/env python3
"""Writes Fixtures/lists.docx for the .doc tests: heading styles (a built-in one and a custom
style based on one) and Word's automatic list numbering (Chinese, parenthesised and decimal
levels, a level restart, a start override, a bullet list). LibreOffice then saves it as
lists.doc (scripts/make-doc-fixtures.sh), and the tests check that plancheck reads both alike."""
import pathlib
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def paragraph(text, style=None, num=None, level=0):
    properties = ""
    if style:
        properties += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        properties += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
    properties = f"<w:pPr>{properties}</w:pPr>" if properties else ""
    return f'<w:p>{properties}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


BODY = "".join([
    paragraph("青山县卫生健康局2025年工作计划"),
    paragraph("总体要求", style="1", num=1, level=0),
    paragraph("坚持预防为主，加强院感防控。"),
    paragraph("重点任务", style="1", num=1, level=0),
    paragraph("院感防控", num=1, level=1),
    paragraph("落实预检分诊", num=1, level=2),
    paragraph("开展感控督查", num=1, level=2),
    paragraph("爱国卫生", num=1, level=1),
    paragraph("开展爱国卫生月活动", num=1, level=2),
    paragraph("保障措施", style="1", num=2, level=0),
    paragraph("不编号的要点", num=3, level=0),
    paragraph("计划小节", style="PlanSection"),
    paragraph("完成xx家单位除四害。"),
])


def level(index, number_format, text, suffix="nothing"):
    return (f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
            f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
             + level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）")
             + level(2, "decimal", "%3.", "tab") + '</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
             + level(0, "bullet", "\u25cf", "tab") + '</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
             '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>')

STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PlanSection"><w:name w:val="计划小节"/>'
          '<w:basedOn w:val="2"/></w:style></w:styles>')

PACKAGE = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>',
    "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '</Relationships>',
    "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{BODY}</w:body></w:document>',
    "word/styles.xml": STYLES,
    "word/numbering.xml": NUMBERING,
}

if __name__ == "__main__":
    out = pathlib.Path(sys.argv[1])
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PACKAGE.items():
            # A fixed date: the same script writes the same bytes.
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode())
    print(f"made {out.name}")
