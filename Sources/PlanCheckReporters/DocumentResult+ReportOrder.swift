import PlanCheckCore

extension DocumentResult {
    /// The findings in `Finding.reportOrder`, ties kept in the order the engine gave them, so a
    /// report never depends on how parallel checks happened to finish.
    package var findingsInReportOrder: [Finding] { Finding.inReportOrder(findings) }
}
