import PlanCheckCore

/// What an auditor is to do with one document, worst first: the order of the matrix rows.
package enum AuditVerdict: Int, Sendable, CaseIterable, Comparable {
    /// A health plan with at least one error finding.
    case sendBack
    /// The file could not be read (a corrupt .docx, a format plancheck does not read).
    case unreadable
    /// Not a health-administration plan (a school's term plan, another bureau's): no element
    /// was asked of it, so "no error" says nothing; a person decides whether it belongs here.
    case notHealthPlan
    /// A health plan without error findings.
    case passed

    /// A document's verdict from what the engine read: its kind (`nil` when unreadable) and
    /// whether it has error findings. Kind comes first, so a school's plan with a placeholder is
    /// still for a person to look at rather than a plan to send back.
    package init(kind: DocumentKind?, hasErrors: Bool) {
        switch kind {
        case nil: self = .unreadable
        case .other: self = .notHealthPlan
        case .plan, .summary, .summaryPlan: self = hasErrors ? .sendBack : .passed
        }
    }

    package init(_ result: DocumentResult) {
        self.init(kind: result.kind, hasErrors: result.findings.contains { $0.severity == .error })
    }

    package static func < (lhs: AuditVerdict, rhs: AuditVerdict) -> Bool { lhs.rawValue < rhs.rawValue }

    /// For people, in the report's language.
    package var label: String {
        switch self {
        case .sendBack: "需退回修改"
        case .unreadable: "未能读取"
        case .notHealthPlan: "非卫生健康计划，需人工确认"
        case .passed: "通过"
        }
    }

    /// A CSS class and a stable key for templates.
    package var key: String {
        switch self {
        case .sendBack: "send-back"
        case .unreadable: "unreadable"
        case .notHealthPlan: "not-health-plan"
        case .passed: "passed"
        }
    }
}
