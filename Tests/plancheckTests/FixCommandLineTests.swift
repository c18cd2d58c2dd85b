import Foundation
import Testing
import PlanCheckDocuments
import PlanCheckTestSupport

/// `plancheck check --fix` from the outside (issue 15): what it writes, what it leaves, and what
/// it says.
@Suite struct FixCommandLineTests {
    static let plan = "2024年工作计划\n一、按照市卫计委要求，完善新农合制度。\n三、XX县做好宣传。\n"
    static let fixedPlan = "2024年工作计划\n一、按照市卫健委要求，完善城乡居民基本医疗保险制度。\n三、XX县做好宣传。\n"

    private func folder(_ files: [String: Data]) throws -> TemporaryFolder {
        let temporary = try TemporaryFolder()
        for (name, data) in files { try temporary.write(data, to: "plans/\(name)") }
        return temporary
    }

    private func read(_ temporary: TemporaryFolder, _ name: String) throws -> Data {
        try Data(contentsOf: temporary.url.appendingPathComponent("plans/\(name)"))
    }

    @Test func textAndMarkdownAreFixedAndTheRestReported() throws {
        let temporary = try folder(["计划.txt": Data(Self.plan.utf8), "要点.md": Data(("# " + Self.plan).utf8)])
        defer { temporary.remove() }
        let run = try PlanCheckBinary.run(["check", "plans", "--no-config", "--fix", "--lang", "en"], in: temporary.url)
        #expect(try read(temporary, "计划.txt") == Data(Self.fixedPlan.utf8))
        #expect(try read(temporary, "要点.md") == Data(("# " + Self.fixedPlan).utf8))
        // The report is the check of the fixed files: the placeholder and the skipped 二、 remain.
        #expect(!run.standardOutput.contains("卫计委"))
        #expect(run.standardOutput.contains("XX县"))
        let remaining = run.standardError.split(separator: "\n").last.map(String.init) ?? ""
        #expect(remaining.hasPrefix("4 fixes applied in 2 files, "), "\(run.standardError)")
        #expect(run.status == 1)
    }

    @Test func theSummarySpeaksChineseWithLangZh() throws {
        let temporary = try folder(["计划.txt": Data(Self.plan.utf8)])
        defer { temporary.remove() }
        let run = try PlanCheckBinary.run(["check", "plans", "--no-config", "--fix", "--lang", "zh"], in: temporary.url)
        #expect(run.standardError.contains("已修复 2 处（1 个文件），剩余 "), "\(run.standardError)")
    }

    @Test func placeholdersAndNumberingAreNeverApplied() throws {
        let text = "2024年工作计划\n一、加强院感\n三、XX县做好宣传，落实20xx年任务。\n"
        let temporary = try folder(["计划.txt": Data(text.utf8)])
        defer { temporary.remove() }
        let json = try PlanCheckBinary.run(["check", "plans", "--no-config", "--format", "json"], in: temporary.url)
        // The numbering finding does carry a replacement (二、): it is the kind that keeps it out.
        #expect(json.standardOutput.contains("structure.numbering"))
        let run = try PlanCheckBinary.run(["check", "plans", "--no-config", "--fix", "--lang", "en"], in: temporary.url)
        #expect(try read(temporary, "计划.txt") == Data(text.utf8))
        #expect(run.standardError.contains("0 fixes applied in 0 files"), "\(run.standardError)")
    }

    @Test func aTermMarkedFixFalseIsReportedButNotReplaced() throws {
        let text = "2024年工作计划\n一、深入学习党的十八大精神，按照市卫计委要求。\n"
        let temporary = try folder(["计划.txt": Data(text.utf8)])
        defer { temporary.remove() }
        let run = try PlanCheckBinary.run(["check", "plans", "--no-config", "--fix", "--lang", "en"], in: temporary.url)
        // 党的党的二十大 would be wrong: the expected wording is advice, not a replacement.
        #expect(try read(temporary, "计划.txt") == Data(text.replacingOccurrences(of: "卫计委", with: "卫健委").utf8))
        #expect(run.standardOutput.contains("十八大"))
        #expect(run.standardError.contains("1 fix applied in 1 file"), "\(run.standardError)")
    }

