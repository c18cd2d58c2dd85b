import Foundation
import ZIPFoundation

/// Builds small but valid .docx packages in memory, the way Word lays them out.
package enum DocxFixture {
    package static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    package static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        </Types>
        """

    package static let relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    /// Chinese Word's habit: heading styles have numeric ids and English built-in names; a custom
    /// style inherits its level from a heading through `basedOn`.
    package static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(wordNamespace)">\
        <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>\
        <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>\
        <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="PlanSection"><w:name w:val="计划小节"/><w:basedOn w:val="2"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>\
        </w:styles>
        """

    /// A paragraph of plain runs, optionally styled.
    package static func paragraph(_ text: String, style: String? = nil, properties: String = "") -> String {
        let styleXML = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        let pPr = styleXML.isEmpty && properties.isEmpty ? "" : "<w:pPr>\(styleXML)\(properties)</w:pPr>"
        return "<w:p>\(pPr)<w:r><w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r></w:p>"
    }

    package static func table(_ rows: [[String]]) -> String {
        let body = rows.map { row in
            "<w:tr>" + row.map { "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
        }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>\(body)</w:tbl>"
    }

    package static func document(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(wordNamespace)" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\
        <w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
        """
    }

    /// A sample plan: every heading mechanism, a table, tabs and breaks, tracked changes and a
    /// text box with its fallback copy.
    package static let sampleBody = [
        paragraph("某镇卫生院2025年工作计划", style: "Title"),
        paragraph("一、指导思想", style: "Heading1"),
        paragraph("以人民健康为中心，坚持预防为主。"),
        paragraph("二、重点工作", style: "1"),
        paragraph("（一）加强院感防控", style: "2"),
        // Tab stops in the paragraph properties are not text; the tab in the run is.
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
            + "<w:r><w:t>1.</w:t></w:r><w:r><w:tab/><w:t>落实预检分诊制度</w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>（已删除）</w:delText></w:r></w:del>"
            + "<w:r><w:br/><w:t>每月开展感控督查。</w:t></w:r></w:p>",
        table([["项目", "目标"], ["两癌筛查", "完成率达到95%"]]),
        paragraph("（二）开展爱国卫生月活动", properties: "<w:outlineLvl w:val=\"1\"/>"),
        paragraph("（三）做好病媒生物防制", style: "PlanSection"),
        paragraph("正文段落不是标题", style: "1", properties: "<w:outlineLvl w:val=\"9\"/>"),
        paragraph("做好“除四害”<病媒> & 消杀工作"),
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
            + paragraph("文本框内容")
            + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>"
            + paragraph("文本框内容")
            + "</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>图1</w:t></w:r></w:p>",
        "<w:p/>",
        "<w:p><w:r><w:t>特殊字符&#x4E2D;&#22269;</w:t></w:r></w:p>",
    ].joined()

    package static let sampleParagraphs = [
        "某镇卫生院2025年工作计划",
        "一、指导思想",
        "以人民健康为中心，坚持预防为主。",
        "二、重点工作",
        "（一）加强院感防控",
        "1.\t落实预检分诊制度 每月开展感控督查。",
        "项目", "目标", "两癌筛查", "完成率达到95%",
        "（二）开展爱国卫生月活动",
        "（三）做好病媒生物防制",
        "正文段落不是标题",
        "做好“除四害”<病媒> & 消杀工作",
        // A text box's paragraph ends before the paragraph that anchors it.
        "文本框内容",
        "图1",
        "",
        "特殊字符中国",
    ]

    package static let sampleHeadingLevels = [2: 1, 4: 1, 5: 2, 11: 2, 12: 2]

    package static var sample: Data { make(entries: standardEntries(document: document(body: sampleBody))) }

    package static func standardEntries(document: String, styles: String? = DocxFixture.styles, numbering: String? = nil) -> [(String, Data)] {
        var entries: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)),
            ("_rels/.rels", Data(relationships.utf8)),
            ("word/document.xml", Data(document.utf8)),
        ]
        if let styles { entries.append(("word/styles.xml", Data(styles.utf8))) }
        if let numbering { entries.append(("word/numbering.xml", Data(numbering.utf8))) }
        return entries
    }

    /// A paragraph in list `numID` at `level` (0-based), Word's automatic numbering.
    package static func numberedParagraph(_ text: String, numID: Int, level: Int = 0, style: String? = nil) -> String {
        paragraph(text, style: style, properties: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>")
    }

    /// One level of an abstract list.
    package static func level(_ index: Int, format: String, text: String, suffix: String? = nil, style: String? = nil, start: Int = 1) -> String {
        "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/>"
            + (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "")
            + (suffix.map { "<w:suff w:val=\"\($0)\"/>" } ?? "")
            + "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
    }

    /// numbering.xml: abstract lists (id → their levels), then list instances (numId →
    /// abstract id, with level → start overrides).
    package static func numbering(abstracts: [(Int, [String])], instances: [(Int, Int, [Int: Int])]) -> String {
        let abstractXML = abstracts.map { id, levels in
            "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"multilevel\"/>\(levels.joined())</w:abstractNum>"
        }.joined()
        let instanceXML = instances.map { id, abstract, overrides in
            "<w:num w:numId=\"\(id)\"><w:abstractNumId w:val=\"\(abstract)\"/>"
                + overrides.sorted { $0.key < $1.key }.map { "<w:lvlOverride w:ilvl=\"\($0.key)\"><w:startOverride w:val=\"\($0.value)\"/></w:lvlOverride>" }.joined()
                + "</w:num>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="\(wordNamespace)">\(abstractXML)\(instanceXML)</w:numbering>
            """
    }

    /// A zip holding `entries` in order, deflated.
    package static func make(entries: [(String, Data)]) -> Data {
        let archive = try! Archive(accessMode: .create)
        for (path, data) in entries {
            try! archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    package static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
