/// The counts an auditor reads first. A piece of a compilation counts as one submission, the way
/// `plancheck check` reports it (`path#N`).
public struct AuditHeadline: Sendable, Equatable {
    /// Distinct files checked.
    public var files: Int
    /// Documents and pieces checked: one per `DocumentResult`.
    public var documents: Int
    /// Documents (or pieces) with no error finding.
    public var passed: Int
    /// Documents (or pieces) with at least one error finding.
    public var withErrors: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    public init(documents results: [DocumentResult]) {
        files = Set(results.map(\.path)).count
        documents = results.count
        withErrors = results.count { $0.findings.contains { $0.severity == .error } }
        passed = documents - withErrors
        let summary = Summary(documents: results)
        errors = summary.errors
        warnings = summary.warnings
        infos = summary.infos
    }

    /// Findings of one severity.
    public func count(of severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .info: infos
        }
    }
}
