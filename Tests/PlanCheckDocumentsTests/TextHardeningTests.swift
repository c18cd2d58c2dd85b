import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Broken and hostile plain-text files: each is a `InputFileError` naming the file, and in a folder
/// run an `plancheck.unreadable` finding on that file while every other document is still checked.
@Suite struct TextHardeningTests {
    typealias F = HardeningFixtures

    static let plan = Data(PlanFixture.text.utf8)

    static func load(_ data: Data, name: String = "坏.txt") throws -> String? {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(data, to: name)
        do {
            _ = try DocumentLoader.load(fileAt: url, displayPath: "in/" + name)
            return nil
        } catch let error as InputFileError {
            #expect(error.path == "in/" + name)
            return error.reason
        }
    }

    @Test func invalidUTF8ThatIsNoOtherEncodingEither() throws {
        // Lone continuation bytes and a truncated 3-byte sequence: not UTF-8; 0x80 and 0xFF are not GB18030.
        #expect(try Self.load(Data([0x80, 0x80, 0xFF, 0x41, 0xE4, 0xB8])) == "not valid UTF-8 or GB18030 text")
        #expect(try Self.load(Data([0xEF, 0xBB, 0xBF, 0xE4, 0xB8, 0x41])) == "not valid UTF-8 text despite its UTF-8 byte order mark")
    }

    @Test func mixedEncodingsNameTheFirstBadLine() throws {
        // A UTF-8 plan with one line pasted from a GBK file.
        var data = Data(PlanFixture.lines.prefix(3).joined(separator: "\n").utf8) + Data("\n".utf8)
        data += TextEncodingFixture.gb18030("（一）加强院感防控\n")
        data += Data(PlanFixture.lines.suffix(4).joined(separator: "\n").utf8)
        #expect(try Self.load(data) == "mixed encodings: UTF-8 text with bytes in another encoding from line 4 (re-save the file as UTF-8)")
        // A whole GB18030 file is still read as GB18030.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(TextEncodingFixture.gb18030(PlanFixture.text), to: "gbk.txt")
        #expect(try DocumentLoader.load(fileAt: url, displayPath: "gbk.txt").encoding == "GB18030")
    }

    @Test func nulBytesMeanBinary() throws {
        #expect(try Self.load(Self.plan + Data([0]) + Self.plan) == "binary file (NUL bytes) — not text")
        #expect(try Self.load(TextEncodingFixture.utf16(PlanFixture.text + "\u{0}", littleEndian: true)) == "binary file (NUL bytes) — not text")
    }

    @Test func aBinaryFileWithATextName() throws {
        // The first bytes of a PNG, a zip and an ELF executable.
        #expect(try Self.load(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), name: "图.txt") == "binary file (NUL bytes) — not text")
        #expect(try Self.load(HardeningFixtures.docx(), name: "plan.md") == "binary file (NUL bytes) — not text")
        #expect(try Self.load(Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]), name: "a.txt") == "binary file (NUL bytes) — not text")
    }

    @Test func emptyAndBlankFiles() throws {
        #expect(try Self.load(Data()) == "empty file")
        #expect(try Self.load(Data(" \n\r\n\t　\n".utf8)) == "empty file")
        #expect(try Self.load(Data([0xEF, 0xBB, 0xBF])) == "empty file")
        #expect(try Self.load(Data([0xFF, 0xFE])) == "empty file")
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Sparse: 300 MB on paper, nothing on disk.
        let url = folder.url.appendingPathComponent("huge.txt")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 300 << 20)
        try handle.close()
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let error = #expect(throws: InputFileError.self) { try DocumentLoader.load(fileAt: url, displayPath: "huge.txt") }
            #expect(error?.description == "huge.txt: file too large (over 256 MB)")
        }
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(1), "refused from its size, not read: \(elapsed)")
    }

    @Test func aPipeWithATextNameIsRefusedNotWaitedOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("pipe.txt")
        #expect(mkfifo(url.path, 0o644) == 0)
        let error = #expect(throws: InputFileError.self) { try DocumentLoader.load(fileAt: url, displayPath: "pipe.txt") }
        #expect(error?.reason == "not a regular file")
    }

    @Test func aFolderRunGoesOnPastEveryBrokenFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.plan, to: "a-good.txt")
        try folder.write(Data(), to: "b-empty.txt")
        try folder.write(Data([0x89, 0x50, 0x4E, 0x47, 0, 0]), to: "c-binary.txt")
        try folder.write(Data([0x80, 0x80, 0xFF]), to: "d-invalid.md")
        try folder.write(HardeningFixtures.docx().prefix(100), to: "e-truncated.docx")
        try folder.write(Self.plan, to: "f-vanishes.txt")
        try folder.write(Self.plan, to: "g-locked.txt")
        try folder.write(DocxFixture.sample, to: "h-good.docx")
        try folder.write(OdtFixture.sample, to: "i-good.odt")
        let locked = folder.url.appendingPathComponent("g-locked.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path) }

        let files = try Discovery.files(in: [folder.url.lastPathComponent], relativeTo: folder.url.deletingLastPathComponent())
        #expect(files.count == 9)
        // Between discovery and loading, one file disappears.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("f-vanishes.txt"))

        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let results = engine.check(files: files, jobs: 2)
        let byName = Dictionary(grouping: results.documents) { URL(fileURLWithPath: $0.path).lastPathComponent }
        func unreadable(_ name: String) -> String? {
            byName[name]?.first?.findings.first { $0.ruleID == BuiltInFinding.unreadable }?.message
        }
        #expect(unreadable("b-empty.txt") == "无法读取文档：文件为空")
        #expect(unreadable("c-binary.txt") == "无法读取文档：是二进制文件（含 NUL 字节），不是文本")
        #expect(unreadable("d-invalid.md") == "无法读取文档：既不是有效的 UTF-8 文本，也不是有效的 GB18030 文本")
        #expect(unreadable("e-truncated.docx")?.hasPrefix("无法读取文档：不是有效的 .docx 文件") == true)
        #expect(unreadable("f-vanishes.txt") == "无法读取文档：文件或文件夹不存在")
        if getuid() == 0 {
            // Root reads a file whatever its permissions; the unreadable case cannot be made here.
            #expect(unreadable("g-locked.txt") == nil)
        } else {
            #expect(unreadable("g-locked.txt") == "无法读取文档：没有读取权限")
        }
        for good in ["a-good.txt", "h-good.docx", "i-good.odt"] {
            let result = try #require(byName[good]?.first, "\(good)")
            #expect(!result.findings.contains { $0.ruleID == BuiltInFinding.unreadable }, "\(good)")
            #expect(result.title != nil, "\(good) was checked")
        }
        #expect(results.documents.map(\.path) == files.map(\.displayPath))
    }
}
