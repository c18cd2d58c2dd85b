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

@Suite struct DocumentsLoaderTests {
    @Test func loadsTextInAnyEncodingWithItsName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(TextEncodingFixture.gb18030(PlanFixture.text), to: "计划.TXT")
        let document = try DocumentLoader.load(fileAt: url, displayPath: "计划.TXT")
        #expect(document.format == .text)
        #expect(document.encoding == "GB18030")
        #expect(document.text == PlanFixture.text)
        #expect(document.styledHeadingLevels.isEmpty)
    }

    @Test(arguments: ["md", "markdown", "text"])
    func markdownAndTextExtensionsAreText(ext: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(TextEncodingFixture.utf8(PlanFixture.text), to: "plan.\(ext)")
        #expect(try DocumentLoader.load(fileAt: url, displayPath: "plan.\(ext)").text == PlanFixture.text)
    }

    @Test func neverModifiesTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = TextEncodingFixture.utf8(PlanFixture.lines.joined(separator: "\r\n"), bom: true)
        let url = try folder.write(original, to: "plan.txt")
        let before = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        _ = try DocumentLoader.load(fileAt: url, displayPath: "plan.txt")
        #expect(try Data(contentsOf: url) == original)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date == before)
    }

    @Test(arguments: [
        ("plan.pdf", "unsupported file type .pdf"),
        ("plan.doc", "not a valid .doc file"),
        ("README", "unsupported file type (no extension"),
    ])
    func unsupportedTypesAndFilesThatAreNotTheirTypeAreErrors(name: String, reason: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(Data("工作计划".utf8), to: name)
        let error = #expect(throws: InputFileError.self) { try DocumentLoader.load(fileAt: url, displayPath: name) }
        #expect(error?.path == name)
        #expect(error?.reason.hasPrefix(reason) == true)
    }

    @Test func emptyAndBinaryFilesAreErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = try folder.write(Data(), to: "empty.txt")
        #expect(throws: InputFileError(path: "empty.txt", reason: "empty file")) {
            try DocumentLoader.load(fileAt: empty, displayPath: "empty.txt")
        }
        let binary = try folder.write(Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]), to: "a.out.txt")
        #expect(throws: InputFileError(path: "a.out.txt", reason: "binary file (NUL bytes) — not text")) {
            try DocumentLoader.load(fileAt: binary, displayPath: "a.out.txt")
        }
    }

    @Test func missingFilesAndFoldersAreErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: InputFileError(path: "gone.txt", reason: "no such file or directory")) {
            try DocumentLoader.load(fileAt: folder.url.appendingPathComponent("gone.txt"), displayPath: "gone.txt")
        }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("dir.txt"), withIntermediateDirectories: true)
        #expect(throws: InputFileError(path: "dir.txt", reason: "is a directory, not a file")) {
            try DocumentLoader.load(fileAt: folder.url.appendingPathComponent("dir.txt"), displayPath: "dir.txt")
        }
    }

    @Test(.disabled(if: getuid() == 0, "root reads any file"))
    func unreadableFilesSaySo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(Data("计划".utf8), to: "locked.txt")
        chmod(url.path, 0)
        #expect(throws: InputFileError(path: "locked.txt", reason: "cannot read: permission denied")) {
            try DocumentLoader.load(fileAt: url, displayPath: "locked.txt")
        }
    }
}
