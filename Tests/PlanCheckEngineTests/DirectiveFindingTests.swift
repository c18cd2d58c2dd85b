import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// Issue 19, item 7: a silencing directive that cannot work, or no longer does anything, is said.
@Suite struct DirectiveFindingTests {
    static let text = """
    2025年镇卫生院工作计划
    <!-- plancheck-disable-next-line currency.stale-trem -->
    一、按照县卫计委要求开展工作。
    <!-- plancheck-disable-next-line currency.stale-term -->
    二、按照县卫健委要求开展工作。
    <!-- plancheck-disable-next-line hygiene.placeholder, currency.stale-term -->
    三、完成xx个项目。
    四、配合工作。 <!-- plancheck-disable-line -->
    """

    private func findings(reportingUnused: Bool) throws -> [Finding] {
        var engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        engine.reportsUnusedDirectives = reportingUnused
        return engine.check(Document(path: "plan.md", text: Self.text)).flatMap(\.findings)
    }

    @Test func unknownRuleIDIsReportedWithTheNearestOne() throws {
        let found = try findings(reportingUnused: false)
        let unknown = found.filter { $0.ruleID == BuiltInFinding.unknownDirectiveRule }
        #expect(unknown.count == 1)
        let finding = try #require(unknown.first)
        #expect(finding.span?.start.line == 2)
        #expect(finding.match == "currency.stale-trem")
        #expect(finding.replacement == "currency.stale-term")
        #expect(finding.message.contains("是不是「currency.stale-term」"))
        // The misspelt directive silenced nothing: the stale term under it is still reported.
        #expect(found.contains { $0.ruleID == "currency.stale-term" && $0.span?.start.line == 3 })
        #expect(!found.contains { $0.ruleID == BuiltInFinding.unusedDirective })
    }

    @Test func unusedDirectivesAreReportedWhenAskedFor() throws {
        let unused = try findings(reportingUnused: true).filter { $0.ruleID == BuiltInFinding.unusedDirective }
        // Line 4 (nothing stale on line 5), line 6's currency.stale-term (its placeholder id was
        // used), line 8 (a directive for every rule on a clean line); line 2's unknown id is
        // reported as unknown only.
        #expect(unused.map { $0.span?.start.line } == [4, 6, 8])
        #expect(unused[1].match == "currency.stale-term")
        #expect(unused[1].message.contains("currency.stale-term") && !unused[1].message.contains("hygiene.placeholder"))
    }

    @Test func builtInFindingsHaveDescriptors() {
        let ids = Set(BuiltInFinding.descriptors.map(\.id))
        #expect(ids.contains(BuiltInFinding.unknownDirectiveRule))
        #expect(ids.contains(BuiltInFinding.unusedDirective))
    }

    @Test func aRuleTheConfigurationTurnedOffIsNoUnknownRule() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "disable: [currency.stale-term]\n".write(to: folder.url.appendingPathComponent(".plancheck.yml"), atomically: true, encoding: .utf8)
        try Self.text.write(to: folder.url.appendingPathComponent("plan.md"), atomically: true, encoding: .utf8)
        let run = try PlanCheckBinary.run(["check", "plan.md", "--format", "json", "--report-unused-directives"], in: folder.url)
        // currency.stale-trem is still unknown; currency.stale-term, turned off, is not.
        #expect(run.standardOutput.components(separatedBy: "plancheck.unknown-directive-rule").count - 1 == 1, "\(run.standardOutput)")
        #expect(run.standardOutput.contains("plancheck.unused-directive"))
    }
}
