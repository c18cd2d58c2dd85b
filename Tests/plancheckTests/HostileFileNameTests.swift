import Foundation
import Testing
import PlanCheckTestSupport

/// File names are input too: a name may hold a line break, `::error …::` or an escape sequence,
/// may not be UTF-8, and a folder may not be readable.
@Suite struct HostileFileNameTests {
    static let plan = "某县卫生健康局2025年工作计划\n一、加强院感防控，落实XX镇爱国卫生月活动。\n"

    @Test func namesInTheUnreadableDocumentsNoteCannotStartACommandOrReachTheTerminal() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try temporary.write(Data(Self.plan.utf8), to: "plans/计划.txt")
        try temporary.write(Data("%PDF".utf8), to: "plans/a\n::error file=x::pwned\u{1B}]0;t\u{07}.pdf")
        let run = try PlanCheckBinary.run(["check", "plans", "--no-config", "--format", "github"], in: temporary.url)
        #expect(run.status == 1)
        #expect(!run.standardError.contains("\u{1B}") && !run.standardError.contains("\u{07}"))
        #expect(!run.standardError.split(separator: "\n").contains { $0.hasPrefix("::") }, "\(run.standardError)")
        #expect(run.standardError.contains("  plans/a\\x0a::error file=x::pwned\\x1b]0;t\\x07.pdf\n"))
    }

    @Test func aDocumentWhoseNameIsNotUTF8IsCheckedUnderItsBytes() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try FileManager.default.createDirectory(at: temporary.url.appendingPathComponent("plans"), withIntermediateDirectories: true)
        // 工作 in GBK, as a Windows zip unpacked on Linux names it: not UTF-8.
        let name: [UInt8] = Array("plans/".utf8) + [0xB9, 0xA4, 0xD7, 0xF7] + Array(".txt".utf8)
        let descriptor = (Array(temporary.url.path.utf8) + [0x2F] + name + [0]).withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT | O_EXCL, 0o644)
        }
        try #require(descriptor >= 0)
        _ = Array(Self.plan.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)

        let run = try PlanCheckBinary.run(["check", "plans", "--no-config", "--format", "json"], in: temporary.url)
        let root = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let document = try #require((root["documents"] as? [[String: Any]])?.first)
        #expect(document["path"] as? String == "plans/\\xb9\\xa4\\xd7\\xf7.txt")
        let findings = try #require(document["findings"] as? [[String: Any]])
        // Read, not reported as missing: the placeholder in its text is found.
        #expect(!findings.contains { $0["rule"] as? String == "plancheck.unreadable" }, "\(findings)")
        #expect(findings.contains { $0["rule"] as? String == "hygiene.placeholder" })
    }

    @Test(.enabled("plancheck can be run as a user that a mode-000 folder shuts out") { HostileFileNameTests.otherUser != nil })
    func anUnreadableSubFolderIsNamedAndTheRestIsChecked() throws {
        let temporary = try TemporaryFolder()
        defer {
            chmod(temporary.url.appendingPathComponent("plans/locked").path, 0o755)
            temporary.remove()
        }
        try temporary.write(Data(Self.plan.utf8), to: "plans/open/计划.txt")
        try temporary.write(Data(Self.plan.utf8), to: "plans/locked/计划.txt")
        chmod(temporary.url.path, 0o755)
        #expect(chmod(temporary.url.appendingPathComponent("plans/locked").path, 0) == 0)
        for command in [["check"], ["audit", "-o", "-", "--format", "csv"]] {
            let run = try PlanCheckBinary.run(command + ["plans", "--no-config"], in: temporary.url, launcher: Self.otherUser ?? [])
            #expect(run.status != 2, "\(run.standardError)")
            #expect(run.standardError.contains("plancheck: warning: cannot read folder plans/locked"))
            #expect(run.standardOutput.contains("plans/open/计划.txt"))
        }
    }

    /// How to run plancheck so that mode 000 shuts it out: as it is when not root; as nobody
    /// through setpriv when root (root reads any folder); nil (the test is skipped) without setpriv.
    static let otherUser: [String]? = {
        if geteuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else {
            print("HostileFileNameTests: running as root without setpriv, where chmod 000 does not block reading: skipped")
            return nil
        }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }()
}
