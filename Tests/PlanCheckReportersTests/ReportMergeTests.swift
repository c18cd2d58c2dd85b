import Foundation
import Testing
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckRules
import PlanCheckEngine
import PlanCheckReporters
import PlanCheckTestSupport

/// `plancheck merge`: the shards' reports joined are the single run's report, byte for byte
/// (issue 16).
@Suite struct ReportMergeTests {
    static let engine = Result { try Engine(rules: RuleLoader.standard.defaultRules()) }

    /// The report of all `files`, and the reports of their `n` shards, in `format`.
    static func reports(_ files: [DiscoveredFile], shards count: Int, format: ShardReport.Format) throws -> (whole: String, shards: [ShardReport]) {
        let engine = try engine.get()
        let render = { (results: Results) in format == .json ? JSONReporter().render(results) : SARIFReporter().render(results) }
        let whole = render(engine.check(files: files, jobs: 2))
        let shards = try (1...count).map { index in
            let text = render(engine.check(files: try Shard(index: index, count: count).files(of: files), jobs: 2))
            return try ShardReport(file: "shard-\(index).\(format.rawValue)", bytes: Array(text.utf8))
        }
        return (whole, shards)
    }

    @Test(arguments: ShardReport.Format.allCases)
    func fourShardsOfTheExamplesMergeIntoTheSingleRun(format: ShardReport.Format) throws {
        let files = try Discovery.files(in: ["examples"], relativeTo: SharedCorpus.packageRoot)
        let (whole, shards) = try Self.reports(files, shards: 4, format: format)
        let merged = try ReportMerge.merge(shards)
        #expect(merged.format == format)
        #expect(merged.text == whole)
        // In any order the reports are given.
        #expect(try ReportMerge.merge(shards.reversed()).text == whole)
    }

