import PlanCheckRules
import PlanCheckReporters

/// A rule written out for `plancheck rules show`.
enum RuleDescription {
    static func text(of rule: Rule) -> String {
        var lines = [
            "\(rule.id) — \(rule.title)",
            "  kind:      \(rule.kindName)",
            "  severity:  \(rule.severity.rawValue)",
            "  scope:     \(rule.scope.rawValue)",
            "  applies to: \(rule.appliesTo.map(\.rawValue).sorted().joined(separator: ", "))",
            "  file:      \(rule.origin)",
            "  message:   \(rule.message)",
        ]
        if let hint = rule.hint { lines.append("  hint:      \(hint)") }
        if let reference = rule.reference { lines.append("  reference: \(reference)") }
        lines += rule.kind.descriptionLines
        if !rule.examples.pass.isEmpty {
            lines.append("  examples that pass:")
            lines += rule.examples.pass.map { "    ✓ " + $0.replacingOccurrences(of: "\n", with: "⏎") }
        }
        if !rule.examples.fail.isEmpty {
            lines.append("  examples that fail:")
            lines += rule.examples.fail.map { "    ✗ " + $0.replacingOccurrences(of: "\n", with: "⏎") }
        }
        // A rule's text is shown with its control characters escaped: it may come from anyone's rule file.
        return lines.map(VisibleControls.escaped).joined(separator: "\n") + "\n"
    }
}
