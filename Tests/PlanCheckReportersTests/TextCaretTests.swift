import Testing
@testable import PlanCheckCore
@testable import PlanCheckReporters

/// Carets as a terminal that draws East Asian Ambiguous characters narrow (tmux, GNOME Terminal,
/// macOS Terminal, Windows Terminal, VS Code) shows them: under the matched words.
@Suite struct TextCaretTests {
    let narrow = DisplayWidth(ambiguousIsWide: false)

    /// The source line and caret line printed under the finding.
    func excerptLines(_ output: String) -> (line: String, caret: String) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let caretIndex = lines.firstIndex { $0.contains("^") }!
        return (lines[caretIndex - 1], lines[caretIndex])
    }

    func render(_ lineText: String, match: String, options: ReporterOptions = ReporterOptions()) -> String {
        let before = lineText.components(separatedBy: match)[0].unicodeScalars.count
        let length = match.unicodeScalars.count
        let span = SourceSpan(
            start: SourcePosition(line: 1, column: before + 1), end: SourcePosition(line: 1, column: before + length + 1),
            utf16Range: 0..<1
        )
        let finding = Finding(ruleID: "r", severity: .error, message: "m", span: span, match: match, lineText: lineText)
        return TextReporter(options: options).render(Results(documents: [DocumentResult(path: "a.txt", findings: [finding])]))
    }

    /// Where the caret starts, in the cells a narrow terminal draws, and where the match starts.
    func columns(_ output: String, match: String, width: DisplayWidth) -> (caret: Int, match: Int) {
        let (line, caret) = excerptLines(output)
        let caretColumn = width.width(of: caret.prefix { $0 != "^" })
        let matchColumn = width.width(of: line.components(separatedBy: match)[0])
        return (caretColumn, matchColumn)
    }

    @Test func caretAfterChineseQuotesSitsUnderTheMatchInANarrowTerminal() {
        let output = render("开展“健康清河”行动，落实20xx年计划", match: "20xx年")
        let (caret, match) = columns(output, match: "20xx年", width: narrow)
        #expect(caret == match)
    }

    @Test func caretAfterTheEllipsisOfAShortenedLineIsNotShifted() {
        let long = String(repeating: "推进健康城关建设，", count: 12) + "—“健康清河”·…落实20xx年计划" + String(repeating: "，完善制度", count: 12)
        let output = render(long, match: "20xx年")
        #expect(excerptLines(output).line.contains("…"))
        let (caret, match) = columns(output, match: "20xx年", width: narrow)
        #expect(caret == match)
    }

    @Test func ambiguousWidthTwoCountsQuotesAsTwoCells() {
        let wide = DisplayWidth(ambiguousIsWide: true)
        let output = render("开展“健康清河”行动，落实20xx年计划", match: "20xx年", options: ReporterOptions(displayWidth: wide))
        let (caret, match) = columns(output, match: "20xx年", width: wide)
        #expect(caret == match)
        #expect(columns(output, match: "20xx年", width: narrow).caret != columns(output, match: "20xx年", width: narrow).match)
    }
}
