import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
import PlanCheckTestSupport

/// Hostile list definitions (issue 18): start values near Int64.max and Int32.max, in .docx,
/// .odt and .doc lists with letter and roman formats, and templates far longer than a label.
/// Each reads in a moment with a short label, never a trap or a label of millions of letters.
@Suite struct ListHardeningTests {
    static let longest = ListLabelLimits.maximumLength

    static func docx(start: Int, format: String, overrides: [Int: Int] = [:], text: String = "%1.") throws -> [String] {
        let numbering = DocxFixture.numbering(abstracts: [(0, [DocxFixture.level(0, format: format, text: text, suffix: "nothing", start: start)])],
                                              instances: [(1, 0, overrides)])
        let body = ["甲", "乙", "丙"].map { DocxFixture.numberedParagraph($0, numID: 1) }.joined()
        let data = DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: body), numbering: numbering))
        return try DocxReader.read(data).paragraphs
    }

    @Test func aDocxStartNearInt64MaxIsClampedToWordsOwnLimit() throws {
        // 32767 in letters is 1261 of them ("g" repeated); the label stops at the longest drawn.
        let letters = ["g", "h", "i"].map { String(repeating: $0, count: Self.longest) }
        #expect(try Self.docx(start: Int.max, format: "lowerLetter") == [letters[0] + "甲", letters[1] + "乙", letters[2] + "丙"])
        #expect(try Self.docx(start: Int.max, format: "upperRoman") == ["32767.甲", "32768.乙", "32769.丙"])
        #expect(try Self.docx(start: Int.min, format: "lowerLetter") == ["0.甲", "a.乙", "b.丙"])
    }

    @Test func aDocxStartOverrideNearInt64MaxIsClampedToo() throws {
        let paragraphs = try Self.docx(start: 1, format: "upperLetter", overrides: [0: Int.max - 1])
        #expect(paragraphs.map(\.count) == [Self.longest + 1, Self.longest + 1, Self.longest + 1])
        #expect(paragraphs[0].hasPrefix("GGG") && paragraphs[1].hasPrefix("HHH"))
    }

    @Test func aStartNearInt32MaxDrawsAShortLabelAtOnce() throws {
        // Used to draw 82 million letters a paragraph: 3 GB and 20 seconds.
        let clock = ContinuousClock()
        let start = clock.now
        let paragraphs = try Self.docx(start: Int(Int32.max), format: "lowerLetter")
        #expect(paragraphs.allSatisfy { $0.count == Self.longest + 1 })
        #expect(clock.now - start < .seconds(2))
    }

    @Test func aTemplateFarLongerThanALabelIsCut() throws {
        let template = String(repeating: "第%1章", count: 100_000)
        let paragraphs = try Self.docx(start: 1, format: "decimal", text: template)
        #expect(paragraphs.first == String(String(repeating: "第1章", count: 30).prefix(Self.longest)) + "甲")
    }

    static func odt(itemStart: String? = nil, styleStart: String? = nil, prefix: String = "") throws -> [String] {
        let style = "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" style:num-format=\"a\" style:num-suffix=\".\""
            + " style:num-prefix=\"\(prefix)\"" + (styleStart.map { " text:start-value=\"\($0)\"" } ?? "") + "/></text:list-style>"
        let first = "<text:list-item" + (itemStart.map { " text:start-value=\"\($0)\"" } ?? "") + "><text:p>甲</text:p></text:list-item>"
        let body = "<text:list text:style-name=\"L1\">\(first)<text:list-item><text:p>乙</text:p></text:list-item></text:list>"
        return try OdtReader.read(OdtFixture.make(content: OdtFixture.content(body: body, styles: style))).paragraphs
    }

    @Test func anOdtItemStartNearInt64MaxIsClamped() throws {
        for value in ["\(Int.max)", "\(Int.max - 1)", "99999999999999999999999"] {
            let paragraphs = try Self.odt(itemStart: value)
            #expect(paragraphs == [String(repeating: "g", count: Self.longest) + "甲", String(repeating: "h", count: Self.longest) + "乙"], "\(value)")
        }
        #expect(try Self.odt(itemStart: "\(Int.min)") == ["0.甲", "a.乙"])
    }

    @Test func anOdtStyleStartNearInt64MaxOrInt32MaxIsClamped() throws {
        for value in ["\(Int.max)", "\(Int32.max)"] {
            let paragraphs = try Self.odt(styleStart: value)
            #expect(paragraphs.map(\.count) == [Self.longest + 1, Self.longest + 1], "\(value)")
        }
        #expect(try Self.odt(styleStart: "3") == ["c.甲", "d.乙"])
    }

    @Test func anOdtPrefixFarLongerThanALabelIsCut() throws {
        let paragraphs = try Self.odt(prefix: String(repeating: "第", count: 100_000))
        #expect(paragraphs == [String(repeating: "第", count: Self.longest) + "甲", String(repeating: "第", count: Self.longest) + "乙"])
    }

    @Test func aDocListStartNearInt32MaxIsClamped() throws {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        // One simple list (LSTF, 28 bytes) of one level: start Int32.max, lowerLetter (nfc 4),
        // nothing after the label, no property groups, text "%1." (0x00 stands for level 1).
        var lstf = le32(7) + [UInt8](repeating: 0, count: 24)
        lstf[26] = 0x01
        var lvl = le32(UInt32(Int32.max)) + [4] + [UInt8](repeating: 0, count: 23)
        lvl[15] = 2
        let lists = le16(1) + lstf + lvl + le16(2) + le16(0) + le16(0x2E)
        // One list format override (LFO, 16 bytes) of list 7 restarting nothing, then its data,
        // and a second whose level override starts at Int32.min.
        let overrides = le32(2) + le32(7) + [UInt8](repeating: 0, count: 12) + le32(7) + [UInt8](repeating: 0, count: 8) + [1, 0, 0, 0]
            + le32(0) + le32(0) + le32(UInt32(bitPattern: Int32.min)) + [0x10, 0, 0, 0]
        let table = lists + overrides
        var numbering = DocListTables.numbering(table: table, lists: 0..<lists.count, overrides: lists.count..<table.count)
        #expect(numbering.label(numID: "1", level: 0) == String(repeating: "g", count: Self.longest))
        #expect(numbering.label(numID: "2", level: 0) == "0.")
    }
}
