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

@Suite struct ReportersGitHubTests {
    let output = GitHubReporter().render(ReporterFixtures.results)

    @Test func golden() throws {
        try Golden.expect(output, matches: "report.github.txt")
    }

    @Test func oneCommandPerFindingThenTheSummary() {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 9 && lines.last == "")
        #expect(lines[7] == "plancheck: 4 documents, 3 errors, 3 warnings, 1 info")
        #expect(lines[0] == "::error file=plans/2025年工作计划.txt,title=health.two-cancers::计划未部署两癌筛查工作%0Ahint: 在工作计划中写明农村妇女宫颈癌、乳腺癌筛查任务。")
        // endColumn is inclusive for GitHub: 20xx年 is columns 12…16.
        #expect(lines[1].hasPrefix("::error file=plans/2025年工作计划.txt,line=3,col=12,endLine=3,endColumn=16,title=hygiene.placeholder::未填写的模板占位符「20xx年」%0Ahint: "))
        #expect(lines[2] == "::warning file=plans/2025年工作计划.txt,line=4,col=7,endLine=4,endColumn=9,title=stale.agency-name::「卫计委」已于2018年改为卫生健康委员会（建议改为「卫健委」）")
        // `%` in data is escaped.
        #expect(lines[3].contains("::百分比缺少数值「达到%25」%0Ahint: 补上数值，如「达到95%25」。"))
        #expect(lines[4].hasPrefix("::notice file=plans/2025年工作计划.txt,line=6,col=5,"))
        #expect(lines[5].hasPrefix("::warning file=plans/合集.txt,line=7,") && lines[5].contains("规划（合集第2篇）%0Ahint: "))
        #expect(lines[6] == "::error file=plans/损坏.docx,title=plancheck.unreadable::无法读取文件：不是有效的 .docx（ZIP 结构损坏）")
    }

    @Test func escaping() {
        #expect(GitHubReporter.escapeData("100%\r\n:,") == "100%25%0D%0A:,")
        #expect(GitHubReporter.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test func documentTextCannotInjectACommand() {
        let finding = Finding(ruleID: "r", severity: .info, message: "x\n::error file=evil::owned\r\n::add-mask::y")
        let output = GitHubReporter().render(Results(documents: [DocumentResult(path: "a,b:c.txt", findings: [finding])]))
        let lines = output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "::notice file=a%2Cb%3Ac.txt,title=r::x%0A::error file=evil::owned%0D%0A::add-mask::y")
    }

    /// The runner's log is shown in a terminal emulator: ESC, BEL and the other controls from a file
    /// name, a rule or a document are percent-encoded like CR and LF, in every field.
    @Test func controlCharactersAreEscapedInEveryField() {
        let finding = Finding(ruleID: "r\u{1B}]0;t\u{07}", severity: .error, message: "m\u{1B}[2J\u{9B}", hint: "h\u{07}\t")
        let output = GitHubReporter().render(Results(documents: [DocumentResult(path: "a\u{1B}[31m.txt", findings: [finding])]))
        #expect(!output.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" }, "\(output)")
        #expect(output.hasPrefix("::error file=a%1B[31m.txt,title=r%1B]0;t%07::m%1B[2J%C2%9B%0Ahint: h%07%09\n"))
    }

    @Test func multiLineSpanGivesLinesOnly() {
        let document = Document(path: "a.txt", text: "一、开展爱国卫生月活动。\n一、开展爱国卫生月活动。\n")
        // Through the line break that ends line 2: the span ends at 3:1, the annotation on line 2.
        let finding = Finding(ruleID: "duplicate.paragraph", severity: .warning, message: "段落重复",
                              span: document.span(of: 0..<document.utf16.count))
        let output = GitHubReporter().render(Results(documents: [DocumentResult(path: "a.txt", findings: [finding])]))
        #expect(output.hasPrefix("::warning file=a.txt,line=1,endLine=2,title=duplicate.paragraph::段落重复\n"))
        #expect(ReportFormat(identifier: "github")?.makeReporter() is GitHubReporter)
    }
}
