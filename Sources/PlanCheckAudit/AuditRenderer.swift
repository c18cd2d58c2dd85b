/// Lays out an `AuditReport` in one format.
package protocol AuditRenderer: Sendable {
    /// The whole report. The same report always gives the same text.
    func render(_ report: AuditReport) -> String
}
