import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckReporters
import PlanCheckTestSupport

/// Issue 19 item 11: what `--format github` says beyond the annotations GitHub shows.
@Suite struct GitHubStepSummaryTests {
    @Test func theFooterCountsTheAnnotationsGitHubDrops() {
        func summary(errors: Int, warnings: Int, infos: Int) -> Summary {
            let findings = [(errors, Severity.error), (warnings, .warning), (infos, .info)].flatMap { count, severity in
                (0..<count).map { _ in Finding(ruleID: "r", severity: severity, message: "m") }
            }
            return Summary(documents: [DocumentResult(path: "a.txt", kind: .plan, findings: findings)])
        }
        #expect(GitHubReporter.droppedNote(summary(errors: 10, warnings: 10, infos: 10)) == "")
        #expect(GitHubReporter.droppedNote(summary(errors: 62, warnings: 11, infos: 3))
            == "plancheck: GitHub shows at most 10 error, 10 warning and 10 notice annotations a step: 53 findings (52 errors, 1 warning) will not be annotated; they are listed in this log\n")
        #expect(GitHubReporter().footer(summary(errors: 0, warnings: 0, infos: 12)).hasSuffix("2 findings (2 notices) will not be annotated; they are listed in this log\n"))
    }

    @Test func theStepSummaryIsATableOfEveryFinding() {
        var summary = GitHubStepSummary()
        for document in ReporterFixtures.results.documents { summary.add(document) }
        let markdown = summary.markdown(suppressedByBaseline: 2)
        #expect(markdown.hasPrefix("### plancheck\n\n| documents | errors | warnings | infos | in baseline |\n| ---: | ---: | ---: | ---: | ---: |\n| 4 | 3 | 3 | 1 | 2 |\n"))
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| plans/") }
        #expect(rows.count == ReporterFixtures.results.documents.flatMap(\.findings).count)
        #expect(rows.contains("| plans/2025年工作计划.txt | 3:12 | error | hygiene.placeholder | 未填写的模板占位符「20xx年」 |"))
        #expect(rows.contains { $0.hasPrefix("| plans/合集.txt#2 | ") })
        #expect(GitHubStepSummary().markdown().hasSuffix("No findings.\n"))
    }

    @Test func cellsCannotBreakTheTableOrInjectMarkup() {
        #expect(GitHubStepSummary.cell("a|b\n<script>*x*</script>&") == "a\\|b &lt;script&gt;\\*x\\*&lt;/script&gt;&amp;")
        var summary = GitHubStepSummary()
        summary.add(DocumentResult(path: "x|y.docx", kind: .plan, findings: [
            Finding(ruleID: "r", severity: .warning, message: "m", span: SourceSpan(start: SourcePosition(line: 8, column: 4), end: SourcePosition(line: 8, column: 6), utf16Range: 0..<2)),
        ]))
        #expect(summary.markdown().contains("| x\\|y.docx | 第8段 | warning | r | m |"))
    }

    @Test func aLongRunIsCutShortOfGitHubsSizeLimit() {
        var summary = GitHubStepSummary()
        let findings = (0..<(GitHubStepSummary.maximumRows + 5)).map { Finding(ruleID: "r", severity: .info, message: "m\($0)") }
        summary.add(DocumentResult(path: "a.txt", kind: .plan, findings: findings))
        let markdown = summary.markdown()
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("| a.txt |") }.count == GitHubStepSummary.maximumRows)
        #expect(markdown.contains("5 more findings are not listed here"))
        #expect(markdown.utf8.count < 1 << 20)
    }
}
