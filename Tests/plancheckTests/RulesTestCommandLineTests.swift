import Foundation
import Testing
import PlanCheckTestSupport

/// Issue 19 item 14: `plancheck rules test` as a rule author meets it.
@Suite struct RulesTestCommandLineTests {
    static let rule = "id: local.c\nkind: forbid\nseverity: error\npatterns: [测试]\nmessage: m\n"

    @Test func eachFailingExampleIsReportedOnce() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try temporary.write(Data((Self.rule + "examples:\n  pass: ['测试一下', '无关']\n  fail: ['没有↓东西', '↓测试', '再↓测试↓']\n").utf8), to: "rules/c.yml")
        let run = try PlanCheckBinary.run(["rules", "test", "rules"], in: temporary.url)
        #expect(run.status == 1)
        let reports = run.standardOutput.split(separator: "\n").filter { $0.hasPrefix("rules/c.yml: local.c: ") }
        // The pass example that matches, the fail example without a match, and the one whose
        // second marker is wrong: once each, whether or not behind the prefix line.
        #expect(reports.count == 3, "\(run.standardOutput)")
        #expect(reports.filter { $0.contains("pass example gave 1 finding(s)") }.count == 1)
        #expect(reports.filter { $0.contains("fail example gave no finding") }.count == 1)
        #expect(reports.filter { $0.contains("no finding starts at the ↓ marker at 1:4") }.count == 1)
        #expect(run.standardOutput.contains("1 rules, 5 examples: 3 failed") || run.standardOutput.contains("5 examples: 3 failed"))
    }

    @Test func aFolderWithoutRulesIsAnError() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try FileManager.default.createDirectory(at: temporary.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try temporary.write(Data("notes\n".utf8), to: "notes/README.md")
        let run = try PlanCheckBinary.run(["rules", "test", "empty", "notes"], in: temporary.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("no rules in empty"), "\(run.standardError)")
        #expect(run.standardError.contains("no rules in notes"), "\(run.standardError)")
    }

    @Test func aRuleWithoutExamplesIsWarnedAbout() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try temporary.write(Data(Self.rule.utf8), to: "rules/c.yml")
        let run = try PlanCheckBinary.run(["rules", "test", "rules"], in: temporary.url)
        #expect(run.status == 0)
        #expect(run.standardError.contains("warning: rules/c.yml: local.c has no examples"), "\(run.standardError)")
        // The bundled rules all carry examples: no warning.
        let bundled = try PlanCheckBinary.run(["rules", "test"], in: temporary.url)
        #expect(bundled.status == 0 && !bundled.standardError.contains("has no examples"), "\(bundled.standardError)")
    }

    @Test func aRegexThatDoesNotCompileSaysWhy() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try temporary.write(Data("id: local.a\nkind: forbid\nseverity: error\npatterns: [{regex: '(未闭合'}]\nmessage: m\n".utf8), to: "rules/a.yml")
        let run = try PlanCheckBinary.run(["rules", "test", "rules"], in: temporary.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("regex '(未闭合' does not compile: unbalanced parentheses"), "\(run.standardError)")
    }
}
