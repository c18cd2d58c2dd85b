import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckReporters
import PlanCheckTestSupport

/// Issue 19 item 15: GitLab Code Quality, as GitLab's merge request widget reads it.
@Suite struct ReportersCodeClimateTests {
    let output = CodeClimateReporter().render(ReporterFixtures.results)

    @Test func golden() throws {
        try Golden.expect(output, matches: "report.codeclimate.json")
    }

    @Test func everyIssueHasTheFieldsGitLabRequires() throws {
        let issues = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let findings = ReporterFixtures.results.documents.flatMap(\.findings)
        #expect(issues.count == findings.count)
        for issue in issues {
            #expect((issue["description"] as? String)?.isEmpty == false)
            #expect((issue["check_name"] as? String)?.isEmpty == false)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = try #require(issue["location"] as? [String: Any])
            #expect((location["path"] as? String)?.hasPrefix("plans/") == true)
            #expect(((location["lines"] as? [String: Any])?["begin"] as? Int ?? 0) >= 1)
        }
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == issues.count, "fingerprints are unique")
        let placeholder = try #require(issues.first { $0["check_name"] as? String == "hygiene.placeholder" })
        #expect(placeholder["severity"] as? String == "major")
        #expect(((placeholder["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int == 3)
        let missing = try #require(issues.first { $0["check_name"] as? String == "health.two-cancers" })
        #expect(((missing["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int == 1)
        #expect(ReportFormat(identifier: "codeclimate")?.makeReporter() is CodeClimateReporter)
    }

    @Test func anEmptyRunIsAnEmptyArray() throws {
        let empty = CodeClimateReporter().render(Results(documents: [DocumentResult(path: "./a.txt", kind: .plan)]))
        #expect(try JSONSerialization.jsonObject(with: Data(empty.utf8)) as? [Any] != nil)
        #expect(CodeClimateReporter.relativePath("./plans/a.txt") == "plans/a.txt")
    }
}
