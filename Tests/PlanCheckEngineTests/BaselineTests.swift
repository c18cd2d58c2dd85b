import Foundation
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

@Suite struct BaselineTests {
    // A plan of a known year: stale terms are judged against it (a 20xx plan's are not).
    let plan = """
    XX镇卫生院2025年工作计划
    一、加强院感防控，落实感控督查。
    二、按照县卫计委要求开展工作。
    """

    private func results(_ text: String) throws -> Results {
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        return Results(documents: engine.check(Document(path: "plans/镇卫生院.md", text: text)))
    }

    @Test func baselineStillMatchesAfterLinesAreInsertedAbove() throws {
        let before = try results(plan)
        let baseline = Baseline(recording: before)
        #expect(!baseline.entries.isEmpty)
        let edited = plan.replacingOccurrences(of: "一、加强院感防控", with: "（新增说明一段。）\n新增说明二段。\n一、加强院感防控")
        let after = baseline.filter(try results(edited))
        #expect(after.documents.flatMap(\.findings).isEmpty)
        #expect(after.suppressedByBaseline == before.documents.flatMap(\.findings).count)
    }

    @Test func newFindingsAndCopiedLinesAreStillReported() throws {
        let baseline = Baseline(recording: try results(plan))
        let edited = plan + "\n三、按照县卫计委要求开展工作。\n四、落实xx家卫生院改造。"
        let remaining = baseline.filter(try results(edited)).documents.flatMap(\.findings)
        // Line 三 differs from line 二 only by its marker, but that makes it a new line: reported.
        #expect(remaining.compactMap(\.match).sorted() == ["xx家", "卫计委"])
        // An identical copy of line 二 is a second occurrence the baseline has only one of:
        // reported, with the repeated heading number.
        let copied = plan + "\n二、按照县卫计委要求开展工作。"
        let again = baseline.filter(try results(copied)).documents.flatMap(\.findings)
        #expect(again.map { "\($0.ruleID) \($0.match ?? "")" } == ["structure.numbering 二、", "currency.stale-term 卫计委"])
    }

    @Test func roundTripsThroughItsFileDeterministically() throws {
        let baseline = Baseline(recording: try results(plan))
        let json = baseline.json()
        #expect(json == Baseline(recording: try results(plan)).json())
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.url
        let file = folder.appendingPathComponent("baseline.json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        #expect(try Baseline.load(fileAt: file) == baseline)
        try "{\"not\": \"a baseline\"}".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: RuleLoadError.self) { try Baseline.load(fileAt: file) }
    }
}
