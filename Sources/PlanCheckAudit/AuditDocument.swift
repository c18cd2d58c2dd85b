import PlanCheckReporters
import PlanCheckCore

/// One document (or piece of a compilation) in an audit: a row of the coverage matrix and a
/// section of the details.
package struct AuditDocument: Sendable, Equatable {
    /// `path` or `path#N`, as in every other report.
    package var displayName: String
    /// The file name (with `#N` for a piece), short enough for a matrix row.
    package var shortName: String
    package var path: String
    package var piece: Int?
    package var title: String?
    /// `nil` when the document could not be read.
    package var kind: DocumentKind?
    package var year: Int?
    package var issuer: String?
    package var issuerType: IssuerType?
    package var encoding: String?
    /// One per column of the report's `elements`, in the same order.
    package var cells: [AuditCell]
    /// Errors, then warnings, then infos; report order (whole document, then by position) within each.
    package var findings: [AuditFinding]
    package var verdict: AuditVerdict

    package init(_ result: DocumentResult, elementIDs: [String]) {
        displayName = result.displayName
        let fileName = result.path.split(separator: "/").last.map(String.init) ?? result.path
        shortName = result.piece.map { "\(fileName)#\($0)" } ?? fileName
        path = result.path
        piece = result.piece
        title = result.title
        kind = result.kind
        year = result.year
        issuer = result.issuer
        issuerType = result.issuerType
        encoding = result.encoding
        let elements = Dictionary(result.elements.map { ($0.ruleID, $0) }, uniquingKeysWith: { first, _ in first })
        cells = elementIDs.map { AuditCell(ruleID: $0, element: elements[$0]) }
        // An auditor reads a document's errors before its warnings, wherever they stand in it.
        findings = result.findingsInReportOrder.enumerated()
            .sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
            .map { AuditFinding($0.element) }
        verdict = AuditVerdict(result)
    }

    /// A health plan without error findings: a document that is no health plan, or could not be
    /// read, has not passed, whatever its findings.
    package var passed: Bool { verdict == .passed }

    package func count(of severity: Severity) -> Int { findings.count { $0.severity == severity } }

    /// `工作计划`, `工作总结` … for people.
    var kindLabel: String {
        switch kind {
        case .plan: "工作计划"
        case .summary: "工作总结"
        case .summaryPlan: "工作总结暨计划"
        case .other: "其他（非卫生健康工作计划）"
        case nil: "未能读取"
        }
    }
}
