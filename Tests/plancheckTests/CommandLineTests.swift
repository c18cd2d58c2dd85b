import Foundation
import Testing
@testable import PlanCheckDocuments
@testable import PlanCheckReporters
@testable import PlanCheckRules
@testable import PlanCheckChecks
import PlanCheckTestSupport

/// Black-box tests: the built binary over fixture folders, as a user or CI job runs it.
@Suite struct CommandLineTests {
    static let examples = SharedCorpus.packageRoot.appendingPathComponent("examples")

    @Test func checkExamplesReportsEachDocumentAndExitsOne() throws {
        let run = try PlanCheckBinary.run(["check", Self.examples.path, "--color", "never"])
        #expect(run.status == 1)
        #expect(run.standardOutput.contains("某镇卫生院20xx年工作计划.md"))
        #expect(run.standardOutput.contains("城关镇卫生院2025年工作计划.docx"))
        #expect(run.standardOutput.contains("hygiene.placeholder"))
        #expect(run.standardOutput.contains("currency.stale-term"))
        // The clean plan has no findings, so it is not listed, but it is counted.
        #expect(!run.standardOutput.contains("清河县卫生健康局2025年工作计划.txt"))
        #expect(run.standardOutput.contains("3 documents"))
        #expect(run.standardError.isEmpty)
    }

    @Test func jsonOutputCountsMatchFindings() throws {
        let run = try PlanCheckBinary.run(["check", Self.examples.path, "--format", "json"])
        let root = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(documents.count == 3)
        let findings = documents.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        #expect(summary["errors"] as? Int == findings.filter { $0["severity"] as? String == "error" }.count)
        #expect(summary["warnings"] as? Int == findings.filter { $0["severity"] as? String == "warning" }.count)
        let clean = try #require(documents.first { ($0["path"] as? String)?.hasSuffix("清河县卫生健康局2025年工作计划.txt") == true })
        let elements = try #require(clean["elements"] as? [[String: Any]])
        #expect(elements.count >= 4)
        #expect(elements.allSatisfy { $0["status"] as? String == "met" })
    }

