import Foundation
import Testing
import PlanCheckTestSupport

/// Which format `check` writes, and what the formats that mark pass and fail mark, from the
/// outside (issue 19 items 9 and 13).
@Suite struct ReportFormatCommandLineTests {
    static let examples = SharedCorpus.packageRoot.appendingPathComponent("examples")

    /// Item 9: `-o report.json` without `--format` writes JSON, not text; so for each extension.
    @Test(arguments: [("report.json", "{"), ("report.sarif", "{"), ("report.xml", "<?xml"), ("report.csv", "\u{FEFF}文档,"), ("report.txt", "examples/")])
    func theOutputExtensionPicksTheFormat(name: String, start: String) throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let report = temporary.url.appendingPathComponent(name)
        let run = try PlanCheckBinary.run(["check", "examples", "--no-config", "--fail-on", "none", "--color", "never", "-o", report.path],
                                          in: SharedCorpus.packageRoot)
        #expect(run.status == 0, "\(run.standardError)")
        // Decoded by hand: Foundation's decoding drops the CSV's byte order mark.
        let written = String(decoding: try Data(contentsOf: report), as: UTF8.self)
        #expect(written.hasPrefix(start), "\(name): \(written.prefix(80))")
        if name == "report.sarif" { #expect(written.contains("\"version\": \"2.1.0\"")) }
        if name == "report.json" { #expect(written.contains("\"documents\"") && !written.contains("\"$schema\"")) }
    }

    /// Item 9: a format the extension contradicts is refused before anything is written.
    @Test func aFormatTheExtensionContradictsIsRefused() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let report = temporary.url.appendingPathComponent("report.xml")
        let run = try PlanCheckBinary.run(["check", Self.examples.path, "--no-config", "--format", "json", "-o", report.path])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--format json does not suit '\(report.path)', which names a junit report: end the file in .json, or give --format junit"),
                "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: report.path))
        // A format whose files may have that extension too is fine: SARIF is JSON.
        let sarif = temporary.url.appendingPathComponent("report.json")
        #expect(try PlanCheckBinary.run(["check", Self.examples.path, "--no-config", "--format", "sarif", "--fail-on", "none", "-o", sarif.path]).status == 0)
        #expect(try String(contentsOf: sarif, encoding: .utf8).contains("\"2.1.0\""))
    }

    /// Item 13: JUnit fails a test case on what `--fail-on` fails the run on.
    @Test func junitFollowsFailOn() throws {
        func junit(_ failOn: String) throws -> String {
            try PlanCheckBinary.run(["check", Self.examples.path, "--no-config", "--format", "junit", "--fail-on", failOn]).standardOutput
        }
        let errors = try junit("error")
        #expect(errors.contains("<failure") && !errors.contains("type=\"warning\""))
        #expect(errors.contains("<system-out>"))
        let warnings = try junit("warning")
        #expect(warnings.contains("type=\"warning\""))
        let none = try junit("none")
        #expect(!none.contains("<failure") && none.contains("failures=\"0\""))
    }

    /// Item 11: one run, two reports; the second's file and format are checked like -o's.
    @Test func alsoOutputWritesASecondReportOfTheSameRun() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let sarif = temporary.url.appendingPathComponent("out.sarif")
        let run = try PlanCheckBinary.run(["check", Self.examples.path, "--no-config", "--format", "json", "--also-output", "sarif=\(sarif.path)"])
        #expect(run.status == 1)
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let errors = (json["summary"] as? [String: Any])?["errors"] as? Int
        let log = try #require(JSONSerialization.jsonObject(with: try Data(contentsOf: sarif)) as? [String: Any])
        let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.filter { $0["level"] as? String == "error" }.count == errors)
        for (value, message) in [("sarif=out.xml", "a sarif report does not suit 'out.xml', which names a junit report"),
                                 ("html=out.html", "no format 'html'"), ("sarif", "give FORMAT=FILE"), ("json=-", "--also-output writes a file")] {
            let refused = try PlanCheckBinary.run(["check", Self.examples.path, "--no-config", "--also-output", value], in: temporary.url)
            #expect(refused.status == 2 && refused.standardError.contains(message), "\(value): \(refused.standardError)")
        }
    }
}
