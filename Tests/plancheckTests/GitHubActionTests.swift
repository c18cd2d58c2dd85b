import Foundation
import Testing
import PlanCheckTestSupport

/// Issue 19 item 11: the composite action in action.yml, its "Check plans" script run as GitHub
/// runs it (bash -eo pipefail, inputs in the environment), with the built plancheck as the
/// install step's binary.
@Suite struct GitHubActionTests {
    static let action = SharedCorpus.packageRoot.appendingPathComponent("action.yml")

    /// The `run:` blocks of the action's steps, dedented, by step id (or name).
    static func runBlocks() throws -> [String: String] {
        let lines = try String(contentsOf: action, encoding: .utf8).components(separatedBy: "\n")
        var blocks: [String: String] = [:]
        var step = ""
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- name: ") { step = String(trimmed.dropFirst("- name: ".count)) }
            if trimmed.hasPrefix("id: ") { step = String(trimmed.dropFirst("id: ".count)) }
            if trimmed.hasPrefix("run: ") {
                let indent = line.prefix { $0 == " " }.count
                let value = String(trimmed.dropFirst("run: ".count))
                guard value == "|" else {
                    blocks[step] = value
                    index += 1
                    continue
                }
                var body: [String] = []
                index += 1
                while index < lines.count, lines[index].isEmpty || lines[index].prefix(while: { $0 == " " }).count > indent {
                    body.append(String(lines[index].dropFirst(min(indent + 2, lines[index].count))))
                    index += 1
                }
                blocks[step] = body.joined(separator: "\n")
                continue
            }
            index += 1
        }
        return blocks
    }

    @Test func noExpressionIsPastedIntoAScript() throws {
        let blocks = try Self.runBlocks()
        #expect(blocks.keys.contains("check"))
        for (step, script) in blocks {
            #expect(!script.contains("${{"), "step \(step) pastes an expression into its script")
        }
    }

    struct Run {
        var status: Int32
        var log: String
        var outputs: String
        var summary: String
        var sarif: String?
    }

    /// The check step's script in `folder`, with the inputs as the action passes them.
    static func runCheckStep(in folder: URL, paths: String, args: String, failOn: String = "error") throws -> Run {
        let script = try #require(try runBlocks()["check"])
        let actionPath = folder.appendingPathComponent(".action")
        try FileManager.default.createDirectory(at: actionPath, withIntermediateDirectories: true)
        let runnerTemp = folder.appendingPathComponent(".runner")
        try FileManager.default.createDirectory(at: runnerTemp, withIntermediateDirectories: true)
        let outputs = runnerTemp.appendingPathComponent("output")
        let summary = runnerTemp.appendingPathComponent("summary.md")
        try Data().write(to: outputs)
        try Data().write(to: summary)
        let scriptFile = runnerTemp.appendingPathComponent("step.sh")
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", "--noprofile", "--norc", "-eo", "pipefail", scriptFile.path]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging([
            "GITHUB_ACTION_PATH": actionPath.path, "GITHUB_OUTPUT": outputs.path, "GITHUB_STEP_SUMMARY": summary.path,
            "RUNNER_TEMP": runnerTemp.path, "PLANCHECK_PATHS": paths, "PLANCHECK_ARGS": args, "PLANCHECK_FAIL_ON": failOn,
            // What the install step hands on (scripts/test-install.sh tests that step).
            "PLANCHECK_BINARY": PlanCheckBinary.url.path,
        ]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let log = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let sarif = try? String(contentsOf: runnerTemp.appendingPathComponent("plancheck.sarif"), encoding: .utf8)
        return Run(status: process.terminationStatus, log: log, outputs: try String(contentsOf: outputs, encoding: .utf8),
                   summary: try String(contentsOf: summary, encoding: .utf8), sarif: sarif)
    }

    @Test func oneRunWritesAnnotationsSARIFAndTheSummaryForPathsWithSpaces() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let examples = SharedCorpus.packageRoot.appendingPathComponent("examples")
        try FileManager.default.createDirectory(at: temporary.url.appendingPathComponent("my plans"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: examples.appendingPathComponent("某镇卫生院20xx年工作计划.md"),
                                         to: temporary.url.appendingPathComponent("my plans/镇 计划.md"))
        try FileManager.default.copyItem(at: examples.appendingPathComponent("城关镇卫生院2025年工作计划.docx"),
                                         to: temporary.url.appendingPathComponent("城关.docx"))
        let run = try Self.runCheckStep(in: temporary.url, paths: "  my plans/镇 计划.md\n\n城关.docx\n", args: "--no-config\n--jobs 1")
        // The script itself succeeds; the findings' exit code goes to the step output.
        #expect(run.status == 0, "\(run.log)")
        #expect(run.outputs.contains("status=1\n"), "\(run.outputs)")
        #expect(run.outputs.contains("sarif-file="))
        #expect(run.log.contains("::error file=my plans/镇 计划.md,"), "\(run.log)")
        #expect(run.log.contains("::warning file=城关.docx,"))
        #expect(run.log.contains("will not be annotated"))
        let sarif = try #require(run.sarif)
        #expect(sarif.contains("my%20plans/%E9%95%87%20") && sarif.contains("logicalLocations"))
        #expect(run.summary.hasPrefix("### plancheck") && run.summary.contains("| my plans/镇 计划.md |"), "\(run.summary)")
    }

    @Test func inputsAreNotRunAsCommands() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try temporary.write(Data("XX镇卫生院20xx年工作计划\n".utf8), to: "plan.md")
        let run = try Self.runCheckStep(in: temporary.url, paths: "plan.md\n$(touch pwned-path)", args: "--no-config; touch pwned-args `touch pwned-tick`")
        #expect(!FileManager.default.fileExists(atPath: temporary.url.appendingPathComponent("pwned-path").path))
        #expect(!FileManager.default.fileExists(atPath: temporary.url.appendingPathComponent("pwned-args").path))
        #expect(!FileManager.default.fileExists(atPath: temporary.url.appendingPathComponent("pwned-tick").path))
        // The text arrived as arguments, and plancheck refused them: the run failed (2), no shell ran them.
        #expect(run.outputs.contains("status=2\n"), "\(run.outputs) \(run.log)")
    }
}
