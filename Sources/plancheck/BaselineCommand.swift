import ArgumentParser
import Foundation
import PlanCheckEngine
import PlanCheckReporters

/// `plancheck baseline`: record today's findings so later checks report only new ones.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record the current findings in a baseline file.",
        discussion: """
        Adopting plancheck on a folder of old plans: record what is there today, then \
        'plancheck check --baseline FILE' (or 'baseline:' in .plancheck.yml) reports only new findings. \
        Findings are matched on rule, document, matched text and a few characters either side of it, \
        not on the line number, so they stay recognised when lines are inserted above them or the \
        rest of a long paragraph is edited. Documents are recorded by their path from the baseline \
        file's folder, so checks from a subfolder or with absolute paths still match them.

        Example:
          plancheck baseline plans/ --output .plancheck-baseline.json
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to check.", valueName: "path"))
    var paths: [String] = ["."]

    @Option(name: [.short, .long], help: ArgumentHelp("The baseline file to write.", valueName: "file"))
    var output: String

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let session = try ruleOptions.session()
        let engine = try session.engine()
        let files = try session.discoverFiles(paths)
        let target = OutputTarget(path: output)
        // Not the baseline the configuration names: rewriting that one is what this command is for.
        try OutputOverInputGuard.check(target, documents: files, others: session.otherInputs().filter { $0.role != "baseline" })
        let results = engine.check(files: files)
        // Documents are named from the baseline file's folder, so a check from anywhere finds them.
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let file = output.hasPrefix("/") ? URL(fileURLWithPath: output) : here.appendingPathComponent(output)
        let folder = output == "-" ? here : file.deletingLastPathComponent()
        let baseline = Baseline(recording: results, folder: folder, workingDirectory: here)
        try target.write(baseline.json())
        FileHandle.standardError.write(Data("plancheck: recorded \(englishCount(baseline.entries.count, "finding")) of \(englishCount(results.documents.count, "document")) in \(VisibleControls.escaped(output))\n".utf8))
    }
}
