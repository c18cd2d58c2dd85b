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

    /// Issue 19 item 8: a .docx paragraph is one line; rewording the rest of it leaves the
    /// finding's entry matching, while an edit next to the match makes it new.
    @Test func anEditElsewhereInALongParagraphDoesNotReviveItsFindings() throws {
        let paragraph = "二、按照县卫计委要求，" + String(repeating: "扎实推进基本公共卫生服务项目，", count: 20) + "全面完成年度目标任务。"
        let text = "XX镇卫生院2025年工作计划\n一、加强院感防控，落实感控督查。\n" + paragraph
        let before = try results(text)
        let baseline = Baseline(recording: before)
        #expect(baseline.version == 2)
        let far = text.replacingOccurrences(of: "全面完成年度目标任务", with: "确保全面完成县卫健局下达的年度目标任务")
        let after = baseline.filter(try results(far))
        #expect(after.documents.flatMap(\.findings).isEmpty, "\(after.documents.flatMap(\.findings).map(\.message))")
        let near = text.replacingOccurrences(of: "按照县卫计委要求", with: "按照市卫计委要求")
        #expect(baseline.filter(try results(near)).documents.flatMap(\.findings).compactMap(\.match) == ["卫计委"])
    }

    /// Issue 19 item 8: entries name documents from the baseline file's folder, so the same
    /// findings match from a subfolder and with absolute paths.
    @Test func documentsAreNamedFromTheBaselineFolder() throws {
        let root = URL(fileURLWithPath: "/srv/repo")
        func results(path: String) throws -> Results {
            let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
            return Results(documents: engine.check(Document(path: path, text: plan)))
        }
        let baseline = Baseline(recording: try results(path: "plans/镇卫生院.md"), folder: root, workingDirectory: root)
        #expect(baseline.entries.allSatisfy { $0.document == "plans/镇卫生院.md" })
        let count = baseline.entries.count
        for (path, workingDirectory) in [("镇卫生院.md", "/srv/repo/plans"), ("./plans/镇卫生院.md", "/srv/repo"),
                                         ("/srv/repo/plans/镇卫生院.md", "/tmp"), ("../plans/./镇卫生院.md", "/srv/repo/other")] {
            let filtered = baseline.filter(try results(path: path), folder: root, workingDirectory: URL(fileURLWithPath: workingDirectory))
            #expect(filtered.suppressedByBaseline == count, "\(path) from \(workingDirectory)")
        }
        #expect(BaselineKeying.relativePath(of: URL(fileURLWithPath: "/srv/other/a.md"), from: root) == "../other/a.md")
    }

    /// Version 1 files (paths as given, whole lines) are still read, and matched as written.
    @Test func versionOneFilesAreStillRead() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let file = temporary.url.appendingPathComponent("baseline.json")
        let stale = try #require(try results(plan).documents.flatMap(\.findings).first { $0.ruleID == "currency.stale-term" })
        let entry: [String: Any] = ["context": "二、按照县卫计委要求开展工作。", "document": "plans/镇卫生院.md", "match": "卫计委",
                                    "message": stale.message, "rule": "currency.stale-term"]
        func write(version: Int) throws {
            let object: [String: Any] = ["findings": [entry], "tool": "plancheck", "version": version]
            try JSONSerialization.data(withJSONObject: object).write(to: file)
        }
        try write(version: 1)
        let baseline = try Baseline.load(fileAt: file)
        #expect(baseline.version == 1)
        #expect(baseline.filter(try results(plan), folder: temporary.url).suppressedByBaseline == 1)
        try write(version: 7)
        let error = try #require(throws: RuleLoadError.self) { try Baseline.load(fileAt: file) }
        #expect(error.reason.contains("baseline version 7 is not supported (this plancheck reads 1 and 2)"))
    }
}
