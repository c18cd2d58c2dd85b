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

@Suite struct ReportersTextTests {
    @Test func goldenWithoutColors() throws {
        try Golden.expect(TextReporter(colors: false).render(ReporterFixtures.results), matches: "text.txt")
    }

    @Test func goldenWithColors() throws {
        try Golden.expect(TextReporter(colors: true).render(ReporterFixtures.results), matches: "text-colors.txt")
    }

    @Test func noColorsMeansNoEscapes() {
        #expect(!TextReporter(colors: false).render(ReporterFixtures.results).contains("\u{1B}"))
    }

    @Test func cleanRunIsOneSummaryLine() {
        let results = Results(documents: [DocumentResult(path: "a.txt", title: "2025年工作计划", kind: .plan, year: 2025)])
        #expect(TextReporter(colors: false).render(results) == "1 document, 0 errors, 0 warnings, 0 infos\n")
        #expect(TextReporter(colors: true).render(results) == "1 document, 0 errors, 0 warnings, 0 infos\n")
    }

    @Test func summaryCountsAreSingularOrPlural() {
        let findings = [
            Finding(ruleID: "a", severity: .error, message: "x"),
            Finding(ruleID: "b", severity: .warning, message: "y"),
            Finding(ruleID: "c", severity: .info, message: "z"),
            Finding(ruleID: "d", severity: .info, message: "w"),
        ]
        let results = Results(documents: [DocumentResult(path: "a.txt", findings: findings)])
        #expect(TextReporter(colors: false).summaryLine(results.summary) == "1 document, 1 error, 1 warning, 2 infos")
        #expect(TextReporter(colors: false).summaryLine(Results(documents: []).summary) == "0 documents, 0 errors, 0 warnings, 0 infos")
    }

    @Test func findingOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        let document = Document(path: "a.txt", text: "一、开展爱国卫生月活动。\n一、开展爱国卫生月活动。")
        let range = 0..<document.utf16.count
        let finding = Finding(
            ruleID: "duplicate.paragraph", severity: .info, message: "段落重复", span: document.span(of: range),
            lineText: document.lineText(containing: 0)
        )
        let output = TextReporter(colors: false).render(Results(documents: [DocumentResult(path: "a.txt", findings: [finding])]))
        #expect(output == """
            a.txt
              1:1   info     段落重复  duplicate.paragraph
                    一、开展爱国卫生月活动。
                    ^~~~~~~~~~~~~~~~~~~~~~~~

            1 document, 0 errors, 0 warnings, 1 info

            """)
    }

    @Test func controlCharactersFromDocumentsNeverReachTheTerminal() {
        let finding = Finding(
            ruleID: "r", severity: .error, message: "坏\u{1B}[2J字符", match: "x",
            lineText: "a\u{1B}[31mx"
        )
        let output = TextReporter(colors: false).render(Results(documents: [DocumentResult(path: "a\nb.txt", findings: [finding])]))
        #expect(!output.contains("\u{1B}"))
        // Shown, as ripgrep and git show them, not dropped: the reader sees something is there.
        #expect(output.hasPrefix("a\\x0ab.txt\n"))
        #expect(output.contains("坏\\x1b[2J字符"))
    }

    @Test func controlCharactersInARulesTitleOrDocumentsTitleAreEscaped() {
        let finding = Finding(ruleID: "r", severity: .error, message: "\u{1B}]0;pwned\u{07}", hint: "\u{9B}2J")
        var document = DocumentResult(path: "a.txt", findings: [finding])
        document.title = "标题\u{1B}[2J"
        let output = TextReporter(colors: true).render(Results(documents: [document]))
        // Only the reporter's own colour sequences: ESC followed by `[` and a digit, ending in `m`.
        let escapes = output.components(separatedBy: "\u{1B}").dropFirst()
        #expect(escapes.allSatisfy { $0.range(of: #"^\[[0-9;]*m"#, options: .regularExpression) != nil }, "\(output)")
        #expect(output.contains("标题\\x1b[2J"))
        #expect(output.contains("\\x1b]0;pwned\\x07"))
        #expect(output.contains("hint: \\u{9b}2J"))
        #expect(!output.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\u{1B}" })
    }

    /// Wherever a control character sits in a long message or hint (the check reads eight bytes
    /// at a time), it is shown as its escape; printable text around it, “quotes” included, is kept.
    @Test(arguments: ["\u{1B}", "\u{7F}", "\u{85}", "\t", "\r"])
    func controlCharactersAreFoundAtEveryOffset(_ control: String) {
        let text = "卫生院“院感”工作计划abc卫生健康局2025年"
        for offset in 0...text.count {
            let message = String(text.prefix(offset)) + control + String(text.dropFirst(offset))
            let finding = Finding(ruleID: "r", severity: .error, message: message, hint: message)
            let output = TextReporter(colors: false).render(Results(documents: [DocumentResult(path: "a.txt", findings: [finding])]))
            #expect(!output.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" }, "\(offset)")
            let shown = VisibleControls.escape(for: control.unicodeScalars.first!)!
            #expect(shown.count > 0)
            #expect(output.contains(String(text.prefix(offset)) + shown + String(text.dropFirst(offset))))
        }
    }

    @Test func formatFactory() {
        #expect(ReportFormat(identifier: "text")?.makeReporter(colors: true) is TextReporter)
        #expect(ReportFormat(identifier: "json")?.makeReporter() is JSONReporter)
        #expect((ReportFormat.text.makeReporter(colors: true) as? TextReporter)?.colors == true)
    }
}
