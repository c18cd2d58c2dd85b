import Testing
@testable import PlanCheckReporters

/// Issue 19 item 9: which format a report file's name asks for, and which it refuses.
@Suite struct ReportFormatFileNameTests {
    @Test func theExtensionNamesTheFormat() {
        let named = ["r.json": "json", "out/R.SARIF": "sarif", "r.xml": "junit", "r.csv": "csv", "r.txt": "text", "r.log": "text"]
        for (name, identifier) in named {
            #expect(ReportFormat(fileName: name)?.identifier == identifier, "\(name)")
        }
        for name in ["/dev/null", "report", ".hidden", "a.b/report", "r.html"] {
            #expect(ReportFormat(fileName: name) == nil, "\(name)")
        }
    }

    @Test func aFormatSuitsItsOwnExtensionsAndUnclaimedOnes() {
        func format(_ identifier: String) -> ReportFormat { ReportFormat(identifier: identifier)! }
        #expect(format("sarif").suits(fileName: "r.json") && format("codeclimate").suits(fileName: "gl-code-quality-report.json"))
        #expect(format("rdjson").suits(fileName: "r.json") && format("github").suits(fileName: "annotations.log"))
        #expect(!format("json").suits(fileName: "r.xml") && !format("json").suits(fileName: "r.txt") && !format("text").suits(fileName: "r.sarif"))
        #expect(format("junit").suits(fileName: "/dev/stdout") && format("csv").suits(fileName: "findings.out"))
    }
}
