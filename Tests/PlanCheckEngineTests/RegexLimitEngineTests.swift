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

/// A rule author's catastrophic regex must not hang a CI job: the engine stops it and says so.
@Suite struct RegexLimitEngineTests {
    @Test func aBacktrackingRuleIsStoppedAndNamedWhileOtherRulesStillReport() throws {
        let slow = Rule(id: "local.slow", title: "慢", kind: ForbidCheck(patterns: [.regex("(a+)+$")]),
                        severity: .error, message: "m")
        let rules = [slow] + (try RuleLoader.standard.defaultRules().filter { $0.id == "hygiene.placeholder" })
        let text = "2025年工作计划\n一、落实xx家卫生院改造。\n" + String(repeating: "a", count: 48) + "b\n"
        let clock = ContinuousClock()
        var results: [DocumentResult] = []
        let elapsed = clock.measure { results = (try? Engine(rules: rules))?.check(Document(path: "t.txt", text: text)) ?? [] }
        let findings = results.flatMap(\.findings)
        #expect(findings.contains { $0.ruleID == BuiltInFinding.regexLimit && $0.message.contains("local.slow") })
        #expect(findings.contains { $0.ruleID == "hygiene.placeholder" && $0.match == "xx家" })
        // The limit is one second per rule and document; allow for a loaded machine.
        #expect(elapsed < .seconds(10))
    }
}
