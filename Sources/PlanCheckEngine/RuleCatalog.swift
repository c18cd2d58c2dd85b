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
            lines.append("| `\(rule.id)` | \(Self.markdownCell(rule.title)) | \(rule.kindName) | \(rule.severity.rawValue) | \(kinds) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text as one Markdown table cell that renders as written: a rule file's title may hold `|`,
    /// markup or control characters. Read by scalar, so a prepended mark cannot hide a `<`.
    static func markdownCell(_ text: String) -> String {
        var cell = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "~":
                cell += "\\" + String(scalar)
            case "&": cell += "&amp;"
            case "\n", "\r", "\t": cell += " "
            default:
                if scalar.properties.generalCategory == .control {
                    cell += String(format: "\\x%02x", scalar.value)
                } else {
                    cell.unicodeScalars.append(scalar)
                }
            }
        }
        return cell
    }
}
