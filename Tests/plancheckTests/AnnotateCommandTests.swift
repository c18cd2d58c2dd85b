import Foundation
import Testing
import PlanCheckTestSupport
import ZIPFoundation

/// `plancheck annotate` from the outside: the copy it writes holds a comment on the words of
/// every finding `check` reports, the document itself is left as it was, and documents it
/// cannot write comments into are refused with what to do (exit 2).
@Suite struct AnnotateCommandTests {
    static let example = SharedCorpus.packageRoot.appendingPathComponent("examples/城关镇卫生院2025年工作计划.docx")

    @Test func everyFindingOfCheckIsACommentOnItsWordsAndTheInputIsKept() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let original = try Data(contentsOf: Self.example)
        try temporary.write(original, to: "计划.docx")

        let run = try PlanCheckBinary.run(["annotate", "计划.docx", "--no-config", "--lang", "en"], in: temporary.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try Data(contentsOf: temporary.url.appendingPathComponent("计划.docx")) == original)
        let annotated = try CommentedDocx(try Data(contentsOf: temporary.url.appendingPathComponent("计划.审阅.docx")))

        let check = try PlanCheckBinary.run(["check", "计划.docx", "--no-config", "--format", "json"], in: temporary.url)
        let json = try #require(JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        let findings = documents.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        #expect(!findings.isEmpty)
        #expect(run.standardError.contains("(\(findings.count) comments)"))

        let comments = annotated.comments.filter { $0.value.author == "plancheck" }
        #expect(comments.count == findings.count)
        // Each comment is anchored on its finding's words, or on the title for a missing element.
        var expected: [String] = []
        var found: [String] = []
        for finding in findings {
            let message = try #require(finding["message"] as? String)
            let words = (finding["match"] as? String) ?? "城关镇卫生院2025年工作计划"
            let hint = (finding["hint"] as? String).map { "\n建议：\($0)" } ?? ""
            expected.append("\(words) | \(message)（\(finding["rule"] as? String ?? "")）\(hint)")
        }
        for (id, comment) in comments {
            let text = comment.text.components(separatedBy: "\n改为：")[0]
            found.append("\(annotated.anchored[id] ?? "?") | \(text)")
        }
        #expect(found.sorted() == expected.sorted())
        #expect(annotated.starts.sorted() == annotated.ends.sorted())
        #expect(annotated.references.sorted() == annotated.starts.sorted())
    }

    @Test func anOdtGetsItsCopyNamedTheSameWay() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let body = "<text:p>XX县卫生健康局20xx年工作计划</text:p><text:p>一、落实XX镇爱国卫生月活动。</text:p>"
        let plan = OdtFixture.make(content: OdtFixture.content(body: body))
        try temporary.write(plan, to: "计划.odt")
        let run = try PlanCheckBinary.run(["annotate", "计划.odt", "--no-config", "--lang", "zh"], in: temporary.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("已写入 计划.审阅.odt"))
        #expect(try Data(contentsOf: temporary.url.appendingPathComponent("计划.odt")) == plan)
        let copy = try Data(contentsOf: temporary.url.appendingPathComponent("计划.审阅.odt"))
        let archive = try Archive(data: copy, accessMode: .read)
        let entry = try #require(archive["content.xml"])
        var content = Data()
        _ = try archive.extract(entry) { content.append($0) }
        let xml = String(decoding: content, as: UTF8.self)
        #expect(xml.contains("<pcdc:creator>plancheck</pcdc:creator><text:p>未填写的模板占位符「XX镇」（hygiene.placeholder）</text:p>"))
        #expect(xml.contains("XX镇<office:annotation-end"))
    }

    @Test(arguments: ["计划.doc", "计划.wps"])
    func anOldWordFileIsToldToBeSavedAsDocx(name: String) throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try temporary.write(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)), to: name)
        let english = try PlanCheckBinary.run(["annotate", name, "--lang", "en"], in: temporary.url)
        #expect(english.status == 2)
        #expect(english.standardError.contains("save it as .docx first"))
        let chinese = try PlanCheckBinary.run(["annotate", name, "--lang", "zh"], in: temporary.url)
        #expect(chinese.status == 2)
        #expect(chinese.standardError.contains("另存为” .docx"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path) == [name])
    }

    @Test(arguments: ["计划.txt", "计划.md", "计划.pdf", "计划"])
    func otherKindsAreRefused(name: String) throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try temporary.write(Data("XX县卫生健康局20xx年工作计划\n".utf8), to: name)
        let run = try PlanCheckBinary.run(["annotate", name, "--lang", "en"], in: temporary.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("writes .docx and .odt only"))
    }

    @Test func aCorruptDocxIsAnErrorAndNothingIsWritten() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try temporary.write(Data("PK\u{3}\u{4}not really a zip".utf8), to: "坏.docx")
        let run = try PlanCheckBinary.run(["annotate", "坏.docx", "--lang", "en"], in: temporary.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("not a valid .docx"))
        let chinese = try PlanCheckBinary.run(["annotate", "坏.docx", "--lang", "zh"], in: temporary.url)
        #expect(chinese.status == 2)
        #expect(chinese.standardError.contains("坏.docx：不是有效的 .docx 文件"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path) == ["坏.docx"])
    }

    @Test func theCopyIsNeverWrittenOverTheDocument() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let original = try Data(contentsOf: Self.example)
        try temporary.write(original, to: "计划.docx")
        let run = try PlanCheckBinary.run(["annotate", "计划.docx", "-o", "./计划.docx", "--no-config"], in: temporary.url)
        #expect(run.status == 2)
        #expect(try Data(contentsOf: temporary.url.appendingPathComponent("计划.docx")) == original)
        let named = try PlanCheckBinary.run(["annotate", "计划.docx", "-o", "审阅稿.docx", "--no-config"], in: temporary.url)
        #expect(named.status == 0)
        #expect(FileManager.default.fileExists(atPath: temporary.url.appendingPathComponent("审阅稿.docx").path))
    }
}
