import PlanCheckCore

/// A finding as an audit report shows it: the message, where, and the line it sits on cut into the
/// text before the match, the match, and the text after, so a template can highlight the match
/// while every part stays escaped.
package struct AuditFinding: Sendable, Equatable {
    package var ruleID: String
    package var severity: Severity
    package var message: String
    package var hint: String?
    /// 1-indexed; `nil` for a finding about the whole document (a missing element).
    package var line: Int?
    package var column: Int?
    package var match: String?
    package var replacement: String?
    /// The line around the match, `…` where it was cut; all empty without a line.
    package var before: String
    package var highlighted: String
    package var after: String
    /// The whole line the finding is on, without its indentation (as `check --format csv` gives it); empty without a line.
    package var lineText: String

    /// Characters of context kept on each side of the match.
    package static let contextLength = 36

    package init(_ finding: Finding) {
        ruleID = finding.ruleID
        severity = finding.severity
        message = finding.message
        hint = finding.hint
        line = finding.span?.start.line
        column = finding.span?.start.column
        match = finding.match
        replacement = finding.replacement
        (before, highlighted, after) = Self.excerpt(of: finding)
        lineText = Self.trimmed(finding.lineText ?? "")
    }

    /// Without white space at either end, by Unicode scalar as `check --format csv` trims it.
    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    package var hasExcerpt: Bool { !(before.isEmpty && highlighted.isEmpty && after.isEmpty) }

    private static func excerpt(of finding: Finding) -> (String, String, String) {
        guard let lineText = finding.lineText, let span = finding.span else { return ("", "", "") }
        let scalars = Array(lineText.unicodeScalars.filter { $0.properties.generalCategory != .control || $0 == "\t" })
        // Columns within `lineText`, which starts at `lineTextColumn` of a cut line.
        let start = min(max(span.start.column - finding.lineTextColumn, 0), scalars.count)
        let end = span.end.line == span.start.line ? min(max(span.end.column - finding.lineTextColumn, start), scalars.count) : scalars.count
        let from = max(0, start - contextLength)
        let to = min(scalars.count, end + contextLength)
        func text(_ range: Range<Int>) -> String {
            var string = String.UnicodeScalarView()
            string.append(contentsOf: scalars[range])
            return String(string)
        }
        return ((from > 0 || finding.lineTextColumn > 1 ? "…" : "") + text(from..<start), text(start..<end), text(end..<to) + (to < scalars.count ? "…" : ""))
    }
}
