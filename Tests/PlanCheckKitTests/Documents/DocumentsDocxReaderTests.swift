import Foundation
import Testing
import ZIPFoundation
@testable import PlanCheckKit

@Suite struct DocumentsDocxReaderTests {
    @Test func readsParagraphsTablesAndHeadingLevels() throws {
        let extracted = try DocxReader.read(DocxFixture.sample, path: "计划.docx")
        #expect(extracted.paragraphs == DocxFixture.sampleParagraphs)
        #expect(extracted.headingLevels == DocxFixture.sampleHeadingLevels)
        #expect(extracted.text.split(separator: "\n", omittingEmptySubsequences: false).count == DocxFixture.sampleParagraphs.count)
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
        let error = #expect(throws: DocumentError.self, "\(label)") {
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
        let error = #expect(throws: DocumentError.self) { try DocxReader.read(try Self.zipBomb(), path: "bomb.docx") }
        #expect(error?.reason.contains("zip bomb") == true)
    }

    @Test func zipBombThatLiesAboutItsSizeStopsToo() throws {
        var bytes = [UInt8](try Self.zipBomb())
        // Claim 1000 bytes in both the local header (offset 22) and the central directory (offset 24).
        let claimed: [UInt8] = [0xE8, 0x03, 0, 0]
        bytes.replaceSubrange(22..<26, with: claimed)
        let central = try #require(bytes.firstRange(of: [0x50, 0x4B, 0x01, 0x02])).lowerBound
        bytes.replaceSubrange((central + 24)..<(central + 28), with: claimed)
        let error = #expect(throws: DocumentError.self) { try DocxReader.read(Data(bytes), path: "bomb.docx") }
        #expect(error?.reason.contains("zip bomb") == true)
    }
}
