import Foundation
import Testing
import PlanCheckTestSupport

/// `check --shard i/n` and `merge` through the binary, as a CI matrix runs them (issue 16).
@Suite struct ShardMergeCommandLineTests {
    /// Checks `plans` in `folder` whole and in four shards; returns the single run's report, the
    /// merged report and each shard's exit status and report.
    static func shardAndMerge(_ folder: TemporaryFolder, format: String, extra: [String] = []) throws
        -> (whole: Data, merged: Data, shards: [(status: Int32, report: Data)]) {
        let base = ["check", "plans", "--no-config", "--format", format] + extra
        let whole = try PlanCheckBinary.run(base + ["--fail-on", "none", "-o", "whole.\(format)"], in: folder.url)
        #expect(whole.status == 0, "\(whole.standardError)")
        var shards: [(status: Int32, report: Data)] = []
        for index in 1...4 {
            let run = try PlanCheckBinary.run(base + ["--shard", "\(index)/4", "-o", "shard-\(index).\(format)"], in: folder.url)
            #expect(run.status == 0 || run.status == 1, "\(run.standardError)")
            shards.append((run.status, try Data(contentsOf: folder.url.appendingPathComponent("shard-\(index).\(format)"))))
        }
        let merge = try PlanCheckBinary.run(["merge"] + (1...4).map { "shard-\($0).\(format)" } + ["-o", "merged.\(format)"], in: folder.url)
        #expect(merge.status == 0, "\(merge.standardError)")
        return (try Data(contentsOf: folder.url.appendingPathComponent("whole.\(format)")),
                try Data(contentsOf: folder.url.appendingPathComponent("merged.\(format)")), shards)
    }

    @Test(arguments: ["json", "sarif"])
    func fourShardsMergeIntoTheSingleRunsReport(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ShardedFolderFixture.write(in: folder)
        let (whole, merged, shards) = try Self.shardAndMerge(folder, format: format)
        #expect(merged == whole)
        // Each shard fails exactly when its own report has an error.
        for (index, shard) in shards.enumerated() {
            let hasError = String(decoding: shard.report, as: UTF8.self).contains(format == "json" ? "\"severity\": \"error\"" : "\"level\": \"error\",\n")
            #expect(shard.status == (hasError ? 1 : 0), "shard \(index + 1)")
        }
        // Without -o the merged report goes to standard output.
        let stdout = try PlanCheckBinary.run(["merge"] + (1...4).map { "shard-\($0).\(format)" }, in: folder.url)
        #expect(Data(stdout.standardOutput.utf8) == whole)
    }

    /// The examples' clean plan is alone in shard 1 of 4, the two with errors in shard 4: a shard
    /// fails on its own findings, and an empty shard passes with an empty report.
    @Test func aShardsExitCodeIsItsOwnFindings() throws {
        var statuses: [Int32] = []
        for index in 1...4 {
            let run = try PlanCheckBinary.run(["check", "examples", "--no-config", "--format", "json", "--shard", "\(index)/4"], in: SharedCorpus.packageRoot)
            statuses.append(run.status)
            if index == 2 { #expect(run.standardOutput.contains("\"documents\": [],") && run.standardOutput.contains("\"documents\": 0,")) }
        }
        #expect(statuses == [0, 0, 0, 1])
        let warnings = try PlanCheckBinary.run(["check", "examples", "--no-config", "--shard", "1/4", "--fail-on", "info"], in: SharedCorpus.packageRoot)
        #expect(warnings.status == 0, "the clean plan has no finding at all")
    }

    /// A baseline recorded for some documents leaves out the same findings in every shard, and
    /// the merged summary counts them as the single run does.
    @Test func shardsWithABaselineMergeIntoTheSingleRunsReport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ShardedFolderFixture.write(in: folder)
        let recorded = try PlanCheckBinary.run(["baseline", "plans/乡镇", "--no-config", "-o", "baseline.json"], in: folder.url)
        #expect(recorded.status == 0, "\(recorded.standardError)")
        let (whole, merged, _) = try Self.shardAndMerge(folder, format: "json", extra: ["--baseline", "baseline.json"])
        #expect(merged == whole)
        #expect(!String(decoding: whole, as: UTF8.self).contains("\"baseline\": 0"), "the baseline left findings out")
    }

    @Test func aBadShardIsAUsageError() throws {
        let bad = try PlanCheckBinary.run(["check", "examples", "--no-config", "--shard", "5/4"], in: SharedCorpus.packageRoot)
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("shard 5/4: i must be from 1 to 4 (the shards are 1/4 … 4/4)"), "\(bad.standardError)")
        let chinese = try PlanCheckBinary.run(["check", "examples", "--no-config", "--shard", "1/4/2", "--lang", "zh"], in: SharedCorpus.packageRoot)
        #expect(chinese.standardError.contains("'1/4/2' 不是分片：请写成 i/n（共 n 片中的第 i 片），如 1/4"), "\(chinese.standardError)")
        let stdin = try PlanCheckBinary.run(["check", "-", "--no-config", "--shard", "1/2"], in: SharedCorpus.packageRoot)
        #expect(stdin.status == 2)
        #expect(stdin.standardError.contains("standard input (-) cannot be sharded"), "\(stdin.standardError)")
    }

    @Test func mergeNamesTheReportItRefuses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let examples = SharedCorpus.packageRoot.appendingPathComponent("examples").path
        for (name, format) in [("a.json", "json"), ("b.sarif", "sarif")] {
            let run = try PlanCheckBinary.run(["check", examples, "--no-config", "--fail-on", "none", "--format", format, "-o", name], in: folder.url)
            #expect(run.status == 0, "\(run.standardError)")
        }
        let mixed = try PlanCheckBinary.run(["merge", "a.json", "b.sarif"], in: folder.url)
        #expect(mixed.status == 2)
        #expect(mixed.standardError == "plancheck: error: b.sarif is a SARIF report and a.json a JSON report: merge reports of one format\n")
        let chinese = try PlanCheckBinary.run(["merge", "a.json", "b.sarif"], in: folder.url, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.standardError == "plancheck：错误：b.sarif 是 SARIF 报告，a.json 是 JSON 报告：只能合并同一格式的报告\n")
        let twice = try PlanCheckBinary.run(["merge", "a.json", "a.json", "-o", "out.json"], in: folder.url)
        #expect(twice.status == 2)
        #expect(twice.standardError.contains("a.json and a.json both hold"), "\(twice.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out.json").path), "nothing is written")
        let misnamed = try PlanCheckBinary.run(["merge", "a.json", "-o", "merged.sarif"], in: folder.url)
        #expect(misnamed.status == 2)
        #expect(misnamed.standardError == "plancheck: error: 'merged.sarif' does not suit the merged json report: end the file in .json\n")
        let missing = try PlanCheckBinary.run(["merge", "missing.json"], in: folder.url)
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("missing.json"), "\(missing.standardError)")
        let none = try PlanCheckBinary.run(["merge"], in: folder.url)
        #expect(none.status == 2)
    }
}
