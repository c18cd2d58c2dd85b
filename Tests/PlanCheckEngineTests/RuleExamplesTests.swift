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

/// Every bundled rule's own examples: pass examples give no finding of the rule, fail examples
/// give one starting at each ↓ marker, also behind a Chinese prefix line.
@Suite struct RuleExamplesTests {
    @Test func everyBundledRuleBehavesAsItsExamplesSay() throws {
        let rules = try RuleLoader.standard.defaultRules()
        let failures = try RuleExampleRunner.failures(of: rules)
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyBundledRuleHasPassAndFailExamples() throws {
        for rule in try RuleLoader.standard.defaultRules() {
            #expect(!rule.examples.pass.isEmpty, "\(rule.id) has no pass example")
            #expect(!rule.examples.fail.isEmpty, "\(rule.id) has no fail example")
        }
    }

    @Test func runnerCatchesAWrongMarkerAndAMissedFailure() throws {
        let rule = Rule(id: "t.placeholder", title: "t", kind: ForbidCheck(patterns: [.literal("20xx年")]),
                        severity: .error, message: "m",
                        examples: RuleExamples(pass: ["落实20xx年任务。"], fail: ["落实↓2025年任务。", "↓计划20xx年"]))
        let failures = try RuleExampleRunner.failures(of: [rule])
        let problems = failures.map(\.problem)
        #expect(problems.contains { $0.hasPrefix("pass example gave 1 finding") })
        #expect(problems.contains("fail example gave no finding"))
        // The marker before 计划 is two characters before where 20xx年 starts.
        #expect(problems.contains { $0.hasPrefix("no finding starts at the ↓ marker at 1:1;") })
        // Each misbehaving example once (issue 19 item 14): the run behind the prefix line
        // repeats the plain run's problem, so it is not reported again.
        #expect(failures.count == 3)
        #expect(!problems.contains { $0.contains("behind a prefix line") })
    }

    @Test func markersAreCountedInCharacters() {
        let (text, markers) = RuleExampleRunner.stripMarkers("一、工作计划\n（一）落实↓20xx年任务")
        #expect(text == "一、工作计划\n（一）落实20xx年任务")
        #expect(markers == [SourcePosition(line: 2, column: 6)])
    }
}
