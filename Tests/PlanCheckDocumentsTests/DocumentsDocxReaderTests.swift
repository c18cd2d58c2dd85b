import Foundation
import Testing
import ZIPFoundation
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

@Suite struct DocumentsDocxReaderTests {
    @Test func readsParagraphsTablesAndHeadingLevels() throws {
        let extracted = try DocxReader.read(DocxFixture.sample, path: "计划.docx")
        #expect(extracted.paragraphs == DocxFixture.sampleParagraphs)
        #expect(extracted.headingLevels == DocxFixture.sampleHeadingLevels)
        #expect(extracted.text.split(separator: "\n", omittingEmptySubsequences: false).count == DocxFixture.sampleParagraphs.count)
    }

    @Test func automaticNumberingIsDrawnInFrontOfTheParagraph() throws {
        let numbering = DocxFixture.numbering(abstracts: [
            (0, [DocxFixture.level(0, format: "chineseCounting", text: "%1、", suffix: "nothing", style: "PlanHeading"),
                 DocxFixture.level(1, format: "chineseCounting", text: "（%2）", suffix: "nothing"),
                 DocxFixture.level(2, format: "decimal", text: "%3."),
                 DocxFixture.level(3, format: "decimal", text: "%3.%4", suffix: "space")]),
            (1, [DocxFixture.level(0, format: "bullet", text: "\u{F0B7}")]),
            (2, [DocxFixture.level(0, format: "decimalEnclosedCircle", text: "%1", suffix: "nothing")]),
        ], instances: [(1, 0, [:]), (2, 0, [0: 5]), (3, 1, [:]), (4, 2, [:])])
        // A style that numbers its paragraphs through the list, at the level linked to it.
        let styles = DocxFixture.styles.replacingOccurrences(of: "</w:styles>", with: """
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="PlanHeading"><w:name w:val="计划标题"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>
            """)
        let body = [
            DocxFixture.paragraph("某镇卫生院2025年工作计划", style: "Title"),
            DocxFixture.numberedParagraph("指导思想", numID: 1),
            DocxFixture.numberedParagraph("工作目标", numID: 1, level: 1),
            DocxFixture.numberedParagraph("落实预检分诊", numID: 1, level: 2),
            DocxFixture.numberedParagraph("细化分诊流程", numID: 1, level: 3),
            DocxFixture.numberedParagraph("开展感控督查", numID: 1, level: 2),
            DocxFixture.numberedParagraph("重点任务", numID: 1, level: 1),
            DocxFixture.numberedParagraph("开展爱国卫生月活动", numID: 1, level: 2),
            DocxFixture.numberedParagraph("要点不编号", numID: 3),
            DocxFixture.paragraph("重点工作", style: "PlanHeading"),
            DocxFixture.paragraph("标题样式但不编号", style: "PlanHeading", properties: "<w:numPr><w:numId w:val=\"0\"/></w:numPr>"),
            DocxFixture.numberedParagraph("从五开始", numID: 2),
            DocxFixture.numberedParagraph("圈码", numID: 4),
            DocxFixture.numberedParagraph("未定义的列表", numID: 99),
        ].joined()
        let data = DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: body), styles: styles, numbering: numbering))
        let paragraphs = try DocxReader.read(data).paragraphs
        #expect(paragraphs == [
            "某镇卫生院2025年工作计划",
            "一、指导思想",
            "（一）工作目标",
            "1.\t落实预检分诊",
            "1.1 细化分诊流程",
            "2.\t开展感控督查",
            "（二）重点任务",
            "1.\t开展爱国卫生月活动",
            "要点不编号",
            "二、重点工作",
            "标题样式但不编号",
            "五、从五开始",
            "①圈码",
            "未定义的列表",
        ])
    }

    @Test func hostileNumberingNeitherTrapsNorDrawsNonsense() throws {
        let numbering = DocxFixture.numbering(abstracts: [
            (0, [DocxFixture.level(0, format: "decimal", text: "%1%9%x%", start: Int.max),
                 DocxFixture.level(100, format: "decimal", text: "%1")]),
            (1, [DocxFixture.level(0, format: "decimalFullWidth", text: "%1.", suffix: "nothing")]),
        ], instances: [(1, 0, [:]), (2, 1, [0: Int.min, 200: 5])])
        let body = [
            DocxFixture.numberedParagraph("甲", numID: 1),
            DocxFixture.numberedParagraph("乙", numID: 1),
            DocxFixture.numberedParagraph("丙", numID: 1, level: 100),
            DocxFixture.numberedParagraph("丁", numID: 2),
            DocxFixture.numberedParagraph("戊", numID: 2, level: -1),
        ].joined()
        let data = DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: body), numbering: numbering))
        let paragraphs = try DocxReader.read(data).paragraphs
        // Start values are clamped to Word's own 0…32767.
        #expect(paragraphs == ["327671%x%\t甲", "327681%x%\t乙", "丙", "０.丁", "戊"])
    }

    @Test func numberFormatsAreDrawnAsWordDrawsThem() {
        let chinese = [1, 10, 11, 20, 21, 99, 100, 105, 110, 1000, 2024].map { ListNumberFormat.text(of: $0, format: "chineseCounting") }
        #expect(chinese == ["一", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十", "一千", "二千零二十四"])
        #expect(ListNumberFormat.text(of: 12, format: "chineseLegalSimplified") == "壹拾贰")
        #expect([1, 10, 11].map { ListNumberFormat.text(of: $0, format: "ideographTraditional") } == ["甲", "癸", "11"])
        #expect([1, 20, 21].map { ListNumberFormat.text(of: $0, format: "decimalEnclosedCircle") } == ["①", "⑳", "21"])
        #expect(ListNumberFormat.text(of: 12, format: "decimalFullWidth") == "１２")
        #expect([1, 26, 27].map { ListNumberFormat.text(of: $0, format: "lowerLetter") } == ["a", "z", "aa"])
        #expect([4, 9, 14, 1990].map { ListNumberFormat.text(of: $0, format: "upperRoman") } == ["IV", "IX", "XIV", "MCMXC"])
        #expect(ListNumberFormat.text(of: 3, format: "somethingNew") == "3")
        // Out of a format's range (a hostile file's start values): decimal, never a trap.
        for format in ["chineseCounting", "chineseLegalSimplified", "ideographTraditional", "decimalEnclosedCircle",
                       "decimalFullWidth", "decimalZero", "lowerLetter", "upperRoman"] {
            for value in [Int.min, -1] { #expect(ListNumberFormat.text(of: value, format: format) == String(value), "\(format) \(value)") }
        }
    }

    @Test func headingStyleNamesWorkWithoutStylesXML() throws {
        let body = [
            DocxFixture.paragraph("一、总体要求", style: "Heading1"),
            DocxFixture.paragraph("（一）目标", style: "heading 2"),
            DocxFixture.paragraph("1.具体任务", style: "标题3"),
            DocxFixture.paragraph("正文", style: "1"),
        ].joined()
        let data = DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: body), styles: nil))
        let extracted = try DocxReader.read(data)
        #expect(extracted.headingLevels == [1: 1, 2: 2, 3: 3])
    }

    @Test func otherNamespacePrefixesAreResolved() throws {
        let xml = "<doc:document xmlns:doc=\"\(DocxFixture.wordNamespace)\"><doc:body>"
            + "<doc:p><doc:pPr><doc:outlineLvl doc:val=\"0\"/></doc:pPr><doc:r><doc:t>一、院感防控</doc:t></doc:r></doc:p>"
            + "</doc:body></doc:document>"
        let extracted = try DocxReader.read(DocxFixture.make(entries: DocxFixture.standardEntries(document: xml, styles: nil)))
        #expect(extracted == ExtractedParagraphs(paragraphs: ["一、院感防控"], headingLevels: [1: 1]))
    }

    @Test func utf16PartsAreRead() throws {
        let xml = DocxFixture.document(body: DocxFixture.paragraph("一、院感防控", style: "1"))
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let data = DocxFixture.make(entries: [
            ("[Content_Types].xml", Data(DocxFixture.contentTypes.utf8)),
            ("word/document.xml", TextEncodingFixture.utf16(xml, littleEndian: true)),
            ("word/styles.xml", TextEncodingFixture.utf16(DocxFixture.styles, littleEndian: false)),
        ])
        #expect(try DocxReader.read(data) == ExtractedParagraphs(paragraphs: ["一、院感防控"], headingLevels: [1: 1]))
    }

    @Test func loadedDocumentHasOneLinePerParagraph() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(DocxFixture.sample, to: "卫生院计划.docx")
        let document = try DocumentLoader.load(fileAt: url, displayPath: "plans/卫生院计划.docx")
        #expect(document.format == .docx)
        #expect(document.encoding == "docx")
        #expect(document.path == "plans/卫生院计划.docx")
        #expect(document.sourceMap.lineCount == DocxFixture.sampleParagraphs.count)
        #expect(document.styledHeadingLevels == DocxFixture.sampleHeadingLevels)
        let offset = Array(document.text.utf16).firstIndex(of: "院".utf16.first!)!
        #expect(document.sourceMap.position(of: offset).line == 1)
        #expect(document.lineText(containing: document.sourceMap.lineStarts[4]) == "（一）加强院感防控")
    }

    static let corruptFiles: [(String, Data, String)] = {
        let sample = DocxFixture.sample
        var random = SystemRandomNumberGenerator()
        let noise = Data((0..<2048).map { _ in UInt8.random(in: 0...255, using: &random) })
        return [
            ("random bytes", noise, "not a valid .docx"),
            ("truncated zip", sample.prefix(sample.count / 2), "not a valid .docx"),
            ("zip header only", sample.prefix(30), "not a valid .docx"),
            ("zip without word/document.xml",
             DocxFixture.make(entries: [("[Content_Types].xml", Data(DocxFixture.contentTypes.utf8))]),
             "not a valid .docx: missing word/document.xml"),
            ("password-protected (OLE container)", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + noise, "encrypted"),
            ("malformed document.xml",
             DocxFixture.make(entries: DocxFixture.standardEntries(document: "<w:document><w:body><w:p>", styles: nil)),
             "word/document.xml: malformed XML"),
            ("no text at all",
             DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: "<w:p/><w:p/>"))),
             "empty document"),
        ]
    }()

    @Test(arguments: 0..<corruptFiles.count)
    func corruptFilesGiveAnErrorNamingTheFile(index: Int) throws {
        let (label, data, reason) = Self.corruptFiles[index]
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(data, to: "坏.docx")
        let error = #expect(throws: InputFileError.self, "\(label)") {
            try DocumentLoader.load(fileAt: url, displayPath: "in/坏.docx")
        }
        #expect(error?.path == "in/坏.docx", "\(label)")
        #expect(error?.description.hasPrefix("in/坏.docx: ") == true, "\(label)")
        #expect(error?.reason.contains(reason) == true, "\(label): \(error?.reason ?? "")")
    }

    static func zipBomb() throws -> Data {
        let size = PackageArchive.maximumEntrySize + 1
        let archive = try Archive(accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate, bufferSize: 1 << 20) { _, chunk in
            Data(count: chunk)
        }
        let data = try #require(archive.data)
        #expect(data.count < size / 100)
        return data
    }

    @Test func zipBombStopsAtTheSizeCap() throws {
        let error = #expect(throws: InputFileError.self) { try DocxReader.read(try Self.zipBomb(), path: "bomb.docx") }
        #expect(error?.reason.contains("zip bomb") == true)
    }

    @Test func zipBombThatLiesAboutItsSizeStopsToo() throws {
        var bytes = [UInt8](try Self.zipBomb())
        // Claim 1000 bytes in both the local header (offset 22) and the central directory (offset 24).
        let claimed: [UInt8] = [0xE8, 0x03, 0, 0]
        bytes.replaceSubrange(22..<26, with: claimed)
        let central = try #require(bytes.firstRange(of: [0x50, 0x4B, 0x01, 0x02])).lowerBound
        bytes.replaceSubrange((central + 24)..<(central + 28), with: claimed)
        let error = #expect(throws: InputFileError.self) { try DocxReader.read(Data(bytes), path: "bomb.docx") }
        #expect(error?.reason.contains("zip bomb") == true)
    }
}