    @Test func failOnNoneExitsZeroAndOutputGoesToTheFile() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.url
        let report = folder.appendingPathComponent("report.json")
        let run = try PlanCheckBinary.run(["check", Self.examples.path, "--format", "json", "--fail-on", "none", "--output", report.path])
        #expect(run.status == 0)
        #expect(run.standardOutput.isEmpty)
        let data = try Data(contentsOf: report)
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    }

    @Test func brokenRuleFileIsOneLineNamingFileLineAndColumn() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.url
        let rule = folder.appendingPathComponent("typo.yml")
        try "id: local.test\nkind: forbid\nseverty: error\npatterns: [测试]\nmessage: m\n".write(to: rule, atomically: true, encoding: .utf8)
        let run = try PlanCheckBinary.run(["check", Self.examples.path, "--rules", rule.path])
        #expect(run.status == 2)
        #expect(run.standardOutput.isEmpty)
        let lines = run.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(run.standardError.contains("typo.yml:3:1: unknown key 'severty' (did you mean 'severity'?)"))
    }

    @Test func everyBrokenRuleFileIsNamedOnALineOfItsOwn() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try temporary.write(Data("id: local.a\nkind: forbid\nseverity: error\npatterns: [{regex: '(未闭合'}]\nmessage: m\n".utf8), to: "rules/a.yml")
        try temporary.write(Data("id: local.b\nkind: forbid\nseverity: error\npatterns: [测试]\nmessage: m\n".utf8), to: "rules/b.yml")
        try temporary.write(Data("id: local.c\nkind: forbidd\nseverity: error\npatterns: [测试]\nmessage: m\n".utf8), to: "rules/c.yml")
        for arguments in [["check", Self.examples.path, "--rules", "rules"], ["rules", "test", "rules"]] {
            let run = try PlanCheckBinary.run(arguments, in: temporary.url)
            #expect(run.status == 2)
            #expect(run.standardOutput.isEmpty)
            let lines = run.standardError.split(separator: "\n").map(String.init)
            #expect(lines.count == 2, "\(lines)")
            #expect(lines.first?.hasPrefix("plancheck: error: rule file rules/a.yml:4:") == true, "\(lines)")
            #expect(lines.last?.hasPrefix("plancheck: error: rule file rules/c.yml:2:7: 'kind' must be one of") == true, "\(lines)")
            #expect(lines.last?.hasSuffix("not 'forbidd' (did you mean 'forbid'?)") == true, "\(lines)")
        }
    }

    @Test func unknownFlagAndMissingPathExitTwoWithOneLine() throws {
        let flag = try PlanCheckBinary.run(["check", "--no-such-flag", Self.examples.path])
        #expect(flag.status == 2)
        #expect(flag.standardError.split(separator: "\n").count == 1)
        let missing = try PlanCheckBinary.run(["check", "/no/such/plans"])
        #expect(missing.status == 2)
        #expect(missing.standardError.split(separator: "\n").count == 1)
        #expect(missing.standardError.contains("/no/such/plans"))
    }

    /// A report that cannot be written (here: a full disk) is an error naming where it was going,
    /// with exit 2 — not a crash, and not a run that looks successful.
    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full")),
          arguments: [["check", "--format", "json", "."], ["check", "."], ["inspect", "某镇卫生院20xx年工作计划.md"]])
    func aReportThatCannotBeWrittenIsAnError(_ command: [String]) throws {
        let run = try PlanCheckBinary.run(command, in: Self.examples, outputFile: "/dev/full")
        #expect(run.status == 2)
        #expect(run.standardError.contains("cannot write"))
        #expect(run.standardError.contains("standard output"))
    }

    /// Help prose is written as one line per paragraph, wrapped by the argument parser: a hard
    /// line break inside a paragraph leaves a stub line after each wrapped one, an escaped line
    /// continuation shows up as a backslash, and a lost one as a run of spaces.
    @Test(arguments: [[], ["check"], ["audit"], ["inspect"], ["baseline"], ["init"], ["rules"], ["rules", "literals"], ["rules", "test"]])
    func helpProseIsWrappedOnce(_ command: [String]) throws {
        let run = try PlanCheckBinary.run(command + ["--help"])
        let prose = run.standardOutput.components(separatedBy: "USAGE:")[0].components(separatedBy: "\n")
        #expect(!prose.isEmpty && prose.count > 1)
        for line in prose { #expect(!line.hasSuffix("\\"), "\(command): \(line)") }
        // A continuation lost in the source leaves the next line's indentation inside the prose.
        for line in prose where !line.hasPrefix(" ") { #expect(!line.contains("   "), "\(command): \(line)") }
        // A stub: a short line between a full one and more of the same paragraph.
        for index in prose.indices.dropFirst().dropLast() {
            let (line, stub, after) = (prose[index - 1], prose[index], prose[index + 1])
            let isStub = line.count > 70 && !stub.isEmpty && stub.count < 20 && !after.isEmpty && !after.hasPrefix(" ")
            #expect(!isStub, "\(command): \(line) / \(stub) / \(after)")
        }
    }

    @Test func corruptDocxIsAFindingAndTheRestAreChecked() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.url
        try Data("PK\u{3}\u{4}not really a zip".utf8).write(to: folder.appendingPathComponent("损坏.docx"))
        try FileManager.default.copyItem(at: Self.examples.appendingPathComponent("清河县卫生健康局2025年工作计划.txt"),
                                         to: folder.appendingPathComponent("plan.txt"))
        let run = try PlanCheckBinary.run(["check", folder.path, "--format", "json"])
        #expect(run.status == 1)
        let root = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        let broken = try #require(documents.first { ($0["path"] as? String)?.hasSuffix("损坏.docx") == true })
        let findings = try #require(broken["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["plancheck.unreadable"])
    }

    @Test func documentsInFormatsItCannotReadAreNamedNotLost() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try FileManager.default.copyItem(at: Self.examples.appendingPathComponent("清河县卫生健康局2025年工作计划.txt"),
                                         to: temporary.url.appendingPathComponent("plan.txt"))
        let clean = try PlanCheckBinary.run(["check", "--format", "json", "."], in: temporary.url)
        #expect(clean.standardError.isEmpty)
        for index in 1...12 {
            try temporary.write(Data("{\\rtf1 旧计划}".utf8), to: String(format: "旧/%02d年计划.rtf", index))
        }
        try temporary.write(Data("%PDF-1.4".utf8), to: "附件.pdf")

        // check: the report and the exit code are as without them; standard error names them.
        let run = try PlanCheckBinary.run(["check", "--format", "json", "."], in: temporary.url)
        #expect(run.status == clean.status)
        #expect(run.standardOutput == clean.standardOutput)
        let note = run.standardError.split(separator: "\n").map(String.init)
        #expect(note.first == "plancheck: note: 13 files not checked: plancheck cannot read .rtf or .pdf (save as .docx or .txt to check):")
        #expect(Array(note.dropFirst().prefix(2)) == ["  ./旧/01年计划.rtf", "  ./旧/02年计划.rtf"])
        #expect(note.last == "  … and 3 more")
        #expect(note.count == 12)

        // audit: every plan is a row; those it cannot read are marked 未能读取 in the matrix, and
        // each has its unreadable finding in the findings table.
        let matrix = temporary.url.appendingPathComponent("audit.matrix.csv")
        let audit = try PlanCheckBinary.run(["audit", ".", "-o", "audit.csv"], in: temporary.url)
        #expect(audit.status == 0)
        #expect(audit.standardError == "已写入 audit.csv、audit.matrix.csv\n")
        let rows = String(decoding: try Data(contentsOf: matrix), as: UTF8.self).split(whereSeparator: \.isNewline)
        #expect(rows.contains { $0.hasPrefix("./附件.pdf,,,未能读取,") })
        #expect(rows.filter { $0.hasPrefix("./旧/") && $0.contains(",,,未能读取,") }.count == 12)
        let findings = try PlanCheckBinary.run(["audit", ".", "-o", "-", "--format", "csv"], in: temporary.url)
        #expect(findings.standardError.isEmpty)
        #expect(findings.standardOutput.split(whereSeparator: \.isNewline).filter { $0.contains(",plancheck.unreadable,错误,") }.count == 13)
        try FileManager.default.removeItem(at: matrix)
        try FileManager.default.removeItem(at: temporary.url.appendingPathComponent("audit.csv"))

        // The configuration's ignore globs leave them out like any other file.
        try temporary.write(Data("ignore: [\"旧/\"]\n".utf8), to: ".plancheck.yml")
        let ignoring = try PlanCheckBinary.run(["check", "--format", "json", "."], in: temporary.url)
        #expect(ignoring.standardError == "plancheck: note: 1 file not checked: plancheck cannot read .rtf or .pdf (save as .docx or .txt to check):\n  ./附件.pdf\n")
    }

    @Test func standardInputIsCheckedUnderTheNameGiven() throws {
        let plan = Self.examples.appendingPathComponent("某镇卫生院20xx年工作计划.md")
        let text = try Data(contentsOf: plan)
        let fromFile = try PlanCheckBinary.run(["check", plan.path, "--format", "json"])
        let fromInput = try PlanCheckBinary.run(["check", "-", "--stdin-name", plan.path, "--format", "json"], input: text)
        #expect(fromInput.status == fromFile.status)
        #expect(fromInput.standardOutput == fromFile.standardOutput)
        // Unnamed, it is <stdin> and read as text; GB18030 is recognised as from a file.
        let unnamed = try PlanCheckBinary.run(["check", "-", "--format", "csv"], input: TextEncodingFixture.gb18030(String(decoding: text, as: UTF8.self)))
        #expect(unnamed.standardOutput.contains("<stdin>,"))
        #expect(unnamed.standardOutput.contains("hygiene.placeholder"))
        // The extension of the name picks the reader: a .docx from standard input.
        let docx = try PlanCheckBinary.run(["check", "-", "--stdin-name", "计划.docx", "--format", "json"], input: DocxFixture.sample)
        #expect(docx.standardOutput.contains("\"encoding\": \"docx\""))
        // Nothing on standard input is an unreadable document, not a hang or a crash.
        let empty = try PlanCheckBinary.run(["check", "-"])
        #expect(empty.status == 1)
        #expect(empty.standardOutput.contains("文件为空"))
        // inspect reads it too.
        let inspected = try PlanCheckBinary.run(["inspect", "-", "--stdin-name", plan.path], input: text)
        #expect(inspected.standardOutput == (try PlanCheckBinary.run(["inspect", plan.path])).standardOutput)
        #expect(inspected.standardOutput.contains("XX镇卫生院20xx年工作计划"))
        // A name without - is a mistake worth naming.
        let stray = try PlanCheckBinary.run(["check", plan.path, "--stdin-name", "x.txt"])
        #expect(stray.status == 2)
        #expect(stray.standardError.contains("no path is -"))
    }

    @Test func checkingNeverChangesTheDocuments() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.examples, includingPropertiesForKeys: [.contentModificationDateKey])
        func snapshot() throws -> [String: (Data, Date?)] {
            var result: [String: (Data, Date?)] = [:]
            for file in files {
                result[file.lastPathComponent] = (try Data(contentsOf: file),
                                                  try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
            }
            return result
        }
        let before = try snapshot()
        _ = try PlanCheckBinary.run(["check", Self.examples.path])
        _ = try PlanCheckBinary.run(["inspect", Self.examples.appendingPathComponent("城关镇卫生院2025年工作计划.docx").path])
        let after = try snapshot()
        for (name, value) in before {
            #expect(after[name]?.0 == value.0, "\(name) changed")
            #expect(after[name]?.1 == value.1, "\(name) timestamp changed")
        }
    }

    @Test func rulesListShowAndTest() throws {
        let list = try PlanCheckBinary.run(["rules", "list"])
        #expect(list.status == 0)
        #expect(list.standardOutput.contains("health.infection-control"))
        let show = try PlanCheckBinary.run(["rules", "show", "hygiene.placeholder"])
        #expect(show.status == 0)
        #expect(show.standardOutput.contains("examples that fail"))
        let test = try PlanCheckBinary.run(["rules", "test"])
        #expect(test.status == 0, "\(test.standardOutput)")
        #expect(test.standardOutput.contains("all behave"))
        let unknown = try PlanCheckBinary.run(["rules", "show", "no.such-rule"])
        #expect(unknown.status == 2)
    }

    @Test func inspectShowsTheOutline() throws {
        let run = try PlanCheckBinary.run(["inspect", Self.examples.appendingPathComponent("清河县卫生健康局2025年工作计划.txt").path, "--format", "json"])
        #expect(run.status == 0)
        let root = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let piece = try #require((root["pieces"] as? [[String: Any]])?.first)
        #expect(piece["year"] as? Int == 2025)
        #expect(piece["kind"] as? String == "plan")
        #expect(((piece["headings"] as? [[String: Any]])?.count ?? 0) >= 8)
        #expect(piece["plannedYear"] is NSNull)
    }

    /// `inspect` of `text` saved as `name`: its text outline and its first piece in JSON.
    private func inspect(_ text: String, named name: String) throws -> (text: String, piece: [String: Any]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plancheck-inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let outline = try PlanCheckBinary.run(["inspect", file.path]).standardOutput
        let json = try PlanCheckBinary.run(["inspect", file.path, "--format", "json"])
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        return (outline, try #require((root["pieces"] as? [[String: Any]])?.first))
    }

    /// A summary and plan's plan part is judged against the year its title plans: inspect says so.
    @Test func inspectShowsTheYearASummaryAndPlanPlans() throws {
        let (text, piece) = try inspect("市卫健委2022年度工作总结与2023年度工作计划\n一、2022年工作总结\n（一）推进医共体建设。\n二、2023年工作计划\n（一）加强院感防控。\n",
                                        named: "总结与计划.txt")
        #expect(text.contains("year:   2022  (the plan part: 2023)"), "\(text)")
        #expect(piece["year"] as? Int == 2022)
        #expect(piece["plannedYear"] as? Int == 2023)
        #expect(piece["yearOrigin"] is NSNull)
    }

    /// A page whose title and opening name no year is dated by its portal's date: inspect says where.
    @Test func inspectShowsWhereAnUntitledPagesYearWasRead() throws {
        let (text, piece) = try inspect("关于推进健康行动的实施意见的政策解读\n发布:2021-04-25 10:34:00\n一、审定背景\n为贯彻落实全国卫生与健康大会精神。\n二、主要内容\n全面提升人民健康水平。\n",
                                        named: "政策解读.txt")
        #expect(text.contains("year:   2021  (from the date its portal gives it, line 2)"), "\(text)")
        let origin = try #require(piece["yearOrigin"] as? [String: Any])
        #expect(origin["source"] as? String == "portal-date")
        #expect(origin["line"] as? Int == 2)
    }
}

