import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Web pages saved as documents: Word-style HTML under a .doc name, and MHT web archives.
@Suite struct DocumentsWebPageReaderTests {
    /// The way Word's "save as web page" and office systems write a plan: a head with styles
    /// and Word's conditional XML, MsoNormal paragraphs, entities, a table and a script.
    static let wordHTML = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\
        <meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>标题不算</title>\
        <style>p.MsoNormal {margin:0}</style><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
        <body lang=ZH-CN><div class=WordSection1><p class=MsoNormal align=center>青山县卫生健康局2025年工作计划</p>
        <H1>一、指导思想</H1><p class=MsoNormal>坚持&nbsp;预防为主，
        加强院感防控。</p><p class=MsoNormal>&nbsp;</p>
        <table class=MsoTableGrid border=1><tr><td><p>两癌筛查</p></td><td>完成率达到95%</td></tr></table>
        <p data-note="a > b">开展&ldquo;爱国卫生月&rdquo;活动&#65292;完成xx家单位除四害&amp;消杀。<br>下一行 &unknown; &#0; R&D</p>\
        <script>var x = "<p>不是正文</p>";</script></div></body></html>
        """

    static let wordHTMLParagraphs = [
        "青山县卫生健康局2025年工作计划",
        "一、指导思想",
        "坚持 预防为主， 加强院感防控。",
        "两癌筛查", "完成率达到95%",
        "开展“爱国卫生月”活动，完成xx家单位除四害&消杀。",
        "下一行 &unknown; &#0; R&D",
    ]

    @Test func htmlIsReadAsABrowserShowsIt() throws {
        let extracted = try WebPageReader.paragraphs(ofHTML: Self.wordHTML)
        #expect(extracted.paragraphs == Self.wordHTMLParagraphs)
        #expect(extracted.headingLevels == [2: 1])
    }

    /// A "single file web page": multipart/related, the HTML part in GB2312 and
    /// quoted-printable (soft line breaks included), a picture part in base64.
    static func mht(_ html: String) -> [UInt8] {
        let encoded = [UInt8](TextEncodingFixture.gb18030(html)).map { byte -> String in
            byte >= 0x80 || byte == UInt8(ascii: "=") ? String(format: "=%02X", byte) : String(UnicodeScalar(byte))
        }.joined()
        // Quoted-printable lines are at most 76 characters: break with soft line breaks.
        var lines: [String] = []
        var rest = Substring(encoded)
        while rest.count > 70 {
            var cut = rest.index(rest.startIndex, offsetBy: 70)
            // Never inside an =XX escape.
            while rest[rest.index(cut, offsetBy: -1)] == "=" || rest[rest.index(cut, offsetBy: -2)] == "=" { cut = rest.index(before: cut) }
            lines.append(rest[..<cut] + "=")
            rest = rest[cut...]
        }
        lines.append(String(rest))
        let message = """
            MIME-Version: 1.0\r
            Content-Type: multipart/related;\r
            \tboundary="----=_NextPart_01DA.5E3F2C10"\r
            \r
            This document is a Single File Web Page, also known as a Web Archive file.\r
            \r
            ------=_NextPart_01DA.5E3F2C10\r
            Content-Location: file:///C:/plan.htm\r
            Content-Transfer-Encoding: quoted-printable\r
            Content-Type: text/html; charset="gb2312"\r
            \r
            \(lines.joined(separator: "\r\n"))\r
            \r
            ------=_NextPart_01DA.5E3F2C10\r
            Content-Location: file:///C:/plan.files/image001.png\r
            Content-Transfer-Encoding: base64\r
            Content-Type: image/png\r
            \r
            iVBORw0KGgo=\r
            \r
            ------=_NextPart_01DA.5E3F2C10--\r

            """
        return Array(message.utf8)
    }

    @Test func anMHTArchiveGivesItsHTMLPart() throws {
        let extracted = try WebPageReader.read(Self.mht(Self.wordHTML), path: "计划.mht")
        #expect(extracted.paragraphs == Self.wordHTMLParagraphs)
        #expect(MIMEArchive.quotedPrintable(Array("a=3D=\r\nb=E4=B8=AD=ZZ=".utf8)[...]) == Array("a=b".utf8) + [0xE4, 0xB8, 0xAD] + Array("=ZZ=".utf8))
    }

    /// A .docx whose body an office system imported from HTML (`w:altChunk`), with a text chunk,
    /// a chunk whose part is missing and an external one beside it.
    @Test func aDocxReadsItsAlternativeFormatChunksWhereTheyStand() throws {
        let body = DocxFixture.paragraph("前言")
            + "<w:altChunk r:id=\"rIdPage\"/>" + DocxFixture.paragraph("中间")
            + "<w:altChunk r:id=\"rIdText\"/><w:altChunk r:id=\"rIdMissing\"/><w:altChunk r:id=\"rIdFar\"/>"
        let document = DocxFixture.document(body: body).replacingOccurrences(
            of: "<w:document ", with: "<w:document xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" ")
        let relationships = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rIdPage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.mht"/>\
            <Relationship Id="rIdText" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="/word/chunk2.txt"/>\
            <Relationship Id="rIdMissing" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="gone.htm"/>\
            <Relationship Id="rIdFar" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="http://example.org/a.htm" TargetMode="External"/>\
            </Relationships>
            """
        let entries = DocxFixture.standardEntries(document: document) + [
            ("word/_rels/document.xml.rels", Data(relationships.utf8)),
            ("word/afchunk.mht", Data(Self.mht(Self.wordHTML))),
            ("word/chunk2.txt", Data("纯文本一\n纯文本二".utf8)),
        ]
        let extracted = try DocxReader.read(DocxFixture.make(entries: entries), path: "导入.docx")
        #expect(extracted.paragraphs == ["前言"] + Self.wordHTMLParagraphs + ["中间", "纯文本一", "纯文本二"])
        #expect(extracted.headingLevels == [3: 1])
    }

    @Test func theLoaderReadsWebPagesUnderADocNameAndMHTFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        for (name, bytes) in [("系统导出.doc", Array(Self.wordHTML.utf8)), ("另存为.mht", Self.mht(Self.wordHTML)), ("网页.WPS", Self.mht(Self.wordHTML))] {
            let url = try folder.write(Data(bytes), to: name)
            let document = try DocumentLoader.load(fileAt: url, displayPath: name)
            #expect(document.format == .webPage, "\(name)")
            #expect(document.encoding == "html")
            let result = try #require(engine.checkFile(DiscoveredFile(url: url, displayPath: name)).first)
            let placeholder = try #require(result.findings.first { $0.ruleID == "hygiene.placeholder" }, "\(name)")
            #expect(placeholder.span?.start == SourcePosition(line: 6, column: 15))
        }
        // An archive without a page in it is an error, not an empty plan.
        let empty = try folder.write(Data("MIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n".utf8), to: "图片.mht")
        #expect(throws: InputFileError(path: "图片.mht", reason: "a web archive (.mht) without a web page in it")) {
            try DocumentLoader.load(fileAt: empty, displayPath: "图片.mht")
        }
    }
}
