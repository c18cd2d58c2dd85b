import PlanCheckCore
import PlanCheckRules

/// The rules as a Markdown table, one row a rule: `plancheck rules list --markdown`, and the
/// README's table of bundled rules, which a test keeps equal to this.
package enum RuleCatalog {
    package static func markdown(_ rules: [Rule]) -> String {
        var lines = ["| rule | title | kind | severity | applies to |", "| --- | --- | --- | --- | --- |"]
        for rule in rules {
            let kinds = rule.appliesTo.count == DocumentKind.allCases.count ? "all"
                : DocumentKind.allCases.filter(rule.appliesTo.contains).map(\.rawValue).joined(separator: ", ")
            lines.append("| `\(rule.id)` | \(rule.title) | \(rule.kindName) | \(rule.severity.rawValue) | \(kinds) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
