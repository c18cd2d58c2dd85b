import ArgumentParser
import PlanCheckDocuments
import PlanCheckReporters
import PlanCheckRules

/// A `check` run's command line as plain values: what `CheckCommand` parsed, or what
/// `QuickCheckArguments` read without ArgumentParser. The run itself is `run()`.
struct CheckSettings: Equatable {
    var paths: [String] = ["."]
    var format: ReportFormat?
    var output: String?
    var alsoOutput: [AdditionalOutput] = []
    var rules = RuleSettings()
    var ambiguousWidth: AmbiguousWidth = .narrow
    var failOn: FailOn?
    var baseline: String?
    var quiet = false
    var jobs: Int?
    var shard: Shard?
    var color: ColorChoice = .auto
    var fix = false
    var dryRun = false

    /// The usage errors ArgumentParser reports for `check` after parsing (exit 2).
    func validate() throws {
        try rules.validate()
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
}
