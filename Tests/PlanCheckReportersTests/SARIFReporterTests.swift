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

@Suite struct ReportersSARIFTests {
    let output = SARIFReporter().render(ReporterFixtures.results)

    @Test func golden() throws {
        try Golden.expect(output, matches: "report.sarif")
    }

    private func run() throws -> [String: Any] {
        let root = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(root["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(root["version"] as? String == "2.1.0")
        let runs = try #require(root["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return runs[0]
    }

    @Test func driverListsTheRulesWithTheirHelp() throws {
        let run = try run()
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "plancheck")
        #expect(driver["version"] as? String == "0.1.0")
        #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        // The fixture's descriptors in order, then the tool's own rule made up from its finding.
        #expect(rules.map { $0["id"] as? String } == ReporterFixtures.ruleDescriptors.map(\.id) + ["plancheck.unreadable"])
        for rule in rules {
            for key in ["shortDescription", "fullDescription", "help"] {
                let text = (rule[key] as? [String: Any])?["text"] as? String
                #expect(text?.isEmpty == false, "\(rule["id"] ?? "") has no \(key)")
            }
        }
        let infection = rules[0]
        #expect(infection["name"] as? String == "HealthInfectionControl")
        #expect((infection["shortDescription"] as? [String: Any])?["text"] as? String == "医院感染防控（院感）")
        #expect((infection["fullDescription"] as? [String: Any])?["text"] as? String
            == "在工作计划中写明院感防控措施，如预检分诊、感控督查、院感监测。\n依据：《医院感染管理办法》（卫生部令第48号）")
        #expect((infection["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        // Neither hint nor reference: the title stands in, GitHub needs some description.
        let fullwidth = try #require(rules.first { $0["id"] as? String == "style.fullwidth-digits" })
        #expect((fullwidth["fullDescription"] as? [String: Any])?["text"] as? String == "全角数字")
        #expect((fullwidth["defaultConfiguration"] as? [String: Any])?["level"] as? String == "note")
    }

