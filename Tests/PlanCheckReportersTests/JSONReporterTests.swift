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

@Suite struct ReportersJSONTests {
    let output = JSONReporter().render(ReporterFixtures.results)

    @Test func golden() throws {
        try Golden.expect(output, matches: "report.json")
    }

    @Test func parsesBackWithTheAgreedShape() throws {
        let root = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let tool = try #require(root["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "plancheck")
        #expect(tool["version"] as? String == "0.1.0")
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary.compactMapValues { $0 as? Int } == ["documents": 4, "errors": 3, "warnings": 3, "infos": 1])
        #expect(summary["suppressed"] as? [String: Int] == ["baseline": 0, "comments": 0])

        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.count == 4)
        let documentKeys: Set = ["path", "piece", "title", "kind", "year", "elements", "findings"]
        let findingKeys: Set = ["rule", "severity", "message", "hint", "line", "column", "endLine", "endColumn", "match"]
        for document in documents {
            #expect(documentKeys.isSubset(of: document.keys))
            for finding in try #require(document["findings"] as? [[String: Any]]) {
                #expect(findingKeys.isSubset(of: finding.keys))
            }
        }

        let plan = documents[0]
        #expect(plan["piece"] is NSNull)
        let findings = try #require(plan["findings"] as? [[String: Any]])
        // Report order: the document-level finding first, then by position.
        #expect(findings.map { $0["rule"] as? String } == [
            "health.two-cancers", "hygiene.placeholder", "stale.agency-name", "hygiene.missing-number", "style.fullwidth-digits",
        ])
        #expect(findings[0]["line"] is NSNull && findings[0]["match"] is NSNull)
        #expect(findings[1]["line"] as? Int == 3 && findings[1]["column"] as? Int == 12)
        #expect(findings[1]["endLine"] as? Int == 3 && findings[1]["endColumn"] as? Int == 17)
        #expect(findings[1]["match"] as? String == "20xx年")
        #expect(findings[2]["hint"] is NSNull)

        let elements = try #require(plan["elements"] as? [[String: Any]])
        #expect(elements.map { $0["status"] as? String } == ["met", "met", "missing"])
        let evidence = try #require(elements[0]["evidence"] as? [[String: Any]])
        #expect(evidence.first?["line"] as? Int == 3 && evidence.first?["column"] as? Int == 5)
        #expect(evidence.first?["text"] as? String == "院感防控")

        #expect(documents[2]["piece"] as? Int == 2)
        #expect(documents[3]["kind"] is NSNull && documents[3]["year"] is NSNull)
    }

    @Test func bytesAreStableAndReadable() {
        #expect(output == JSONReporter().render(ReporterFixtures.results))
        #expect(output.hasSuffix("}\n"))
        #expect(output.contains("\"message\": \"未填写的模板占位符「20xx年」\""))
        #expect(output.contains("\"path\": \"plans/合集.txt\""))
        #expect(!output.contains("\\u") && !output.contains("\\/"))
        #expect(output.contains("\n  \"documents\": [\n    {\n      \"path\""))
    }

    @Test func stringsAreEscaped() throws {
        let value = JSONValue.object([("s", .string("引号\"\\ 换行\n\t\u{01}\u{2028}/"))])
        #expect(value.serialized == "{\n  \"s\": \"引号\\\"\\\\ 换行\\n\\t\\u0001\\u2028/\"\n}\n")
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(value.serialized.utf8)) as? [String: String])
        #expect(parsed["s"] == "引号\"\\ 换行\n\t\u{01}\u{2028}/")
    }

    @Test func emptyContainers() {
        #expect(JSONValue.array([]).serialized == "[]\n")
        #expect(JSONValue.object([("a", .array([])), ("b", .object([])), ("c", .null), ("d", .bool(true))]).serialized
            == "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": null,\n  \"d\": true\n}\n")
    }

    /// The word-at-a-time escape test agrees with a byte-by-byte one on generated strings, at
    /// every alignment of the bytes that need escaping.
    @Test func escapeDetectionAgreesWithAPlainScan() {
        func plain(_ text: String) -> Bool {
            text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\"" || $0 == "\\" || $0 == "\u{2028}" || $0 == "\u{2029}" }
        }
        let pieces = ["卫生", "“院感”", "a", "…", "\"", "\\", "\n", "\u{1F}", "\u{2028}", "\u{2029}", "—", "x", "①", " "]
        var generator = SplitMix(seed: 11)
        for _ in 0..<3000 {
            let text = (0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(JSONValue.needsEscaping(text) == plain(text), "\(text.debugDescription)")
        }
    }

    @Test func integersAreWrittenInDecimal() {
        for value in [0, 7, 10, 99, 12345, -1, -120, Int.max, Int.min] {
            #expect(JSONValue.int(value).serialized == "\(value)\n")
        }
    }
}
