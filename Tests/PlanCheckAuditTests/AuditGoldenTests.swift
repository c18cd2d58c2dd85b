import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// The audit's three renderers pinned byte for byte on the reporters' fixture results, with a
/// fixed run date and two documents sharing paragraphs (so the near-duplicate table is shown).
@Suite struct AuditGoldenTests {
    static var report: AuditReport {
        let results = ReporterFixtures.results
        let shared = Array(UInt64(1)...5)
        let prints = [results.documents[1].displayName: shared, results.documents[2].displayName: shared]
        return AuditReport(results: results, fingerprints: prints, run: AuditFixtures.run)
    }

    @Test(arguments: [(AuditFormat.html, "audit.html"), (.markdown, "audit.md"), (.csv, "audit.csv")])
    func rendersAsPinned(_ format: AuditFormat, _ golden: String) throws {
        try Golden.expect(try format.makeRenderer().render(Self.report), matches: golden)
    }
}
