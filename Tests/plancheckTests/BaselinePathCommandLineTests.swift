import Foundation
import Testing
import PlanCheckTestSupport

/// Issue 19 item 8 from the outside: a baseline recorded at the top of a repository matches
/// from a subfolder and with absolute paths, and entries that match nothing are counted aloud.
@Suite struct BaselinePathCommandLineTests {
    @Test func aBaselineMatchesFromAnyWorkingDirectory() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let examples = SharedCorpus.packageRoot.appendingPathComponent("examples")
        let plans = temporary.url.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        for name in ["某镇卫生院20xx年工作计划.md", "城关镇卫生院2025年工作计划.docx"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: plans.appendingPathComponent(name))
        }
        let record = try PlanCheckBinary.run(["baseline", "plans", "--no-config", "-o", ".plancheck-baseline.json"], in: temporary.url)
        #expect(record.status == 0, "\(record.standardError)")
        let file = try String(contentsOf: temporary.url.appendingPathComponent(".plancheck-baseline.json"), encoding: .utf8)
        #expect(file.contains("\"document\": \"plans/某镇卫生院20xx年工作计划.md\"") && file.contains("\"version\": 2"))
        let baseline = temporary.url.appendingPathComponent(".plancheck-baseline.json").path
        for (arguments, folder) in [(["plans"], temporary.url), (["."], plans), ([plans.path], URL(fileURLWithPath: "/")),
                                    (["../plans"], temporary.url.appendingPathComponent("plans"))] {
            let run = try PlanCheckBinary.run(["check"] + arguments + ["--no-config", "--baseline", baseline, "--fail-on", "info", "--color", "never"], in: folder)
            #expect(run.status == 0, "\(arguments) in \(folder.path): \(run.standardOutput)")
            #expect(!run.standardError.contains("baseline entries matched"), "\(run.standardError)")
        }
        // One of the two documents: the other's entries match nothing, and the run says so.
        let one = try PlanCheckBinary.run(["check", "某镇卫生院20xx年工作计划.md", "--no-config", "--baseline", "../.plancheck-baseline.json", "--fail-on", "info"], in: plans)
        #expect(one.status == 0, "\(one.standardOutput)")
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(file.utf8)) as? [String: Any])?["findings"] as? [[String: Any]])
        let matched = entries.filter { ($0["document"] as? String) == "plans/某镇卫生院20xx年工作计划.md" }.count
        #expect(one.standardError.contains("plancheck: \(matched) of \(entries.count) baseline entries matched"), "\(one.standardError)")
    }
}
