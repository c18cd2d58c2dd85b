import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckEngine

extension CheckSettings {
    /// Checks `files`, then applies (or with `--dry-run` diffs) the fixes their findings offer.
    /// `remaining` and `failing` count the findings a dry run would leave.
    func fixFiles(_ files: [DiscoveredFile], engine: Engine, jobs: Int, baselineFilter: Baseline.Filter?,
                  threshold: Severity?) -> (run: FixRun.Outcome, remaining: Int, failing: Bool) {
        let snapshots = FixRun.snapshots(of: files)
        var documents = engine.check(files: files, jobs: jobs).documents
        if let baselineFilter { documents = documents.map(baselineFilter.apply) }
        let edits = FixSelection.edits(in: documents, rules: engine.ruleDescriptors)
        let run = FixRun(messages: FixMessages(language: rules.resolvedLanguage), dryRun: dryRun)
            .apply(edits, files: files, snapshots: snapshots)
        var remaining = 0
        var failing = false
        for document in documents {
            let applied = Set(run.applied[document.path] ?? [])
            for finding in document.findings {
                if let edit = FixSelection.edit(for: finding), applied.contains(edit) { continue }
                remaining += 1
                if let threshold, finding.severity >= threshold { failing = true }
            }
        }
        return (run, remaining, failing)
    }

    /// What the fixes did, on standard error: what stopped a file, then the count.
    func reportFixes(_ run: FixRun.Outcome, remaining: Int) {
        let messages = FixMessages(language: rules.resolvedLanguage)
        var lines = run.notes.map { "plancheck: \($0)" }
        lines.append(messages.summary(applied: run.appliedCount, files: run.applied.count, remaining: remaining, dryRun: dryRun))
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
