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
#if canImport(Glibc)
import Glibc
import PlanCheckTestSupport
#endif

/// Checking never changes a document: its bytes, modification time and inode change time are the
/// same after loading and checking, through the engine and through every command of the tool.
/// (Access times are left out: reading a file may update them, depending on the mount.)
@Suite struct NothingChangedHardeningTests {
    struct Snapshot: Equatable {
        var bytes: Data
        var modified: timespec
        var changed: timespec
        var mode: UInt32

        init(_ url: URL) throws {
            bytes = try Data(contentsOf: url)
            var info = stat()
            guard stat(url.path, &info) == 0 else { throw InputFileError(path: url.path, reason: "cannot stat") }
            modified = info.st_mtim
            changed = info.st_ctim
            mode = info.st_mode
        }

        static func == (a: Snapshot, b: Snapshot) -> Bool {
            a.bytes == b.bytes && a.mode == b.mode
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }
    }

    static func makeFolder() throws -> (TemporaryFolder, [String]) {
        let folder = try TemporaryFolder()
        let names = ["plans/计划.txt", "plans/草稿.md", "plans/城关镇.docx", "plans/某镇.odt", "plans/gbk.txt", "plans/坏.docx"]
        try folder.write(TextEncodingFixture.utf8(PlanFixture.lines.joined(separator: "\r\n"), bom: true), to: names[0])
        try folder.write(Data(("# " + PlanFixture.text).utf8), to: names[1])
        try folder.write(DocxFixture.sample, to: names[2])
        try folder.write(OdtFixture.sample, to: names[3])
        try folder.write(TextEncodingFixture.gb18030(PlanFixture.text), to: names[4])
        try folder.write(DocxFixture.sample.prefix(200), to: names[5])
        return (folder, names)
    }

    static func snapshots(_ folder: TemporaryFolder, _ names: [String]) throws -> [String: Snapshot] {
        try Dictionary(uniqueKeysWithValues: names.map { ($0, try Snapshot(folder.url.appendingPathComponent($0))) })
    }

    @Test func loadingAndCheckingAFolderChangesNoDocument() throws {
        let (folder, names) = try Self.makeFolder()
        defer { folder.remove() }
        let before = try Self.snapshots(folder, names)
        let files = try Discovery.files(in: ["plans"], relativeTo: folder.url)
        #expect(files.count == names.count)
        let results = try Engine(rules: RuleLoader.standard.defaultRules()).check(files: files, jobs: 2)
        #expect(results.documents.count >= names.count)
        for file in files { _ = try? DocumentLoader.load(fileAt: file.url, displayPath: file.displayPath) }
        #expect(try Self.snapshots(folder, names) == before)
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("plans").path).sorted()
        #expect(listing == names.map { String($0.dropFirst("plans/".count)) }.sorted(), "no file added or removed")
    }

    @Test func everyCommandLeavesTheDocumentsAlone() throws {
        let (folder, names) = try Self.makeFolder()
        defer { folder.remove() }
        let before = try Self.snapshots(folder, names)
        let commands: [[String]] = [
            ["check", "plans"],
            ["check", "plans", "--format", "json", "-o", "report.json"],
            ["check", "plans", "--format", "sarif", "-o", "report.sarif"],
            ["check", "plans", "--format", "junit", "-o", "report.xml"],
            ["check", "plans", "--format", "csv", "-o", "report.csv"],
            ["check", "plans", "--format", "github"],
            ["inspect", "plans/城关镇.docx"],
            ["inspect", "plans/某镇.odt", "--format", "json"],
            ["baseline", "plans", "--output", "baseline.json"],
            ["check", "plans", "--baseline", "baseline.json"],
            ["rules", "list"],
        ]
        for arguments in commands {
            let run = try PlanCheckBinary.run(arguments, in: folder.url)
            #expect([0, 1].contains(run.status), "\(arguments): \(run.standardError)")
        }
        #expect(try Self.snapshots(folder, names) == before)
    }

    @Test func aReportIsReplacedWholeNeverWrittenInPlace() throws {
        let (folder, _) = try Self.makeFolder()
        defer { folder.remove() }
        let report = folder.url.appendingPathComponent("report.json")
        try Data("old report".utf8).write(to: report)
        // A hard link to the old report keeps its inode: writing in place would change what the
        // link sees, a rename leaves it alone.
        let link = folder.url.appendingPathComponent("old-report.json")
        #expect(link.path.withCString { linkPath in report.path.withCString { Glibc.link($0, linkPath) } } == 0)
        let run = try PlanCheckBinary.run(["check", "plans", "--format", "json", "-o", "report.json"], in: folder.url)
        #expect([0, 1].contains(run.status), "\(run.standardError)")
        #expect(try String(contentsOf: link, encoding: .utf8) == "old report")
        let written = try String(contentsOf: report, encoding: .utf8)
        #expect(written.hasPrefix("{"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0 != "plans" && $0 != "report.json" && $0 != "old-report.json" }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }
}