    @Test func gb18030AndCRLFSurviveTheFix() throws {
        let crlf = Self.plan.replacingOccurrences(of: "\n", with: "\r\n")
        let temporary = try folder(["计划.txt": TextEncodingFixture.gb18030(crlf)])
        defer { temporary.remove() }
        _ = try PlanCheckBinary.run(["check", "plans", "--no-config", "--fix"], in: temporary.url)
        #expect(try read(temporary, "计划.txt") == TextEncodingFixture.gb18030(Self.fixedPlan.replacingOccurrences(of: "\n", with: "\r\n")))
    }

    @Test func aFixedFileKeepsItsPermissions() throws {
        let temporary = try folder(["计划.txt": Data(Self.plan.utf8)])
        defer { temporary.remove() }
        let path = temporary.url.appendingPathComponent("plans/计划.txt").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        _ = try PlanCheckBinary.run(["check", "plans", "--no-config", "--fix"], in: temporary.url)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
        #expect(try read(temporary, "计划.txt") == Data(Self.fixedPlan.utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temporary.url.appendingPathComponent("plans").path)
        #expect(leftovers == ["计划.txt"])
    }

    @Test func aDryRunPrintsTheDiffAndChangesNothing() throws {
        let crlf = Self.plan.replacingOccurrences(of: "\n", with: "\r\n")
        let temporary = try folder(["计划.txt": Data(crlf.utf8)])
        defer { temporary.remove() }
        let path = temporary.url.appendingPathComponent("plans/计划.txt").path
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let run = try PlanCheckBinary.run(["check", "plans/计划.txt", "--no-config", "--fix", "--dry-run", "--lang", "en"], in: temporary.url)
        #expect(run.standardOutput == """
            --- a/plans/计划.txt
            +++ b/plans/计划.txt
            @@ -1,3 +1,3 @@
             2024年工作计划
            -一、按照市卫计委要求，完善新农合制度。
            +一、按照市卫健委要求，完善城乡居民基本医疗保险制度。
             三、XX县做好宣传。

            """)
        #expect(run.standardError.hasSuffix("dry run: 2 fixes in 1 file would be applied, 20 findings would remain; no file changed\n"), "\(run.standardError)")
        #expect(try read(temporary, "计划.txt") == Data(crlf.utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
        #expect(run.status == 1)
    }

    @Test func dryRunNeedsFix() throws {
        let run = try PlanCheckBinary.run(["check", "--dry-run", "--no-config"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--dry-run goes with --fix"))
    }

    @Test func aDocxIsFixedWhereTheWordsLieInOneRun() throws {
        let body = DocxFixture.paragraph("2024年工作计划", style: "Title")
            + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一、按照市卫计委要求部署。</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>二、县卫</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>计委负责。</w:t></w:r></w:p>"
        let original = DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: body)))
        let temporary = try folder(["计划.docx": original])
        defer { temporary.remove() }
        let dry = try PlanCheckBinary.run(["check", "plans", "--no-config", "--fix", "--dry-run"], in: temporary.url)
        #expect(dry.standardOutput == """
            --- a/plans/计划.docx
            +++ b/plans/计划.docx
            @@ -1,3 +1,3 @@
             2024年工作计划
            -一、按照市卫计委要求部署。
            +一、按照市卫健委要求部署。
             二、县卫计委负责。

            """)
        #expect(try read(temporary, "计划.docx") == original)
        let run = try PlanCheckBinary.run(["check", "plans", "--no-config", "--fix", "--lang", "en", "--format", "json"], in: temporary.url)
        let paragraphs = try DocxReader.read(try read(temporary, "计划.docx")).paragraphs
        #expect(paragraphs == ["2024年工作计划", "一、按照市卫健委要求部署。", "二、县卫计委负责。"])
        // The split one remains a finding, on paragraph 3.
        #expect(run.standardOutput.contains("\"match\": \"卫计委\"") || run.standardOutput.contains("\"match\":\"卫计委\""), "\(run.standardOutput)")
        #expect(run.standardError.contains("1 fix applied in 1 file"), "\(run.standardError)")
    }
}
