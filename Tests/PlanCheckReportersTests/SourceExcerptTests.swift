import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

@Suite struct ReportersSourceExcerptTests {
    let width = DisplayWidth()

    /// The caret starts exactly under `match` in the displayed line and is as wide as it.
    func expectAligned(_ excerpt: SourceExcerpt, under match: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let found = excerpt.line.range(of: match) else {
            Issue.record("「\(match)」 not shown in \(excerpt.line)", sourceLocation: sourceLocation)
            return
        }
        let lead = excerpt.caret.prefix { $0 == " " }.count
        #expect(lead == width.width(of: excerpt.line[..<found.lowerBound]), sourceLocation: sourceLocation)
        #expect(excerpt.caret.count - lead == width.width(of: match), sourceLocation: sourceLocation)
    }

    @Test func caretSitsUnderChineseText() {
        let excerpt = SourceExcerpt(lineText: "二、加强院感防控，落实20xx年计划", columns: 11..<16, maxWidth: 72, displayWidth: width)
        #expect(excerpt.line == "二、加强院感防控，落实20xx年计划")
        #expect(excerpt.caret == String(repeating: " ", count: 22) + "^~~~~~")
        expectAligned(excerpt, under: "20xx年")
    }

    @Test func wideCharacterGetsTwoColumnsOfCaret() {
        let excerpt = SourceExcerpt(lineText: "巩固“十三五”期间", columns: 3..<6, maxWidth: 72, displayWidth: width)
        #expect(excerpt.caret == "      ^~~~~~")
        let narrow = SourceExcerpt(lineText: "巩固“十三五”期间", columns: 3..<6, maxWidth: 72, displayWidth: DisplayWidth(ambiguousIsWide: false))
        #expect(narrow.caret == "     ^~~~~~")
    }

    @Test func tabsAreExpandedTheSameWayInBothLines() {
        let excerpt = SourceExcerpt(lineText: "\t（一）配合卫计委开展", columns: 6..<9, maxWidth: 72, displayWidth: width)
        #expect(excerpt.line == "    （一）配合卫计委开展")
        expectAligned(excerpt, under: "卫计委")
        let inner = SourceExcerpt(lineText: "一、\t\t卫计委", columns: 4..<7, maxWidth: 72, displayWidth: width)
        #expect(inner.line == "一、        卫计委")
        expectAligned(inner, under: "卫计委")
    }

    @Test func combiningMarksTakeNoColumnsAndControlsShowAsEscapes() {
        let excerpt = SourceExcerpt(lineText: "cafe\u{301}：达到%\r", columns: 6..<9, maxWidth: 72, displayWidth: width)
        #expect(excerpt.line == "cafe\u{301}：达到%\\x0d")
        #expect(excerpt.caret == "      ^~~~~")
        // An escape before the match is as wide as it is written, so the caret stays under the match.
        let before = SourceExcerpt(lineText: "a\u{1B}[31m\u{9B}院感", columns: 7..<9, maxWidth: 72, displayWidth: width)
        #expect(before.line == "a\\x1b[31m\\u{9b}院感")
        expectAligned(before, under: "院感")
    }

    @Test func emptyAndOutOfRangeColumnsStillGetACaret() {
        #expect(SourceExcerpt(lineText: "院感", columns: 1..<1, maxWidth: 72, displayWidth: width).caret == "  ^")
        #expect(SourceExcerpt(lineText: "院感", columns: 9..<12, maxWidth: 72, displayWidth: width).caret == "    ^")
        #expect(SourceExcerpt(lineText: "", columns: 0..<0, maxWidth: 72, displayWidth: width).caret == "^")
        #expect(SourceExcerpt(lineText: "院感", columns: 0..<Int.max, maxWidth: 72, displayWidth: width).caret == "^~~~")
    }

    static let longLine = "3、粘膜下肿瘤技术,填补罗湖_市里的临床空白。临床收治C、D型病例同比增加9%,其中区人民医院临床治愈好转率达到%。开展了优质护理服务示范工程,提高患者满意度。区中医院、区妇幼保健院医疗服务整体评估结果从C级上升到B级。"

    func columns(of match: String, in line: String) -> Range<Int> {
        let found = line.range(of: match)!
        let start = line.unicodeScalars.distance(from: line.startIndex, to: found.lowerBound)
        return start..<(start + match.unicodeScalars.count)
    }

    @Test(arguments: ["3、粘膜", "达到%", "上升到B级。", "优质护理"])
    func longLinesShowAWindowAroundTheMatch(_ match: String) {
        let excerpt = SourceExcerpt(lineText: Self.longLine, columns: columns(of: match, in: Self.longLine), maxWidth: 60, displayWidth: width)
        expectAligned(excerpt, under: match)
        #expect(width.width(of: excerpt.line) <= 60 + 2 * width.width(of: "…"))
        #expect(excerpt.line.hasPrefix("…") || excerpt.line.hasSuffix("…"))
    }

    @Test func windowKeepsContextBeforeTheMatch() {
        let excerpt = SourceExcerpt(lineText: Self.longLine, columns: columns(of: "达到%", in: Self.longLine), maxWidth: 60, displayWidth: width)
        #expect(excerpt.line == "…民医院临床治愈好转率达到%。开展了优质护理服务示范工程,提高患…")
        #expect(excerpt.caret == "                      ^~~~~")
    }

    @Test func matchLongerThanTheWindowIsUnderlinedToItsEdge() {
        let line = String(repeating: "院感防控", count: 30)
        let excerpt = SourceExcerpt(lineText: line, columns: 10..<110, maxWidth: 40, displayWidth: width)
        #expect(excerpt.line.hasPrefix("…") && excerpt.line.hasSuffix("…"))
        let lead = excerpt.caret.prefix { $0 == " " }.count
        #expect(lead + (excerpt.caret.count - lead) == width.width(of: excerpt.line.dropLast()))
    }
}
