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

@Suite struct ReportersDisplayWidthTests {
    let wide = DisplayWidth()
    let narrow = DisplayWidth(ambiguousIsWide: false)

    @Test func chineseIdeographsTakeTwoColumns() {
        #expect(wide.width(of: "院感防控") == 8)
        #expect(wide.width(of: "𠀀") == 2) // Extension B, outside the BMP
    }

    @Test func asciiTakesOneColumn() {
        #expect(wide.width(of: "hygiene.placeholder 20xx") == 24)
        #expect(wide.width(of: "") == 0)
    }

    @Test func chinesePunctuationAndFullWidthFormsTakeTwoColumns() {
        #expect(wide.width(of: "，。、（）：；《》「」【】") == 26)
        #expect(wide.width(of: "２０２５") == 8)
        #expect(wide.width(of: "ＡＢＣ￥") == 8)
        #expect(wide.width(of: "\u{3000}") == 2) // ideographic space
        #expect(wide.width(of: "㎡") == 2)
    }

    @Test func mixedLine() {
        #expect(wide.width(of: "二、加强院感防控，落实20xx年计划") == 2 * 11 + 4 + 2 * 3)
    }

    @Test func ambiguousPunctuationFollowsTheSetting() {
        #expect(wide.width(of: "“十三五”") == 10)
        #expect(narrow.width(of: "“十三五”") == 8)
        #expect(wide.width(of: "…①·—") == 8)
        #expect(narrow.width(of: "…①·—") == 4)
        // Full-width forms are wide either way.
        #expect(narrow.width(of: "（）") == 4)
    }

    @Test func emojiTakeTwoColumns() {
        #expect(wide.width(of: "😀") == 2)
        #expect(wide.width(of: "👍") == 2)
        #expect(wide.width(of: "✅") == 2)
        // A text-presentation symbol stays narrow; the variation selector adds nothing.
        #expect(narrow.width(of: "☺\u{FE0F}") == 1)
    }

    @Test func combiningMarksAndFormatCharactersTakeNoColumns() {
        #expect(wide.width(of: "e\u{301}") == 1)
        #expect(wide.width(of: "a\u{20DD}") == 1) // enclosing circle
        #expect(wide.width(of: "院\u{200B}感") == 4) // zero-width space
        #expect(wide.width(of: "\u{FEFF}计划") == 4) // byte order mark
        #expect(wide.width(of: "\u{1100}\u{1161}") == 2) // conjoining Hangul jamo: one syllable
    }

    @Test func controlsTakeNoColumns() {
        #expect(wide.width(of: "计划\r") == 4)
        #expect(wide.width(of: "\u{1B}") == 0)
    }

    @Test func tabsAdvanceToTheNextStop() {
        #expect(wide.width(of: "\t") == 4)
        #expect(wide.width(of: "ab\t") == 4)
        #expect(wide.width(of: "院感防\t") == 8)
        #expect(wide.width(of: "\t", startColumn: 3) == 1)
        #expect(DisplayWidth(tabWidth: 8).width(of: "一、\t") == 8)
    }

    @Test(arguments: [DisplayWidth.zeroWidth, DisplayWidth.wide, DisplayWidth.ambiguous])
    func tablesAreSortedWithoutOverlap(_ table: [ClosedRange<UInt32>]) {
        for (before, after) in zip(table, table.dropFirst()) {
            #expect(before.upperBound < after.lowerBound, "\(before) then \(after)")
        }
    }

    /// The fast path for CJK blocks gives what the general rules give: every scalar there is in
    /// the wide table and none is a mark, format or control character.
    @Test func theCJKFastPathAgreesWithTheRules() {
        for range: ClosedRange<UInt32> in [0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60] {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                let category = scalar.properties.generalCategory
                #expect(![.nonspacingMark, .enclosingMark, .format, .control, .surrogate].contains(category), "U+\(String(value, radix: 16))")
                #expect(DisplayWidth.wide.contains { $0.contains(value) }, "U+\(String(value, radix: 16))")
                #expect(wide.width(of: scalar) == 2 && narrow.width(of: scalar) == 2)
            }
        }
    }
}
