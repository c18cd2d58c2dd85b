/// One problem found in one document (or piece of a compilation).
package struct Finding: Sendable, Hashable {
    /// The id of the rule that produced it, e.g. `hygiene.placeholder`. Findings about the run
    /// itself (a document that cannot be read) use ids under `plancheck.`.
    package var ruleID: String
    package var severity: Severity
    package var message: String
    package var hint: String?
    /// Where the finding is; `nil` for findings about the whole document (a missing element).
    package var span: SourceSpan?
    /// The exact text that matched, as written in the document.
    package var match: String?
    /// The source line the finding sits on, for showing it with a caret: the whole line, or a
    /// window of a very long one starting at `lineTextColumn`.
    package var lineText: String?
    /// The column (1-based, in the line) where `lineText` starts: 1 unless the line was cut.
    package var lineTextColumn: Int
    /// A suggested replacement for the matched text (substitute rules).
    package var replacement: String?

    package init(
        ruleID: String, severity: Severity, message: String, hint: String? = nil,
        span: SourceSpan? = nil, match: String? = nil, lineText: String? = nil, lineTextColumn: Int = 1, replacement: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.hint = hint
        self.span = span
        self.match = match
        self.lineText = lineText
        self.lineTextColumn = lineTextColumn
        self.replacement = replacement
    }

    /// Stable report order: by position (document-level findings first), then rule id, then message.
    package static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = lhs.span?.utf16Range.lowerBound ?? -1
        let right = rhs.span?.utf16Range.lowerBound ?? -1
        if left != right { return left < right }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }

    /// `findings` in `reportOrder`, ties kept in the order given. Findings arrive nearly always
    /// in order already, which one pass confirms; otherwise positions are sorted rather than the
    /// findings themselves (moving a finding moves a dozen strings).
    package static func inReportOrder(_ findings: [Finding]) -> [Finding] {
        // Read in place: zipping the array with itself copied every finding it compared.
        let ordered = findings.withUnsafeBufferPointer { findings in
            findings.indices.dropFirst().allSatisfy { !reportOrder(findings[$0], findings[$0 - 1]) }
        }
        if ordered { return findings }
        let order = findings.indices.sorted { left, right in
            if reportOrder(findings[left], findings[right]) { return true }
            if reportOrder(findings[right], findings[left]) { return false }
            return left < right
        }
        return order.map { findings[$0] }
    }
}
