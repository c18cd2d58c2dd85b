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

@Suite struct SuppressionTests {
    private func check(_ text: String) throws -> (findings: [Finding], silenced: Int) {
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let result = engine.check(Document(path: "plan.md", text: text))
        return (result.flatMap(\.findings).filter { $0.span != nil }, result.reduce(0) { $0 + $1.silencedCount })
    }

    @Test func blockLineAndNextLineDirectives() throws {
        let text = """
        2025年镇卫生院工作计划
        <!-- plancheck-disable hygiene.placeholder -->
        一、落实xx家卫生院改造。
        <!-- plancheck-enable hygiene.placeholder -->
        二、完成x个村卫生室建设。
        <!-- plancheck-disable-next-line currency.stale-term -->
        三、按照县卫计委要求开展工作，完成xx个项目。
        四、配合卫计委督查。 <!-- plancheck-disable-line -->
        """
        let (findings, silenced) = try check(text)
        #expect(findings.map { "\($0.span!.start.line) \($0.ruleID) \($0.match!)" } == [
            "5 hygiene.placeholder x个",
            "7 hygiene.placeholder xx个",
        ])
        #expect(silenced == 3)
    }

    @Test func unclosedDisableRunsToTheEndAndOtherRulesStillReport() throws {
        let text = "2025年工作计划\n<!-- plancheck-disable hygiene.placeholder -->\n一、落实xx家改造，配合卫计委。\n二、完成x个。"
        let (findings, silenced) = try check(text)
        #expect(findings.map(\.ruleID) == ["currency.stale-term"])
        #expect(silenced == 2)
    }
}