    @Test func resultsPointAtTheMatchAndTheirRule() throws {
        let run = try run()
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 7)
        for result in results {
            // Every result names its rule by id and by index, and has a line GitHub can show.
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let region = try #require(Self.region(of: result))
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints[SARIFReporter.fingerprintKey]?.count == 18)
        }
        #expect(results.map { $0["level"] as? String } == ["error", "error", "warning", "warning", "note", "warning", "error"])

        let placeholder = results[1]
        #expect(placeholder["ruleId"] as? String == "hygiene.placeholder")
        #expect((placeholder["message"] as? [String: Any])?["text"] as? String == "未填写的模板占位符「20xx年」")
        #expect(Self.uri(of: placeholder) == "plans/2025%E5%B9%B4%E5%B7%A5%E4%BD%9C%E8%AE%A1%E5%88%92.txt")
        let region = try #require(Self.region(of: placeholder))
        #expect(region["startLine"] as? Int == 3 && region["startColumn"] as? Int == 12)
        #expect(region["endLine"] as? Int == 3 && region["endColumn"] as? Int == 17)
        #expect((region["snippet"] as? [String: Any])?["text"] as? String == "20xx年")

        // Document-level: line 1, no columns, no snippet.
        let missing = results[0]
        #expect(missing["ruleId"] as? String == "health.two-cancers")
        #expect(try #require(Self.region(of: missing)).keys.sorted() == ["startLine"])

        let stale = results[2]
        #expect((stale["message"] as? [String: Any])?["text"] as? String == "「卫计委」已于2018年改为卫生健康委员会（建议改为「卫健委」）")
        #expect((stale["properties"] as? [String: Any])?["replacement"] as? String == "卫健委")

        let piece = results[5]
        #expect((piece["message"] as? [String: Any])?["text"] as? String == "2024年的计划引用已结束的「十三五」规划（合集第2篇）")
        #expect((piece["properties"] as? [String: Any])?["piece"] as? Int == 2)
        #expect((piece["properties"] as? [String: Any])?["document"] as? String == "plans/合集.txt#2")
        #expect(Self.uri(of: piece) == "plans/%E5%90%88%E9%9B%86.txt")

        let unreadable = results[6]
        #expect(unreadable["ruleId"] as? String == "plancheck.unreadable")
        #expect(Self.uri(of: unreadable) == "plans/%E6%8D%9F%E5%9D%8F.docx")
    }

    @Test func fingerprintsIgnoreTheLineNumber() throws {
        func fingerprints(_ text: String, line: Int) -> [String] {
            let document = Document(path: "a.txt", text: text)
            let finding = ReporterFixtures.finding(
                in: document, line: line, match: "20xx年", rule: "hygiene.placeholder", severity: .error, message: "m", hint: nil
            )
            let result = DocumentResult(path: "a.txt", kind: .plan, findings: [finding, finding])
            return FindingFingerprint.numbered(result.findings, in: result)
        }
        let before = fingerprints("一、总体要求\n落实20xx年计划", line: 2)
        let after = fingerprints("城关镇卫生院工作计划\n\n一、总体要求\n  落实20xx年计划", line: 4)
        #expect(before == after)
        #expect(before[0].hasSuffix(":1") && before[1].hasSuffix(":2") && before[0].dropLast() == before[1].dropLast())
        // Other matched text on the same line is another finding.
        #expect(fingerprints("落实20xx年计划", line: 1) != fingerprints("落实20xx年工作计划", line: 1))
    }

    @Test func uriReferencesArePercentEncoded() {
        #expect(SARIFReporter.uriReference(forPath: "plans/计划 1.txt") == "plans/%E8%AE%A1%E5%88%92%201.txt")
        #expect(SARIFReporter.uriReference(forPath: "./a/b#c?d%e.txt") == "a/b%23c%3Fd%25e.txt")
        #expect(SARIFReporter.uriReference(forPath: "/srv/plans/计划.txt") == "file:///srv/plans/%E8%AE%A1%E5%88%92.txt")
        #expect(SARIFReporter.uriReference(forPath: "../shared/a-b_c~d.txt") == "../shared/a-b_c~d.txt")
        #expect(SARIFReporter.uriReference(forPath: "a:b.txt") == "a%3Ab.txt")
    }

    @Test func findingsOfUnknownRulesStillHaveADescriptor() throws {
        let results = Results(documents: [
            DocumentResult(path: "a.txt", kind: .plan, findings: [
                Finding(ruleID: "x.rule", severity: .info, message: "m", hint: "提示"),
                Finding(ruleID: "x.rule", severity: .warning, message: "n"),
            ]),
        ])
        let descriptors = SARIFReporter.descriptors(for: results)
        #expect(descriptors.map(\.id) == ["x.rule"])
        #expect(descriptors[0].severity == .warning && descriptors[0].hint == "提示")
    }

    /// Issue 19 item 5: a substitute rule's message names the replacement already; the SARIF
    /// message says it once.
    @Test func aSuggestionTheMessageNamesIsNotRepeated() throws {
        let document = Document(path: "a.txt", text: "按照县卫计委要求开展工作。")
        let finding = ReporterFixtures.finding(in: document, line: 1, match: "卫计委", rule: "currency.stale-term", severity: .warning,
                                               message: "「卫计委」已过时（2018年机构改革），2025年的材料应为「卫健委」", hint: nil, replacement: "卫健委")
        let sarif = SARIFReporter().render(Results(documents: [DocumentResult(path: "a.txt", kind: .plan, findings: [finding])]))
        let root = try #require(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let result = try #require(((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        #expect((result["message"] as? [String: Any])?["text"] as? String == "「卫计委」已过时（2018年机构改革），2025年的材料应为「卫健委」")
    }

    /// Issue 19 item 11: a .docx line is a paragraph; its findings name it as a logical location.
    static var paragraphResults: Results {
        let document = Document(path: "plans/计划.docx", text: "城关镇卫生院2025年工作计划\n一、总体要求\n按照县卫计委要求开展工作。")
        let finding = ReporterFixtures.finding(in: document, line: 3, match: "卫计委", rule: "currency.stale-term", severity: .warning,
                                               message: "m", hint: nil, replacement: "卫健委")
        let text = DocumentResult(path: "plans/计划.txt", kind: .plan, findings: [finding])
        return Results(documents: [DocumentResult(path: "plans/计划.docx", kind: .plan, findings: [finding, Finding(ruleID: "r", severity: .error, message: "缺")]), text])
    }

    @Test func paragraphsOfADocxAreLogicalLocations() throws {
        let root = try #require(JSONSerialization.jsonObject(with: Data(SARIFReporter().render(Self.paragraphResults).utf8)) as? [String: Any])
        let results = try #require((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let locations = results.map { ($0["locations"] as? [[String: Any]])?.first?["logicalLocations"] as? [[String: Any]] }
        // The .docx finding with a position; not the document-level one, nor the .txt one.
        #expect(locations.map { $0 != nil } == [false, true, false])
        let paragraph = try #require(locations[1]?.first)
        #expect(paragraph["name"] as? String == "第3段")
        #expect(paragraph["fullyQualifiedName"] as? String == "plans/计划.docx 第3段")
        #expect(paragraph["kind"] as? String == "element")
    }

    @Test func bytesAreStable() {
        #expect(output == SARIFReporter().render(ReporterFixtures.results))
        #expect(ReportFormat(identifier: "sarif")?.makeReporter() is SARIFReporter)
        #expect(!output.contains("\\u"))
    }

    private static func physicalLocation(of result: [String: Any]) -> [String: Any]? {
        ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
    }

    private static func region(of result: [String: Any]) -> [String: Any]? {
        physicalLocation(of: result)?["region"] as? [String: Any]
    }

    private static func uri(of result: [String: Any]) -> String? {
        (physicalLocation(of: result)?["artifactLocation"] as? [String: Any])?["uri"] as? String
    }
}

