import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckRules
import PlanCheckChecks
import PlanCheckEngine
import PlanCheckReporters

/// `plancheck check`: the main job.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check documents and report findings.",
        discussion: """
        PATH may be a file (\(DocumentFormat.extensionList)), - for standard input (an editor's \
        unsaved text; --stdin-name names it) or a folder, walked recursively (hidden files and \
        Word lock files ~$*.docx are skipped; \(DocumentFormat.unreadableList) files, which plancheck cannot read, \
        are listed on standard error). A compilation (篇1 … 篇10, 第一篇：…) is checked as \
        separate pieces, reported as path#N. A document that cannot be read is reported as an \
        error finding; the other documents are still checked.

        Examples:
          plancheck check 2025年工作计划.docx
          plancheck check plans/ --format json --output findings.json
          plancheck check plans/ --fail-on warning
          pbpaste | plancheck check - --stdin-name plans/2025年计划.txt
          plancheck check plans/ --fix --dry-run      # the fixes as a unified diff
          plancheck check plans/ --fix                # 卫计委 → 卫健委 written into the files
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to check.", valueName: "path"))
    var paths: [String] = ["."]

    @Option(help: "The report's format (default: from the --output extension, as .json .sarif .xml .csv; else text), one of:")
    var format: ReportFormat?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("also-output"), help: ArgumentHelp(
        "Also write this run's report in another format to a file, e.g. sarif=plancheck.sarif (one run, two reports). Repeatable.",
        valueName: "format=file"), transform: AdditionalOutput.parse)
    var alsoOutput: [AdditionalOutput] = []

    @OptionGroup var ruleOptions: RuleOptions

    @OptionGroup var textOptions: TextOutputOptions

    @Option(name: .customLong("fail-on"), help: "Exit with 1 when a finding is at or above this severity: error, warning, info or none (default: the configuration's, else error).")
    var failOn: FailOn?

    @Option(help: ArgumentHelp("Report only findings not recorded in this baseline file (see 'plancheck baseline').", valueName: "file"))
    var baseline: String?

    @Flag(name: [.short, .long], help: "Show only findings at or above --fail-on, and the summary.")
    var quiet = false

    @Option(help: "Documents checked in parallel (default: all cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Check only the i-th of n shares of the files, for a CI matrix (join the reports with 'plancheck merge').", valueName: "i/n"), transform: Shard.argument)
    var shard: Shard?

    @Option(help: "Colour in text output: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Apply the replacements that rules offer (卫计委 → 卫健委) to .txt, .md and .docx files, then report what remains. Placeholders, numbering and missing elements are never fixed.")
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: print the fixes as a unified diff and change no file.")
    var dryRun = false

    /// The parsed command line as plain values.
    var settings: CheckSettings {
        CheckSettings(paths: paths, format: format, output: output, alsoOutput: alsoOutput, rules: ruleOptions.settings,
                      ambiguousWidth: textOptions.ambiguousWidth, failOn: failOn, baseline: baseline, quiet: quiet, jobs: jobs,
                      shard: shard, color: color, fix: fix, dryRun: dryRun)
    }

    func validate() throws {
        try settings.validate()
    }

    func run() throws {
        try settings.run()
    }
}

extension FailOn: PlainArgument {}

/// `--color`.
enum ColorChoice: String, PlainArgument {
    case auto, always, never

    func enabled(for target: OutputTarget) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: target.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}
