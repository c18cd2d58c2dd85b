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

@Suite struct DocumentsDiscoveryTests {
    /// A folder shaped like a real submission folder, with the clutter that must be skipped.
    func makeFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let text = Data("工作计划\n".utf8)
        for path in [
            "plans/b.txt", "plans/A.md", "plans/卫生院计划.docx", "plans/疾控计划.odt", "plans/sub/c.markdown",
            "plans/Z.TXT", "plans/notes.pdf", "plans/.hidden.txt", "plans/.git/objects.txt",
            "plans/~$卫生院计划.docx", "plans/sub/.~lock.x.odt#",
            "plans/2019年计划.rtf", "plans/sub/草稿.PDF", "plans/附件.pdf", "plans/~$2019年计划.rtf", "plans/.hidden.pdf",
            "plans/budget.xlsx", "plans/doc",
        ] {
            try folder.write(text, to: path)
        }
        // A loop: plans/sub/loop → plans.
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("plans/sub/loop").path, withDestinationPath: "..")
        return folder
    }

    @Test(.timeLimit(.minutes(1)))
    func walksFoldersSkippingClutterAndLoops() throws {
        let folder = try makeFolder()
        defer { folder.remove() }
        let found = try Discovery.files(in: ["plans/"], relativeTo: folder.url)
        #expect(found.map(\.displayPath) == [
            "plans/A.md", "plans/Z.TXT", "plans/b.txt", "plans/sub/c.markdown", "plans/卫生院计划.docx", "plans/疾控计划.odt",
        ])
        for file in found {
            #expect(FileManager.default.fileExists(atPath: file.url.path))
        }
    }

    @Test func aWalkNamesTheDocumentsItCannotReadAndLeavesThemOut() throws {
        let folder = try makeFolder()
        defer { folder.remove() }
        let found = try Discovery.walk(["plans"], relativeTo: folder.url)
        #expect(Array(found.files) == (try Discovery.files(in: ["plans"], relativeTo: folder.url)))
        // Lock files, hidden files, spreadsheets and extensionless names are not plans.
        #expect(found.unreadableDocuments.map(\.displayPath) == [
            "plans/2019年计划.rtf", "plans/notes.pdf", "plans/sub/草稿.PDF", "plans/附件.pdf",
        ])
        #expect(found.filesAndUnreadableDocuments.map(\.displayPath) == [
            "plans/2019年计划.rtf", "plans/A.md", "plans/Z.TXT", "plans/b.txt", "plans/notes.pdf", "plans/sub/c.markdown",
            "plans/sub/草稿.PDF", "plans/卫生院计划.docx", "plans/疾控计划.odt", "plans/附件.pdf",
        ])
        for file in found.unreadableDocuments {
            #expect(throws: InputFileError.self) { try DocumentLoader.format(of: file.url, displayPath: file.displayPath) }
        }
        // A file given by name is not "passed over": the loader reports it.
        let named = try Discovery.walk(["plans/2019年计划.rtf"], relativeTo: folder.url)
        #expect(named.files.map(\.displayPath) == ["plans/2019年计划.rtf"])
        #expect(named.unreadableDocuments.isEmpty)
    }

    @Test func explicitFilesAreTakenWhateverTheirExtension() throws {
        let folder = try makeFolder()
        defer { folder.remove() }
        let found = try Discovery.files(in: ["plans/notes.pdf", "plans/sub", "plans/sub/c.markdown"], relativeTo: folder.url)
        // Linked folders are followed (once): here the loop leads back to plans/, not yet walked.
        #expect(found.map(\.displayPath) == [
            "plans/notes.pdf", "plans/sub/c.markdown", "plans/sub/loop/A.md", "plans/sub/loop/Z.TXT",
            "plans/sub/loop/b.txt", "plans/sub/loop/卫生院计划.docx", "plans/sub/loop/疾控计划.odt",
        ])
    }

    @Test func aFileReachedTwiceThroughDotSegmentsIsCheckedOnce() throws {
        let folder = try makeFolder()
        defer { folder.remove() }
        let found = try Discovery.files(in: ["plans/b.txt", "plans/./sub/.."], relativeTo: folder.url)
        #expect(found.filter { $0.url.lastPathComponent == "b.txt" }.map(\.displayPath) == ["plans/b.txt"])
        #expect(found.count == 6)
        for file in found {
            #expect(!file.url.path.contains("/./") && !file.url.path.contains("/../"), "\(file.url.path)")
            #expect(file.url.path == file.url.standardizedFileURL.path)
        }
    }

    @Test func bytesSortPathsInUnicodeScalarOrder() {
        let names = ["", "a", "ab", "b", "A", "卫生院", "卫生", "疾控", "😀", "ｚ", "z/b", "z b", "～$x", "\u{E000}", "\u{10000}"]
        for left in names {
            for right in names {
                #expect(String.precedesInScalarOrder(left, right) == left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars),
                        "\(left) \(right)")
            }
        }
    }

    @Test func absolutePathsAndOrderAreStable() throws {
        let folder = try makeFolder()
        defer { folder.remove() }
        let absolute = folder.url.appendingPathComponent("plans").path
        let first = try Discovery.files(in: [absolute], relativeTo: URL(fileURLWithPath: "/"))
        let second = try Discovery.files(in: [absolute], relativeTo: URL(fileURLWithPath: "/"))
        #expect(first == second)
        #expect(first.first?.displayPath == absolute + "/A.md")
    }

    @Test func missingPathIsAnErrorNamingIt() throws {
        let folder = try makeFolder()
        defer { folder.remove() }
        let error = #expect(throws: InputFileError.self) {
            try Discovery.files(in: ["plans", "没有这个文件夹"], relativeTo: folder.url)
        }
        #expect(error == InputFileError(path: "没有这个文件夹", reason: "no such file or directory"))
        #expect(throws: InputFileError(path: "", reason: "empty path")) {
            try Discovery.files(in: [""], relativeTo: folder.url)
        }
    }

    @Test func fileNamesThatAreNotUTF8AreShownWithTheirBytes() {
        #expect(FileNameBytes.text(Array("工作计划.txt".utf8)) == ("工作计划.txt", true))
        #expect(FileNameBytes.text([0xB9, 0xA4, 0x41, 0xE5, 0xB7, 0xA5, 0xFF]) == ("\\xb9\\xa4A工\\xff", false))
        // A sequence cut short is shown byte by byte, and the text after it kept.
        #expect(FileNameBytes.text([0xE5, 0xB7, 0x2E, 0x74]) == ("\\xe5\\xb7.t", false))
    }

    @Test func aFolderWalkReadsADocumentWhoseNameIsNotUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Data("工作计划\n".utf8), to: "plans/a.txt")
        let path = Array(folder.url.path.utf8) + Array("/plans/".utf8) + [0xB9, 0xA4] + Array(".txt".utf8)
        let descriptor = (path + [0]).withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT | O_EXCL, 0o644)
        }
        try #require(descriptor >= 0)
        _ = Array("二、计划\n".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let files = try Discovery.files(in: ["plans"], relativeTo: folder.url)
        #expect(files.map(\.displayPath) == ["plans/\\xb9\\xa4.txt", "plans/a.txt"])
        #expect(files[0].contents == Array("二、计划\n".utf8))
        #expect(try DocumentLoader.load(files[0]).text == "二、计划\n")
    }
}
