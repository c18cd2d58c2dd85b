import Foundation
import Testing
import PlanCheckTestSupport

/// The CI workflow end to end: a folder with its own .plancheck.yml, a baseline, init.
@Suite struct ConfigCommandLineTests {
    /// The caller removes it.
    private func folderWithPlans() throws -> TemporaryFolder {
        let temporary = try TemporaryFolder()
        let folder = temporary.url
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        let examples = SharedCorpus.packageRoot.appendingPathComponent("examples")
        for name in ["某镇卫生院20xx年工作计划.md", "清河县卫生健康局2025年工作计划.txt"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: plans.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: examples.appendingPathComponent("某镇卫生院20xx年工作计划.md"),
                                         to: plans.appendingPathComponent("drafts/草稿.md"))
        return temporary
    }

    private func jsonSummary(_ run: PlanCheckBinary.Run) throws -> [String: Any] {
        let root = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        return try #require(root["summary"] as? [String: Any])
    }

    @Test func configFoundFromTheWorkingDirectoryIgnoresPathsAndOverridesSeverity() throws {
        let temporary = try folderWithPlans()
        defer { temporary.remove() }
        let folder = temporary.url
        try """
        ignore: ["drafts/"]
        disable: [hygiene.web-residue]
        severity: {currency.stale-term: info}
        fail-on: warning
        """.write(to: folder.appendingPathComponent(".plancheck.yml"), atomically: true, encoding: .utf8)
        let run = try PlanCheckBinary.run(["check", "plans", "--format", "json"], in: folder)
        #expect(run.status == 1)
        let summary = try jsonSummary(run)
        #expect(summary["documents"] as? Int == 2)
        #expect(!run.standardOutput.contains("hygiene.web-residue"))
        #expect(!run.standardOutput.contains("草稿.md"))
        // The flag beats the file; --no-config ignores it.
        #expect(try PlanCheckBinary.run(["check", "plans", "--fail-on", "none"], in: folder).status == 0)
        let bare = try PlanCheckBinary.run(["check", "plans", "--format", "json", "--no-config"], in: folder)
        #expect(try jsonSummary(bare)["documents"] as? Int == 3)
    }

    @Test func badConfigIsOneLineWithPositionAndExitTwo() throws {
        let temporary = try folderWithPlans()
        defer { temporary.remove() }
        let folder = temporary.url
        try "fail-on: error\nseverity:\n  hygiene.placeholder: fatal\n".write(to: folder.appendingPathComponent(".plancheck.yml"), atomically: true, encoding: .utf8)
        let run = try PlanCheckBinary.run(["check", "plans"], in: folder)
        #expect(run.status == 2)
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(run.standardError.contains(".plancheck.yml:3:24: severity of 'hygiene.placeholder' must be one of info | warning | error"))
    }

    @Test func baselineThenCheckReportsOnlyNewFindings() throws {
        let temporary = try folderWithPlans()
        defer { temporary.remove() }
        let folder = temporary.url
        let record = try PlanCheckBinary.run(["baseline", "plans", "--output", "baseline.json"], in: folder)
        #expect(record.status == 0, "\(record.standardError)")
        let clean = try PlanCheckBinary.run(["check", "plans", "--baseline", "baseline.json", "--format", "json"], in: folder)
        #expect(clean.status == 0)
        #expect((try jsonSummary(clean)["suppressed"] as? [String: Int])?["baseline"] ?? 0 > 0)
        // A new placeholder appended to a plan, with lines inserted above the old ones.
        let plan = folder.appendingPathComponent("plans/某镇卫生院20xx年工作计划.md")
        let text = try String(contentsOf: plan, encoding: .utf8)
        try ("说明：本计划经院务会讨论通过。\n\n" + text + "\n五、完成xx个村卫生室建设。\n").write(to: plan, atomically: true, encoding: .utf8)
        let next = try PlanCheckBinary.run(["check", "plans", "--baseline", "baseline.json", "--color", "never"], in: folder)
        #expect(next.status == 1)
        #expect(next.standardOutput.contains("xx个"))
        #expect(next.standardOutput.contains("1 document") == false)
        #expect(next.standardOutput.contains("in baseline"))
    }

    @Test func initWritesAStarterThatLoadsAndRefusesToOverwrite() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.url
        #expect(try PlanCheckBinary.run(["init"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".plancheck.yml").path))
        #expect(try PlanCheckBinary.run(["init"], in: folder).status == 2)
        #expect(try PlanCheckBinary.run(["rules", "list"], in: folder).status == 0)
    }
}
