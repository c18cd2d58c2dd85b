import PlanCheckCore

extension DocumentResult {
    /// The findings as the text report lists them, for an author working down the list: first
    /// those with a line (what can be fixed in place), errors before warnings before infos and
    /// by position within each; then the other findings about the whole document; then, under
    /// a heading of their own, the required elements the document is missing.
    package var findingsInTextOrder: (located: [Finding], missingElements: [Finding]) {
        let missing = Set(elements.lazy.filter { $0.status == .missing }.map(\.ruleID))
        var located: [Finding] = []
        var wholeDocument: [Finding] = []
        var missingElements: [Finding] = []
        for finding in findingsInReportOrder {
            if finding.span != nil {
                located.append(finding)
            } else if missing.contains(finding.ruleID) {
                missingElements.append(finding)
            } else {
                wholeDocument.append(finding)
            }
        }
        return (Self.bySeverity(located) + Self.bySeverity(wholeDocument), Self.bySeverity(missingElements))
    }

    /// Most severe first; the report order (position, then rule id) kept within a severity.
    private static func bySeverity(_ findings: [Finding]) -> [Finding] {
        Severity.allCases.reversed().flatMap { severity in findings.filter { $0.severity == severity } }
    }
}
