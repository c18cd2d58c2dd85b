import Foundation
import Testing
import PlanCheckTestSupport

/// `plancheck audit` as a user runs it.
@Suite struct AuditCommandTests {
    static let examples = SharedCorpus.packageRoot.appendingPathComponent("examples")

    @Test func writesEachFormatByExtensionAndExitsZeroDespiteErrors() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.url
        for (name, marker) in [("audit.html", "<!DOCTYPE html>"), ("audit.md", "# 卫生健康工作计划审核报告"), ("audit.csv", "\u{FEFF}文档,篇,标题,规则")] {
            let output = folder.appendingPathComponent(name)
            let run = try PlanCheckBinary.run(["audit", Self.examples.path, "--output", output.path])
            #expect(run.status == 0, "\(name): \(run.standardError)")
            // Not a terminal: no progress line, only where the report went.
            let matrix = folder.appendingPathComponent("audit.matrix.csv")
            #expect(run.standardError == "已写入 \(output.path)" + (name == "audit.csv" ? "、\(matrix.path)" : "") + "\n")
            #expect(run.standardOutput.isEmpty)
            // Decoded by hand: Foundation's UTF-8 reading would drop the CSV's byte order mark.
            let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
            #expect(text.hasPrefix(marker), "\(name)")
            // The clean sample has no findings, so it is a row of the matrix, not of the CSV's findings.
            #expect(text.contains("清河县卫生健康局2025年工作计划.txt") == (name != "audit.csv"))
        }
        // A CSV audit is two tables: the findings, and the coverage matrix beside them.
        let matrix = String(decoding: try Data(contentsOf: folder.appendingPathComponent("audit.matrix.csv")), as: UTF8.self)
        #expect(matrix.hasPrefix("\u{FEFF}文档,篇,标题,结论,发文单位,类型,年份,"))
        #expect(matrix.contains("清河县卫生健康局2025年工作计划.txt"))
    }

    @Test func formatOptionOverridesTheExtensionAndDashIsStandardOutput() throws {
        let run = try PlanCheckBinary.run(["audit", Self.examples.path, "-o", "-", "--format", "markdown"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("# 卫生健康工作计划审核报告"))
    }

    @Test func anOfficeTemplateReplacesTheLayout() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.url
        let template = folder.appendingPathComponent("letterhead.html.mustache")
        try "<h1>某市卫生健康委员会</h1>{{#documents}}<p>{{shortName}}：{{statusLabel}}</p>{{/documents}}".write(to: template, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("audit.html")
        let run = try PlanCheckBinary.run(["audit", Self.examples.path, "-o", output.path, "--template", template.path])
        #expect(run.status == 0)
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix("<h1>某市卫生健康委员会</h1><p>"))
        #expect(text.contains("清河县卫生健康局2025年工作计划.txt：通过"))
        #expect(run.standardError == "已写入 \(output.path)\n")
    }

    @Test func badRunsExitTwoWithOneLine() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.url
        let broken = folder.appendingPathComponent("broken.mustache")
        try "{{#documents}}\n{{/cells}}\n".write(to: broken, atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["audit", Self.examples.path, "-o", folder.appendingPathComponent("audit.txt").path], "cannot tell the format"),
            (["audit", Self.examples.path, "-o", folder.appendingPathComponent("a.html").path, "--template", broken.path], "line 2"),
            (["audit", Self.examples.path, "-o", folder.appendingPathComponent("a.csv").path, "--template", broken.path], "csv is not templated"),
            (["audit", Self.examples.path, "-o", folder.appendingPathComponent("a.html").path, "--template", folder.appendingPathComponent("none").path], "cannot read template"),
            (["audit", folder.appendingPathComponent("missing").path, "-o", folder.appendingPathComponent("a.html").path], "missing"),
            (["audit", Self.examples.path], "--output"),
        ]
        for (arguments, message) in cases {
            let run = try PlanCheckBinary.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.standardError.contains(message), "\(arguments): \(run.standardError)")
            #expect(run.standardError.split(separator: "\n").count == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.html").path))
    }
}
