import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters

/// Issue 19, item 5: what findings say fits what they are about.
@Suite struct FindingTextTests {
    private func findings(_ text: String, path: String = "plan.txt") throws -> [DocumentResult] {
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        return engine.check(Document(path: path, text: text))
    }

    @Test func fiveYearPeriodHintNamesTheMatchedPeriod() throws {
        let results = try findings("2024年卫生健康工作计划\n一、今年是全面完成“十二五”规划的收官之年。")
        let finding = try #require(results.flatMap(\.findings).first { $0.ruleID == "currency.five-year-period" })
        let hint = try #require(finding.hint)
        #expect(!hint.contains("{match}"), "\(hint)")
        #expect(hint.contains("“十二五时期”"), "\(hint)")
    }

    @Test func everyBundledHintIsFilledInWhereItHasPlaceholders() throws {
        for rule in try RuleLoader.standard.defaultRules() {
            guard let template = rule.hintTemplate else { continue }
            let filled = template.filled(match: "x", expected: "y", year: 2024, period: "2016–2020年")
            #expect(!filled.contains("{match}") && !filled.contains("{expected}") && !filled.contains("{period}"), "\(rule.id)")
        }
    }

    @Test func summaryWithAPlanPartIsNotToldItsPlanIsMissingSomething() throws {
        let text = """
        清河县卫生健康局2024年工作总结
        一、2024年工作情况
        （一）开展爱国卫生月活动。
        二、下一步工作打算
        （一）推进家庭医生签约服务。
        """
        let result = try #require(try findings(text).first)
        #expect(result.kind == .summaryPlan)
        let missing = result.findings.filter { $0.ruleID == "health.infection-control" }
        #expect(missing.count == 1)
        #expect(missing.first?.message == "总结中的工作计划部分未部署医院感染防控（院感）工作")
        #expect(!result.findings.contains { $0.message.hasPrefix("计划未部署") })
    }

    @Test func aPlanIsStillToldItsPlanIsMissingSomething() throws {
        let result = try #require(try findings("清河县卫生健康局2025年工作计划\n一、推进家庭医生签约服务。").first)
        #expect(result.findings.contains { $0.message.hasPrefix("计划未部署") })
    }

    @Test func paragraphFormatsSayParagraphInTheTextReport() {
        let span = SourceSpan(start: SourcePosition(line: 8, column: 4), end: SourcePosition(line: 8, column: 6), utf16Range: 0..<2)
        let finding = Finding(ruleID: "r", severity: .error, message: "m", span: span, match: "xx", lineText: "一、落实xx家")
        for (path, language, expected) in [("a.docx", ReportLanguage.zh, "第8段"), ("a.docx", .en, "paragraph 8"),
                                           ("a.odt", .zh, "第8段"), ("a.txt", .zh, "8:4"), ("a.md", .en, "8:4")] {
            let output = TextReporter(colors: false, language: language).render(Results(documents: [DocumentResult(path: path, findings: [finding])]))
            #expect(output.contains("  \(expected)  "), "\(path) \(language): \(output)")
        }
    }
}
