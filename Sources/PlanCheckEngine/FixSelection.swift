import PlanCheckCore
import PlanCheckDocuments
import PlanCheckChecks

/// Which findings `check --fix` may apply: those whose rule kind offers a real substitution (a
/// stale term and the term that replaced it). A numbering finding also carries the number it
/// expected, but renumbering one heading shifts its siblings, and placeholders and missing
/// elements have nothing to write in: they are never applied.
package enum FixSelection {
    /// Rule kinds whose `replacement` stands in for the matched words.
    package static let substitutingKinds: Set<String> = [SubstituteCheck.name, PeriodCheck.name]

    /// The edits the findings of `results` offer, by document path (pieces of a compilation
    /// share their file's path and positions).
    package static func edits(in documents: [DocumentResult], rules: [RuleDescriptor]) -> [String: [FixEdit]] {
        let fixable = Set(rules.filter { substitutingKinds.contains($0.kind) }.map(\.id))
        var edits: [String: [FixEdit]] = [:]
        for document in documents {
            for finding in document.findings {
                guard fixable.contains(finding.ruleID), let edit = edit(for: finding) else { continue }
                edits[document.path, default: []].append(edit)
            }
        }
        return edits
    }

    /// The edit a finding offers: its words, where they are, and the replacement.
    package static func edit(for finding: Finding) -> FixEdit? {
        guard let span = finding.span, let original = finding.match, !original.isEmpty,
              let replacement = finding.replacement, replacement != original,
              span.start.line == span.end.line,
              // Words matched through folding (衛(wèi)生計(jì)生, full-width forms) are written in
              // another script than the replacement: rewriting them would mix the two.
              TextNormalizer.fold(original) == original else { return nil }
        return FixEdit(line: span.start.line, column: span.start.column, original: original, replacement: replacement)
    }
}
