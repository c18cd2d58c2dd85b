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

    func validate() throws {
        guard !dryRun || fix else { throw ValidationError("--dry-run goes with --fix") }
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
        try Shard.validate(shard, paths: paths)
        var written: Set<String> = [output ?? "-"]
        for extra in alsoOutput {
            guard extra.path != "-" else {
                throw ValidationError("--also-output \(extra.format.identifier)=-: --also-output writes a file; standard output is for the main report")
            }
            guard written.insert(extra.path).inserted else {
                throw ValidationError("two reports would be written to \(extra.path)")
            }
            guard extra.format.suits(fileName: extra.path) else {
                throw ValidationError(ReportFormatChoice.mismatch(alsoOutput: extra.format, fileName: extra.path))
            }
        }
    }

    /// `--format`, else the format the output file's extension names, else text.
    var resolvedFormat: ReportFormat {
        format ?? output.flatMap(ReportFormat.init(fileName:)) ?? .text
    }

    func run() throws {
        // Findings speak the rules' Chinese unless English is asked for by name.
        let session = try ruleOptions.session(language: ruleOptions.language.language ?? .zh)
        let engine = try session.engine()
        let discovered = try session.discoverFiles(paths)
        let files = shard?.files(of: discovered) ?? discovered
        let target = OutputTarget(path: output)
        for checkedTarget in [target] + alsoOutput.map({ OutputTarget.file($0.path) }) {
            try OutputOverInputGuard.check(checkedTarget, documents: discovered, others: session.otherInputs(baseline: baseline))
        }
        // After the guard: writing over a document is the worse mistake, and is named first.
        if let format, let output, output != "-", !format.suits(fileName: output) {
            throw RunFailure(ReportFormatChoice.mismatch(format: format, fileName: output))
        }
        let baselineFilter = try session.baselineFilter(baseline)
        let threshold = (failOn ?? session.configuration.failOn ?? .error).severity
        let reporter = resolvedFormat.makeReporter(options: textOptions.reporterOptions(
            colors: color.enabled(for: target), language: ruleOptions.language.resolved, failureThreshold: threshold))
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        var fixOutcome: FixRun.Outcome?
        if fix {
            // A baseline filter uses its entries up: the check before fixing gets one of its own.
            let outcome = fixFiles(Array(files), engine: engine, jobs: jobs, baselineFilter: try session.baselineFilter(baseline), threshold: threshold)
            if dryRun {
                // The diff is the report: nothing was written, so nothing is checked again.
                let stream = try ReportStream(target)
                stream.write(outcome.run.diff)
                try stream.finish()
                reportFixes(outcome.run, remaining: outcome.remaining)
                if outcome.failing { throw ExitCode(1) }
                return
            }
            fixOutcome = outcome.run
        }
        // With --fix, the files are checked again as fixed: the report shows what remains.
        var remaining = 0
        let stream = try ReportStream(target)
        var failed = false
        // GitHub annotations stop at ten a level: the step's summary page lists the findings.
        let stepSummaryPath = ([resolvedFormat] + alsoOutput.map(\.format)).contains(ReportFormat(reporter: GitHubReporter.self)) ? StepSummaryFile.path : nil
        var stepSummary = GitHubStepSummary()
        if let streaming = reporter as? any StreamingReporter, alsoOutput.isEmpty {
            // Each document is written as soon as it is checked, so memory stays flat on big
            // folders. Without a baseline (whose counts depend on order) a document is also
            // rendered on the thread that checked it.
            stream.write(streaming.header(ReportHeader(rules: engine.ruleDescriptors)))
            var summary = Summary(documents: [])
            var index = 0
            let quiet = quiet
            let shownThreshold = threshold ?? .error
            let renderEarly = baselineFilter == nil
            engine.check(files: files, jobs: jobs, prepare: { documents in
                documents.map { document in
                    (document, renderEarly ? streaming.documentUTF8(quiet ? document.keepingFindings(atOrAbove: shownThreshold) : document) : nil)
                }
            }, deliver: { _, prepared in
                for (checked, rendered) in prepared {
                    let document = baselineFilter?.apply(checked) ?? checked
                    summary.add(document)
                    remaining += document.findings.count
                    summary.suppressedByComments += document.silencedCount
                    failed = failed || threshold.map { level in document.findings.contains { $0.severity >= level } } ?? false
                    if stepSummaryPath != nil { stepSummary.add(quiet ? document.keepingFindings(atOrAbove: shownThreshold) : document) }
                    if index > 0 { stream.write(streaming.separator) }
                    stream.write(rendered ?? streaming.documentUTF8(quiet ? document.keepingFindings(atOrAbove: shownThreshold) : document))
                    index += 1
                }
            })
            summary.suppressedByBaseline = baselineFilter?.suppressed ?? 0
            stream.write(streaming.footer(summary))
        } else {
            // SARIF and JUnit name totals and rules before the documents: they are written whole,
            // and so is a run with more than one report.
            var results = engine.check(files: files, jobs: jobs)
            if let baselineFilter {
                results.documents = results.documents.map(baselineFilter.apply)
                results.suppressedByBaseline = baselineFilter.suppressed
            }
            failed = results.hasFindings(atOrAbove: threshold)
            remaining = results.documents.reduce(0) { $0 + $1.findings.count }
            let shown = quiet ? results.keepingFindings(atOrAbove: threshold ?? .error) : results
            if stepSummaryPath != nil { shown.documents.forEach { stepSummary.add($0) } }
            stream.write(reporter.render(shown))
            for extra in alsoOutput {
                let extraReporter = extra.format.makeReporter(options: textOptions.reporterOptions(
                    colors: false, language: ruleOptions.language.resolved, failureThreshold: threshold))
                try OutputTarget.file(extra.path).write(extraReporter.render(shown))
            }
        }
        try stream.finish()
        if let stepSummaryPath {
            StepSummaryFile.append(stepSummary.markdown(suppressedByBaseline: baselineFilter?.suppressed ?? 0), to: stepSummaryPath)
        }
        // Entries that matched nothing are said aloud: a baseline that silently matches nothing
        // (a path that names nothing from here) turns old findings into a failed build.
        if let note = baselineFilter?.unmatchedNote {
            FileHandle.standardError.write(Data("plancheck: \(note)\n".utf8))
        }
        if let fixOutcome { reportFixes(fixOutcome, remaining: remaining) }
        if failed {
            throw ExitCode(1)
        }
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