/// The help texts name the formats from the registry, so a new format reaches them by itself.
@Suite struct FormatHelpTests {
    @Test(arguments: [[], ["check"], ["inspect"]])
    func helpNamesEveryFormatThatIsRead(_ command: [String]) throws {
        let help = try PlanCheckBinary.run(command + ["--help"]).standardOutput
        for ext in DocumentFormat.all.flatMap(\.extensions) {
            #expect(help.contains(".\(ext)"), "\(command) --help lacks .\(ext)")
        }
    }
}

/// `--format` and its help come from the reporters' own identifiers and descriptions.
@Suite struct ReportFormatHelpTests {
    @Test func checkHelpListsEveryReporterOnceWithItsDescription() throws {
        let help = try PlanCheckBinary.run(["check", "--help"]).standardOutput
        for format in ReportFormat.all {
            let lines = help.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix(format.identifier + " ") }
            #expect(lines.count == 1, "\(format.identifier)")
            #expect(lines.first?.contains("- " + format.reporter.description.prefix(20)) == true, "\(format.identifier)")
        }
        let formatOption = help.components(separatedBy: "--format <format>")[1].components(separatedBy: "--output")[0]
        #expect(!formatOption.contains("(values:"), "the values are listed once, with their descriptions")
    }

    @Test func everyIdentifierNamesItsOwnReporter() {
        for format in ReportFormat.all {
            #expect(ReportFormat(identifier: format.identifier) == format)
            #expect(type(of: format.makeReporter()) == format.reporter)
        }
        #expect(Set(ReportFormat.all.map(\.identifier)).count == ReportFormat.all.count)
    }
}

@Suite struct RulesListTests {
    /// The kind column is as wide as the longest kind: `empty-value` was cut to `empty-valu`.
    @Test func kindNamesAreWrittenWhole() throws {
        let list = try PlanCheckBinary.run(["rules", "list", "--no-config"]).standardOutput
        let lines = list.components(separatedBy: "\n")
        for rule in try RuleLoader.standard.defaultRules() {
            let words = lines.first { $0.hasPrefix(rule.id + " ") }?.split(separator: " ").map(String.init) ?? []
            #expect(words.dropFirst().first == rule.kindName, "\(rule.id)")
        }
    }
}