/// The golden SARIF against the official schema (and GitHub's extra requirements), through the
/// same script CI runs over the seed corpus. Skipped without python3 + jsonschema or without the
/// shared schema, so `swift test` never needs the network.
@Suite struct ReportersSARIFSchemaTests {
    // Three levels up from Tests/PlanCheckReportersTests/this file; it was four, one above the
    // repository, so these tests never found the schema and were always skipped.
    static let repositoryRoot = SharedCorpus.packageRoot
    static let schema = repositoryRoot.appendingPathComponent("../shared/schemas/sarif-schema-2.1.0.json").standardizedFileURL

    static var canValidate: Bool {
        FileManager.default.fileExists(atPath: schema.path) && run(["python3", "-c", "import jsonschema"]).status == 0
    }

    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (-1, "\(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func validate(_ sarif: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plancheck-\(UUID().uuidString).sarif")
        try Data(sarif.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = repositoryRoot.appendingPathComponent("scripts/validate-sarif.sh").path
        return run(["bash", script, file.path])
    }

    @Test(.enabled(if: canValidate, "needs python3 with jsonschema and ../shared/schemas"))
    func goldenValidatesAgainstTheSchema() throws {
        // The bytes `ReportersSARIFTests.golden` pins to Golden/report.sarif, rendered here rather
        // than read, so this test does not race a golden update running beside it.
        let result = try Self.validate(SARIFReporter().render(ReporterFixtures.results))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: canValidate, "needs python3 with jsonschema and ../shared/schemas"))
    func paragraphLogicalLocationsValidate() throws {
        let result = try Self.validate(SARIFReporter().render(ReportersSARIFTests.paragraphResults))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: canValidate, "needs python3 with jsonschema and ../shared/schemas"))
    func emptyRunValidatesToo() throws {
        let result = try Self.validate(SARIFReporter().render(Results(documents: [])))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: canValidate, "needs python3 with jsonschema and ../shared/schemas"))
    func brokenSARIFIsRejected() throws {
        let broken = SARIFReporter().render(ReporterFixtures.results)
            .replacingOccurrences(of: "\"level\": \"note\"", with: "\"level\": \"info\"")
        let result = try Self.validate(broken)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("'info' is not one of"))
    }
}
