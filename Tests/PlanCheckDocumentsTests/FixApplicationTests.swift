import Foundation
import Testing
import ZIPFoundation
import PlanCheckDocuments
import PlanCheckTestSupport

/// `check --fix` at the byte level (issue 15): a text file keeps its encoding and line breaks, a
/// .docx changes in the one text node that holds the words and nowhere else.
@Suite struct FixApplicationTests {
    static let edit = FixEdit(line: 2, column: 6, original: "卫计委", replacement: "卫健委")

    @Test func crlfLineBreaksAndTheByteOrderMarkAreKept() throws {
        let text = "2024年工作计划\r\n一、按照市卫计委要求。\r\n二、完善制度。\r\n"
        let bytes = Array(TextEncodingFixture.utf8(text, bom: true))
        let fixed = try TextFileFix.apply([Self.edit], to: bytes)
        #expect(fixed.applied == [Self.edit])
        #expect(fixed.bytes == Array(TextEncodingFixture.utf8(text.replacingOccurrences(of: "卫计委", with: "卫健委"), bom: true)))
    }

    @Test func aLoneCarriageReturnEndsALineToo() throws {
        let fixed = try TextFileFix.apply([Self.edit], to: Array("2024年工作计划\r一、按照市卫计委要求。\r".utf8))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "2024年工作计划\r一、按照市卫健委要求。\r")
    }

    @Test func gb18030StaysGB18030() throws {
        let text = "2024年工作计划\r\n一、按照市卫计委要求。\r\n"
        let fixed = try TextFileFix.apply([Self.edit], to: Array(TextEncodingFixture.gb18030(text)))
        #expect(fixed.bytes == Array(TextEncodingFixture.gb18030(text.replacingOccurrences(of: "卫计委", with: "卫健委"))))
    }

    @Test func utf16StaysUTF16() throws {
        let text = "2024年工作计划\n一、按照市卫计委要求。\n"
        let fixed = try TextFileFix.apply([Self.edit], to: Array(TextEncodingFixture.utf16(text, littleEndian: false)))
        #expect(fixed.bytes == Array(TextEncodingFixture.utf16(text.replacingOccurrences(of: "卫计委", with: "卫健委"), littleEndian: false)))
    }

    @Test func wordsNoLongerAtTheirPlaceAreNotReplaced() throws {
        let moved = FixEdit(line: 2, column: 5, original: "卫计委", replacement: "卫健委")
        let bytes = Array("2024年工作计划\n一、按照市卫计委要求。\n".utf8)
        let fixed = try TextFileFix.apply([moved], to: bytes)
        #expect(fixed.applied.isEmpty)
        #expect(fixed.bytes == bytes)
    }

    @Test func ofOverlappingFixesOnlyTheFirstIsMade() throws {
        let longer = FixEdit(line: 2, column: 6, original: "卫计委要求", replacement: "卫健委的要求")
        let inside = FixEdit(line: 2, column: 7, original: "计委", replacement: "健委")
        let split = FixEdit.nonOverlapping([inside, longer, Self.edit])
        #expect(split.kept == [Self.edit])
        #expect(Set(split.dropped) == [longer, inside])
        let fixed = try TextFileFix.apply([inside, longer, Self.edit], to: Array("2024年工作计划\n一、按照市卫计委要求。\n".utf8))
        #expect(fixed.applied == [Self.edit])
    }

    /// A .docx whose second paragraph holds 卫计委 in one run and whose third splits it over two.
    static func docx(extraEntry: Bool = true) -> [UInt8] {
        let body = DocxFixture.paragraph("2024年工作计划", style: "Title")
            + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一、按照市卫计委要求 &amp; 部署。</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>二、县卫</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>计委负责。</w:t></w:r></w:p>"
        var entries = DocxFixture.standardEntries(document: DocxFixture.document(body: body))
        if extraEntry { entries.append(("word/media/image1.png", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }))) }
        return Array(DocxFixture.make(entries: entries))
    }

    @Test func aDocxMatchInOneRunIsFixedAndASplitOneLeft() throws {
        let original = Self.docx()
        let split = FixEdit(line: 3, column: 4, original: "卫计委", replacement: "卫健委")
        let fixed = try DocxFix.apply([Self.edit, split], to: original)
        #expect(fixed.applied == [Self.edit])
        #expect(try DocxReader.read(Data(fixed.bytes)).paragraphs == ["2024年工作计划", "一、按照市卫健委要求 & 部署。", "二、县卫计委负责。"])
        // The node keeps its entity; the run keeps its properties.
        let archive = try Archive(data: Data(fixed.bytes), accessMode: .read)
        var xml = Data()
        _ = try archive.extract(archive["word/document.xml"]!) { xml.append($0) }
        #expect(String(decoding: xml, as: UTF8.self).contains("<w:r><w:rPr><w:b/></w:rPr><w:t>一、按照市卫健委要求 &amp; 部署。</w:t></w:r>"))
    }

    @Test func everyOtherPartOfTheDocxStaysByteIdentical() throws {
        let original = Self.docx()
        let fixed = try DocxFix.apply([Self.edit], to: original).bytes
        let body = Array("word/document.xml".utf8)
        let bodyHeader = try #require(Self.firstIndex(of: body, in: original)) - 30
        #expect(Array(fixed[..<bodyHeader]) == Array(original[..<bodyHeader]))
        // The entries after the body, up to the central directory, are copied whole.
        let styles = try #require(Self.firstIndex(of: Array("word/styles.xml".utf8), in: original)) - 30
        let directory = try #require(Self.firstIndex(of: [0x50, 0x4B, 0x01, 0x02], in: original))
        #expect(Self.firstIndex(of: Array(original[styles..<directory]), in: fixed) != nil)
        // A zip library reads every entry back, checksums and all.
        let before = try Archive(data: Data(original), accessMode: .read)
        let after = try Archive(data: Data(fixed), accessMode: .read)
        for entry in before where entry.path != "word/document.xml" {
            var old = Data()
            var new = Data()
            _ = try before.extract(entry) { old.append($0) }
            _ = try after.extract(after[entry.path]!) { new.append($0) }
            #expect(old == new, "\(entry.path)")
        }
    }

    @Test func theTextNodesReadAsTheReaderReadsTheSample() throws {
        let package = Array(DocxFixture.sample)
        let archive = try Archive(data: Data(package), accessMode: .read)
        var xml = Data()
        _ = try archive.extract(archive["word/document.xml"]!) { xml.append($0) }
        let nodes = try DocxTextNodes(xml: Array(xml))
        let paragraphs = try DocxReader.read(Data(package)).paragraphs
        #expect(nodes.paragraphs.count == paragraphs.count)
        for (index, paragraph) in paragraphs.enumerated() where index < nodes.paragraphs.count {
            #expect(paragraph.hasSuffix(nodes.text(ofParagraph: index)), "paragraph \(index + 1)")
        }
    }

    @Test func theDiffIsUnifiedWithThreeLinesOfContext() {
        let old = (1...12).map { "第\($0)行" }
        var new = old
        new[1] = "第2行（改）"
        new[10] = "第11行（改）"
        #expect(UnifiedDiff.render(path: "计划.txt", old: old, new: new) == """
            --- a/计划.txt
            +++ b/计划.txt
            @@ -1,5 +1,5 @@
             第1行
            -第2行
            +第2行（改）
             第3行
             第4行
             第5行
            @@ -8,5 +8,5 @@
             第8行
             第9行
             第10行
            -第11行
            +第11行（改）
             第12行

            """)
        #expect(UnifiedDiff.render(path: "计划.txt", old: old, new: old).isEmpty)
        #expect(UnifiedDiff.render(path: "计划.txt", old: ["一", "二"], new: ["一", "贰"], endsWithoutNewline: true) == """
            --- a/计划.txt
            +++ b/计划.txt
            @@ -1,2 +1,2 @@
             一
            -二
            \\ No newline at end of file
            +贰
            \\ No newline at end of file

            """)
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
