import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckRules
import PlanCheckEngine
import ArgumentParser
import PlanCheckReporters

extension CheckSettings {
    /// Checks the documents and writes the reports; throws `ExitCode(1)` when findings reach
    /// `--fail-on`.
    func run() throws {
        // Findings speak the rules' Chinese unless English is asked for by name.
        let session = try rules.session(language: rules.language ?? .zh)
        let discovered = try session.discoverFiles(paths)
        let files = shard?.files(of: discovered) ?? discovered
        // The first document is read and outlined while the bundled rules finish loading on
        // their own thread: this thread would only wait for them (a start checking one document
        // is an editor's or a pre-commit hook's). Not with --fix, whose snapshot of a file must
        // come before it is read.
        if !fix, let first = files.first { Engine.prepareAhead(first) }
        let engine = try session.engine()
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
        let reporter = resolvedFormat.makeReporter(options: reporterOptions(
            colors: color.enabled(for: target), language: rules.resolvedLanguage, failureThreshold: threshold))
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
                let extraReporter = extra.format.makeReporter(options: reporterOptions(
                    colors: false, language: rules.resolvedLanguage, failureThreshold: threshold))
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

    /// How the reports are laid out for the terminal that shows them (`--ambiguous-width`: how it
    /// draws characters whose width differs between Western and CJK setups).
    func reporterOptions(colors: Bool, language: ReportLanguage, failureThreshold: Severity?) -> ReporterOptions {
        ReporterOptions(
            colors: colors, displayWidth: DisplayWidth(ambiguousIsWide: ambiguousWidth == .wide),
            terminalWidth: TerminalWidth.current(), language: language, failureThreshold: failureThreshold
        )
    }
}
