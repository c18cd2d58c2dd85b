import Foundation
import Testing
import PlanCheckTestSupport

/// `-o FILE` from the outside: it never replaces a document the run reads, it writes through to
/// devices and FIFOs, and a report it replaces keeps its permissions.
@Suite struct OutputFileTests {
    static let plan = "某县卫生健康局2025年工作计划\n一、加强院感防控，落实XX镇爱国卫生月活动。\n"

    /// A folder with one plan, `plans/计划.txt`.
    private func folderWithPlan() throws -> (TemporaryFolder, URL) {
        let temporary = try TemporaryFolder()
        let plans = temporary.url.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let plan = plans.appendingPathComponent("计划.txt")
        try Self.plan.write(to: plan, atomically: true, encoding: .utf8)
        return (temporary, plan)
    }

    @Test(arguments: [["check"], ["check", "--format", "json"], ["audit", "--format", "csv"], ["audit", "--format", "html"], ["baseline"]])
    func outputOverADocumentIsRefusedAndTheDocumentKept(command: [String]) throws {
        let (temporary, plan) = try folderWithPlan()
        defer { temporary.remove() }
        let link = temporary.url.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: plan)
        let hardLink = temporary.url.appendingPathComponent("hard.txt")
        try FileManager.default.linkItem(at: plan, to: hardLink)
        for output in [plan.path, link.path, hardLink.path, "plans/./计划.txt"] {
            let run = try PlanCheckBinary.run(command + ["plans", "--no-config", "-o", output], in: temporary.url)
            #expect(run.status == 2, "\(command) -o \(output)")
            #expect(run.standardError.contains("refusing to write the report to \(output)"), "\(run.standardError)")
            #expect(run.standardError.contains("plans/计划.txt"))
            #expect(try String(contentsOf: plan, encoding: .utf8) == Self.plan, "\(command) -o \(output) overwrote the plan")
        }
    }

    @Test func outputOverTheConfigurationOrABaselineIsRefused() throws {
        let (temporary, _) = try folderWithPlan()
        defer { temporary.remove() }
        let configuration = "fail-on: none\n"
        try configuration.write(to: temporary.url.appendingPathComponent(".plancheck.yml"), atomically: true, encoding: .utf8)
        var run = try PlanCheckBinary.run(["check", "plans", "-o", ".plancheck.yml"], in: temporary.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("it is the configuration"))
        #expect(try String(contentsOf: temporary.url.appendingPathComponent(".plancheck.yml"), encoding: .utf8) == configuration)

        run = try PlanCheckBinary.run(["baseline", "plans", "--no-config", "-o", "base.json"], in: temporary.url)
        #expect(run.status == 0)
        let baseline = try Data(contentsOf: temporary.url.appendingPathComponent("base.json"))
        run = try PlanCheckBinary.run(["check", "plans", "--no-config", "--baseline", "base.json", "-o", "base.json"], in: temporary.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("it is the baseline base.json"))
        #expect(try Data(contentsOf: temporary.url.appendingPathComponent("base.json")) == baseline)
        // Rewriting the baseline with `baseline` is what that command is for.
        run = try PlanCheckBinary.run(["baseline", "plans", "--no-config", "-o", "base.json"], in: temporary.url)
        #expect(run.status == 0)
    }

    @Test func outputThroughALinkToACharacterDeviceWritesToTheDevice() throws {
        let (temporary, _) = try folderWithPlan()
        defer { temporary.remove() }
        let link = temporary.url.appendingPathComponent("null")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
        for command in [["check"], ["audit", "--format", "markdown"]] {
            let run = try PlanCheckBinary.run(command + ["plans", "--no-config", "-o", link.path], in: temporary.url)
            #expect(run.status != 2, "\(run.standardError)")
            // Still the link to the device, not a regular file put in its place.
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "/dev/null")
        }
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func outputToAFIFOIsWrittenThroughIt() throws {
        let (temporary, _) = try folderWithPlan()
        defer { temporary.remove() }
        let fifo = temporary.url.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // The reading end, opened first (without blocking) so plancheck's open for writing succeeds.
        let reader = open(fifo.path, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let run = try PlanCheckBinary.run(["check", "plans", "--no-config", "--format", "json", "-o", fifo.path], in: temporary.url)
        #expect(run.status == 1, "\(run.standardError)")
        var buffer = [UInt8](repeating: 0, count: 60_000)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0)
        let report = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
        #expect(report.contains("\"tool\""))
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aReplacedReportKeepsItsPermissionsAndALinkToItStays() throws {
        let (temporary, _) = try folderWithPlan()
        defer { temporary.remove() }
        let report = temporary.url.appendingPathComponent("report.txt")
        try "old".write(to: report, atomically: true, encoding: .utf8)
        #expect(chmod(report.path, 0o600) == 0)
        let link = temporary.url.appendingPathComponent("latest.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "report.txt")
        for (command, output) in [(["check"], report.path), (["audit", "--format", "csv"], report.path), (["check"], link.path)] {
            let run = try PlanCheckBinary.run(command + ["plans", "--no-config", "-o", output], in: temporary.url)
            #expect(run.status != 2, "\(run.standardError)")
            var info = stat()
            #expect(stat(report.path, &info) == 0)
            #expect(info.st_mode & 0o7777 == 0o600, "\(command) -o \(output): mode \(String(info.st_mode & 0o7777, radix: 8))")
            #expect(try String(contentsOf: report, encoding: .utf8) != "old")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "report.txt")
        // Nothing left behind beside it but the CSV audit's second table, the coverage matrix.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path).sorted() == ["latest.txt", "plans", "report.matrix.csv", "report.txt"])
    }
}
