extension DocumentResult {
    /// The findings in `Finding.reportOrder`, ties kept in the order the engine gave them, so a
    /// report never depends on how parallel checks happened to finish.
    var findingsInReportOrder: [Finding] {
        findings.enumerated()
            .sorted { lhs, rhs in
                if Finding.reportOrder(lhs.element, rhs.element) { return true }
                if Finding.reportOrder(rhs.element, lhs.element) { return false }
                return lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
