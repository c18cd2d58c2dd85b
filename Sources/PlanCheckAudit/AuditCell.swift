import PlanCheckCore

/// One cell of the coverage matrix: one document (or piece) against one required element.
package struct AuditCell: Sendable, Equatable {
    package enum Status: String, Sendable {
        case met
        case missing
        case notApplicable = "not-applicable"
        /// The document could not be read, or the element's rule did not run on it.
        case unchecked
    }

    package var ruleID: String
    package var status: Status
    /// Where the element was found, in document order; empty unless `met`.
    package var evidence: [Evidence]
    /// For a met element: what it can be checked by (a number, a rate, a deadline), if anything.
    package var target: String?

    package init(ruleID: String, status: Status, evidence: [Evidence] = [], target: String? = nil) {
        self.ruleID = ruleID
        self.status = status
        self.evidence = evidence
        self.target = target
    }

    init(ruleID: String, element: ElementResult?) {
        guard let element else {
            self.init(ruleID: ruleID, status: .unchecked)
            return
        }
        let status: Status = switch element.status {
        case .met: .met
        case .missing: .missing
        case .notApplicable: .notApplicable
        }
        self.init(ruleID: ruleID, status: status, evidence: element.evidence.sorted { $0.position < $1.position }, target: element.target)
    }

    /// `第22行「院内感染」`: the first place the element was found.
    var evidenceSummary: String? {
        evidence.first.map { "第\($0.position.line)行「\($0.text)」" }
    }

    /// Every place, one per line, for a tooltip.
    var evidenceDetail: String {
        evidence.map { "第\($0.position.line)行第\($0.position.column)列「\($0.text)」" }.joined(separator: "\n")
    }
}