    @Test(arguments: ShardReport.Format.allCases)
    func fourShardsOfThirtyPlansMergeIntoTheSingleRun(format: ShardReport.Format) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ShardedFolderFixture.write(in: folder)
        let files = try Discovery.files(in: ["plans"], relativeTo: folder.url)
        let (whole, shards) = try Self.reports(files, shards: 4, format: format)
        #expect(whole.contains("#2"), "the compilation's pieces are in the report")
        #expect(try ReportMerge.merge(shards).text == whole)
        #expect(try ReportMerge.merge([shards[2], shards[0], shards[3], shards[1]]).text == whole)
        // One shard is its own single run.
        let (alone, one) = try Self.reports(files, shards: 1, format: format)
        #expect(try ReportMerge.merge(one).text == alone)
    }

    @Test func theSummaryIsTheSumOfTheShards() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ShardedFolderFixture.write(in: folder)
        let files = try Discovery.files(in: ["plans"], relativeTo: folder.url)
        let (whole, shards) = try Self.reports(files, shards: 3, format: .json)
        let summary = try JSONParser.parse(Array(whole.utf8))["summary"]
        #expect(summary?["documents"]?.intValue == 31, "30 files, one of them two pieces")
        #expect((summary?["errors"]?.intValue ?? 0) > 0)
        let documents = shards.map { $0.value["summary"]?["documents"]?.intValue ?? 0 }
        #expect(documents.reduce(0, +) == 31 && !documents.contains(0))
    }

    /// Findings of a rule that is not in the rule list get a descriptor made up in SARIF: the
    /// merge makes the one the single run makes (first finding's, most severe level), and points
    /// every `ruleIndex` at the merged list.
    @Test func madeUpSARIFRulesAreGatheredFromEveryShard() throws {
        let rules = [RuleDescriptor(id: "a.rule", title: "A", kind: "forbid", severity: .error)]
        let document = { (path: String, severity: Severity, hint: String) in
            DocumentResult(path: path, findings: [Finding(ruleID: "x.custom", severity: severity, message: "m \(path)", hint: hint),
                                                  Finding(ruleID: "a.rule", severity: .error, message: "a")])
        }
        let first = document("a.txt", .info, "first hint")
        let second = document("b.txt", .warning, "second hint")
        let third = DocumentResult(path: "c.txt", findings: [Finding(ruleID: "w.custom", severity: .error, message: "w")])
        let whole = SARIFReporter().render(Results(documents: [first, second, third], rules: rules))
        let shardA = SARIFReporter().render(Results(documents: [second, third], rules: rules))
        let shardB = SARIFReporter().render(Results(documents: [first], rules: rules))
        let merged = try ReportMerge.merge([ShardReport(file: "a.sarif", bytes: Array(shardA.utf8)), ShardReport(file: "b.sarif", bytes: Array(shardB.utf8))])
        #expect(merged.text == whole)
        // The single run describes x.custom by a.txt's finding (shard B's), at shard A's level.
        let driverRules = try JSONParser.parse(Array(merged.text.utf8))["runs"]?.arrayValue?.first?["tool"]?["driver"]?["rules"]?.arrayValue ?? []
        #expect(driverRules.map { $0["id"]?.stringValue } == ["a.rule", "w.custom", "x.custom"])
        #expect(driverRules.last?["fullDescription"]?["text"]?.stringValue == "first hint")
        #expect(driverRules.last?["defaultConfiguration"]?["level"]?.stringValue == "warning")
    }

    // MARK: Refused

    static func examplesShards(_ format: ShardReport.Format) throws -> [ShardReport] {
        try Self.reports(Discovery.files(in: ["examples"], relativeTo: SharedCorpus.packageRoot), shards: 2, format: format).shards
    }

    static func message(_ merge: () throws -> Any) -> String? {
        do {
            _ = try merge()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func reportsOfTwoFormatsAreRefused() throws {
        let json = try Self.examplesShards(.json)
        let sarif = try Self.examplesShards(.sarif)
        #expect(Self.message { try ReportMerge.merge([json[0], sarif[1]]) }
                == "shard-2.sarif is a SARIF report and shard-1.json a JSON report: merge reports of one format")
        #expect(Self.message { try ReportMerge.merge(json, format: .sarif) }
                == "shard-1.json is a JSON report, not SARIF: merge writes the format of the reports it reads")
    }

    @Test func reportsOfTwoVersionsAreRefused() throws {
        let current = try Self.examplesShards(.json)
        let older = JSONReporter().render(Results(toolVersion: "0.0.9", documents: []))
        #expect(Self.message { try ReportMerge.merge([current[0], ShardReport(file: "old.json", bytes: Array(older.utf8))]) }
                == "old.json was written by plancheck 0.0.9, shard-1.json by plancheck \(PlanCheck.version): merge the reports of one plancheck version")
    }

    @Test func reportsOfOtherRulesAreRefused() throws {
        let files = try Discovery.files(in: ["examples"], relativeTo: SharedCorpus.packageRoot)
        let all = try RuleLoader.standard.defaultRules()
        let fewer = try Engine(rules: all.filter { $0.id != "health.infection-control" })
        let shard = try Shard(index: 2, count: 2).files(of: files)
        let sarif = try Self.examplesShards(.sarif)
        let otherSARIF = SARIFReporter().render(fewer.check(files: shard, jobs: 1))
        #expect(Self.message { try ReportMerge.merge([sarif[0], ShardReport(file: "other.sarif", bytes: Array(otherSARIF.utf8))]) }
                == "other.sarif was made with other rules than shard-1.sarif (its list of rules differs): merge the shards of one run, with one configuration")
        let json = try Self.examplesShards(.json)
        let otherJSON = JSONReporter().render(fewer.check(files: shard, jobs: 1))
        #expect(Self.message { try ReportMerge.merge([json[0], ShardReport(file: "other.json", bytes: Array(otherJSON.utf8))]) }
                == "other.json was made with other rules than shard-1.json (its documents are held to other required elements): merge the shards of one run, with one configuration")
    }

    @Test(arguments: ShardReport.Format.allCases)
    func aDocumentInTwoReportsIsRefused(format: ShardReport.Format) throws {
        let files = try Discovery.files(in: ["examples"], relativeTo: SharedCorpus.packageRoot)
        let (_, halves) = try Self.reports(files, shards: 1, format: format)
        let again = try ShardReport(file: "again.\(format.rawValue)", bytes: Array(halves[0].value.serialized.utf8))
        #expect(Self.message { try ReportMerge.merge([halves[0], again]) }
                == "again.\(format.rawValue) and shard-1.\(format.rawValue) both hold examples/城关镇卫生院2025年工作计划.docx: give each shard's report once, of shards i/n of one n")
    }

    @Test(arguments: [
        ("{\"documents\": [1.5]}", "x.json: not a plancheck JSON or SARIF report (not JSON at 1:17: a number with a fraction or exponent, which no plancheck report holds)"),
        ("[1, 2]", "x.json: not a plancheck JSON or SARIF report (neither documents nor runs)"),
        ("{\"documents\": []}", "x.json: not a plancheck JSON or SARIF report (no tool name and version)"),
        ("{\"$schema\": \"s\", \"runs\": []}", "x.json: not a plancheck JSON or SARIF report (0 runs, where plancheck writes one)"),
    ])
    func aFileThatIsNoReportIsNamed(text: String, message: String) {
        #expect(Self.message { try ShardReport(file: "x.json", bytes: Array(text.utf8)) } == message)
    }
}
