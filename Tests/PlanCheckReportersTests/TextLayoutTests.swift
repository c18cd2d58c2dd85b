import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckReporters

/// The text report fits the terminal: no line wraps back to the first column, and a long hint
/// continues under its own start.
@Suite struct TextLayoutTests {
    let narrow = DisplayWidth(ambiguousIsWide: false)
    static let hint = "写明数量、比率、频次或完成时限，如“每季度开展督查1次”“覆盖率达到90%”“6月底前完成”；确实未统计的写明“待统计”，并用 --max-findings-per-rule 调整。"

    func results() -> Results {
        let line = String(repeating: "推进“健康清河”建设，", count: 10) + "落实20xx年计划" + String(repeating: "，完善制度", count: 10)
        let before = line.components(separatedBy: "20xx年")[0].unicodeScalars.count
        let span = SourceSpan(start: SourcePosition(line: 12, column: before + 1), end: SourcePosition(line: 12, column: before + 6), utf16Range: 0..<1)
        return Results(documents: [DocumentResult(path: "a.txt", findings: [
            Finding(ruleID: "hygiene.placeholder", severity: .error, message: "未填写的模板占位符「20xx年」", hint: Self.hint,
                    span: span, match: "20xx年", lineText: line),
        ])])
    }

    @Test(arguments: [80, 120, 60])
    func noLineIsWiderThanTheTerminal(columns: Int) {
        let output = TextReporter(colors: false, terminalWidth: columns).render(results())
        for line in output.split(separator: "\n") {
            #expect(narrow.width(of: line) <= columns, "\(line)")
        }
    }

    @Test func wrappedHintContinuesUnderItsStart() {
        let output = TextReporter(colors: false, terminalWidth: 80).render(results())
        let lines = output.split(separator: "\n").map(String.init)
        let first = try! #require(lines.firstIndex { $0.contains("hint: ") })
        let start = lines[first].range(of: "hint: ")!.upperBound
        let hintColumn = narrow.width(of: lines[first][..<start])
        let continuation = lines[first + 1]
        #expect(continuation.prefix { $0 == " " }.count == hintColumn)
        // Every word of the hint is there, in order, and the option name is not split.
        let joined = lines[first...].prefix { !$0.isEmpty && !$0.contains(" documents") && !$0.hasPrefix("1 document") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(joined.contains("--max-findings-per-rule"))
        #expect(joined.replacingOccurrences(of: "hint: ", with: "").replacingOccurrences(of: " ", with: "")
            .hasPrefix(Self.hint.replacingOccurrences(of: " ", with: "")))
    }

    @Test func wrappingNeverStartsALineWithClosingPunctuation() {
        let lines = TextWrapping.lines(String(repeating: "一二三四五六七八九，", count: 6), width: 19, displayWidth: narrow)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { !$0.hasPrefix("，") })
        #expect(lines.allSatisfy { narrow.width(of: $0) <= 19 })
        #expect(lines.joined() == String(repeating: "一二三四五六七八九，", count: 6))
    }
}
