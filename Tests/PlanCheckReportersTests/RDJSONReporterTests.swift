import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckReporters
import PlanCheckTestSupport

/// Issue 19 item 15: the Reviewdog Diagnostic Format, as `reviewdog -f=rdjson` reads it.
@Suite struct ReportersRDJSONTests {
    let output = RDJSONReporter().render(ReporterFixtures.results)

    @Test func golden() throws {
        try Golden.expect(output, matches: "report.rdjson.json")
    }

    @Test func diagnosticsHaveTheRequiredFields() throws {
        let root = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect((root["source"] as? [String: Any])?["name"] as? String == "plancheck")
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == ReporterFixtures.results.documents.flatMap(\.findings).count)
        for diagnostic in diagnostics {
            #expect((diagnostic["message"] as? String)?.isEmpty == false)
            #expect(["ERROR", "WARNING", "INFO"].contains(diagnostic["severity"] as? String ?? ""))
            #expect(((diagnostic["location"] as? [String: Any])?["path"] as? String)?.hasPrefix("plans/") == true)
            #expect(((diagnostic["code"] as? [String: Any])?["value"] as? String)?.isEmpty == false)
        }
        // Columns are UTF-8 bytes: 「20xx年」 starts at character 12 of `…卫生院20xx年…`, byte 34.
        let placeholder = try #require(diagnostics.first { ($0["code"] as? [String: Any])?["value"] as? String == "hygiene.placeholder" })
        let range = try #require((placeholder["location"] as? [String: Any])?["range"] as? [String: [String: Int]])
        let line = try #require(ReporterFixtures.planText.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).first)
        let matchStart = try #require(line.range(of: "20xx年"))
        #expect(range["start"] == ["line": 3, "column": line[..<matchStart.lowerBound].utf8.count + 1])
        #expect(range["end"] == ["line": 3, "column": line[..<matchStart.upperBound].utf8.count + 1])
        // A substitute finding suggests its replacement over the match.
        let stale = try #require(diagnostics.first { ($0["code"] as? [String: Any])?["value"] as? String == "stale.agency-name" })
        let suggestion = try #require((stale["suggestions"] as? [[String: Any]])?.first)
        #expect(suggestion["text"] as? String == "卫健委")
        // A document-level finding has a path and no range.
        let missing = try #require(diagnostics.first { ($0["code"] as? [String: Any])?["value"] as? String == "health.two-cancers" })
        #expect((missing["location"] as? [String: Any])?["range"] == nil)
        #expect(ReportFormat(identifier: "rdjson")?.makeReporter() is RDJSONReporter)
    }

    @Test func aWindowOfALongLineGivesNoColumns() {
        let finding = Finding(ruleID: "r", severity: .error, message: "m",
                              span: SourceSpan(start: SourcePosition(line: 2, column: 900), end: SourcePosition(line: 2, column: 903), utf16Range: 0..<3),
                              match: "abc", lineText: "…abc…", lineTextColumn: 650)
        #expect(RDJSONReporter.byteColumn(900, in: finding) == nil)
        #expect(RDJSONReporter.range(of: finding)?.serialized.contains("column") == false)
    }
}
