import PlanCheckCore

/// The counts an auditor reads first. A piece of a compilation counts as one submission, the way
/// `plancheck check` reports it (`path#N`).
package struct AuditHeadline: Sendable, Equatable {
    /// Distinct files checked.
    package var files: Int
    /// Documents and pieces checked: one per `DocumentResult`.
    package var documents: Int
    /// Health plans (or pieces) with no error finding: a document that is no health plan or
    /// could not be read is not counted, whatever its findings.
    package var passed: Int
    /// Documents (or pieces) with at least one error finding.
    package var withErrors: Int
    /// Documents by verdict: to send back, unreadable, not a health plan (for a person to look at).
    package var sendBack: Int
    package var unreadable: Int
    package var notHealthPlan: Int
    package var errors: Int
    package var warnings: Int
    package var infos: Int

    package init(documents results: [DocumentResult]) {
        files = Set(results.map(\.path)).count
        documents = results.count
        withErrors = results.count { $0.findings.contains { $0.severity == .error } }
        let verdicts = results.map(AuditVerdict.init)
        passed = verdicts.count { $0 == .passed }
        sendBack = verdicts.count { $0 == .sendBack }
        unreadable = verdicts.count { $0 == .unreadable }
        notHealthPlan = verdicts.count { $0 == .notHealthPlan }
        let summary = Summary(documents: results)
        errors = summary.errors
        warnings = summary.warnings
        infos = summary.infos
    }

    /// Findings of one severity.
    package func count(of severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .info: infos
        }
    }
}
