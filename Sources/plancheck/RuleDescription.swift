import PlanCheckRules

/// A rule written out for `plancheck rules show`.
enum RuleDescription {
    static func text(of rule: Rule) -> String {
        var lines = [
            "\(rule.id) — \(rule.title)",
            "  kind:      \(rule.kind.rawValue)",
            "  severity:  \(rule.severity.rawValue)",
            "  scope:     \(rule.scope.rawValue)",
            "  applies to: \(rule.appliesTo.map(\.rawValue).sorted().joined(separator: ", "))",
            "  file:      \(rule.origin)",
            "  message:   \(rule.message)",
        ]
        if let hint = rule.hint { lines.append("  hint:      \(hint)") }
        if let reference = rule.reference { lines.append("  reference: \(reference)") }
        if !rule.patterns.isEmpty {
            lines.append("  patterns:")
            lines += rule.patterns.map { pattern in
                switch pattern {
                case .literal(let text): "    - \(text)"
                case .regex(let source): "    - regex: \(source)"
                }
            }
        }
        if !rule.substitutions.isEmpty {
            lines.append("  replace:")
            lines += rule.substitutions.map { "    - \($0.pattern.source) → \($0.replacement)" }
        }
        if !rule.unlessBefore.isEmpty { lines.append("  unless before: \(rule.unlessBefore.joined(separator: ", "))") }
        if !rule.with.isEmpty { lines.append("  with:      \(rule.with.joined(separator: ", "))") }
        if !rule.examples.pass.isEmpty {
            lines.append("  examples that pass:")
            lines += rule.examples.pass.map { "    ✓ " + $0.replacingOccurrences(of: "\n", with: "⏎") }
        }
        if !rule.examples.fail.isEmpty {
            lines.append("  examples that fail:")
            lines += rule.examples.fail.map { "    ✗ " + $0.replacingOccurrences(of: "\n", with: "⏎") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
