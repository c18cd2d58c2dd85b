import PlanCheckCore

/// How often one rule fired across the run, for the "findings by rule" table.
package struct AuditRuleTally: Sendable, Equatable {
    package var ruleID: String
    package var title: String
    package var severity: Severity
    package var findings: Int
    /// Documents (or pieces) with at least one finding of the rule.
    package var documents: Int

    package init(ruleID: String, title: String, severity: Severity, findings: Int, documents: Int) {
        self.ruleID = ruleID
        self.title = title
        self.severity = severity
        self.findings = findings
        self.documents = documents
    }

    /// Every rule that produced a finding, most findings first, then by id. A finding the engine
    /// makes itself (no rule file behind it) takes its first message as title.
    static func tallies(of documents: [DocumentResult], rules: [RuleDescriptor]) -> [AuditRuleTally] {
        let descriptors = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var tallies: [String: AuditRuleTally] = [:]
        for document in documents {
            for finding in document.findings {
                let descriptor = descriptors[finding.ruleID]
                tallies[finding.ruleID, default: AuditRuleTally(
                    ruleID: finding.ruleID, title: descriptor?.title ?? finding.message,
                    severity: descriptor?.severity ?? finding.severity, findings: 0, documents: 0
                )].findings += 1
            }
            for id in Set(document.findings.map(\.ruleID)) { tallies[id]?.documents += 1 }
        }
        return tallies.values.sorted { ($1.findings, $0.ruleID) < ($0.findings, $1.ruleID) }
    }
}
