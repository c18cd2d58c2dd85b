import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckReporters

/// `plancheck merge`: the reports of a CI matrix's shards joined into one run's report.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the JSON or SARIF reports of shards (check --shard i/n) into the report one run would write.",
        discussion: """
        The merged report is byte for byte the report 'plancheck check' writes for all the \
        documents at once: documents in its order, summary counts summed, SARIF's rule list as \
        one run has it. Reports of different formats, plancheck versions or rules are refused, and \
        so is a document found in two reports.

        Examples:
          plancheck check plans/ --shard 1/2 -o shard-1.json
          plancheck check plans/ --shard 2/2 -o shard-2.json
          plancheck merge shard-1.json shard-2.json -o plancheck.json
        """
    )

    @Argument(help: ArgumentHelp("The shards' reports, all JSON or all SARIF.", valueName: "file"))
    var files: [String] = []

    @Option(help: "The reports' format, json or sarif (default: the one they are in).")
    var format: ShardReport.Format?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the merged report to this file instead of standard output.", valueName: "file"))
    var output: String?

    /// A report of ten thousand documents is tens of megabytes; far larger is no report.
    static let maximumReportSize = 1 << 30

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give the reports of the shards to merge") }
    }

    func run() throws {
        var reports: [ShardReport] = []
        do {
            for file in files {
                let bytes = try BoundedFileReader.read(path: file, displayPath: file, limit: Self.maximumReportSize,
                                                       tooLarge: "file is larger than 1 GB; is it a report?", refusesEmpty: true)
                reports.append(try ShardReport(file: file, bytes: bytes))
            }
            let merged = try ReportMerge.merge(reports, format: format)
            // JSON under a .sarif name is worse than no file: the tool reading it fails far from here.
            if let output, output != "-", let written = ReportFormat(identifier: merged.format.rawValue), !written.suits(fileName: output) {
                throw RunFailure("'\(output)' does not suit the merged \(merged.format.rawValue) report: end the file in .\(written.fileExtensions.first ?? merged.format.rawValue)")
            }
            try OutputTarget(path: output).write(merged.text)
        } catch let error as InputFileError {
            throw RunFailure(error.description)
        } catch let error as ReportMergeError {
            throw RunFailure(error.description)
        }
    }
}

extension ShardReport.Format: PlainArgument {}
