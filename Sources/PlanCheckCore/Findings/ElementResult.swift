/// Whether a required element (院感, 爱国卫生月 …) is covered by a document.
package enum ElementStatus: String, Sendable, Codable {
    case met
    case missing
    case notApplicable = "not-applicable"
}

/// A place where a required element was found.
package struct Evidence: Sendable, Hashable {
    package var position: SourcePosition
    /// The words that matched, as written in the document.
    package var text: String

    package init(position: SourcePosition, text: String) {
        self.position = position
        self.text = text
    }
}

/// The outcome of one `require` rule on one document, kept so audits can show coverage.
package struct ElementResult: Sendable, Hashable {
    package var ruleID: String
    package var title: String
    package var status: ElementStatus
    package var evidence: [Evidence]
    /// Why the element is not applicable (a school's plan, a hospital, a plan on one topic).
    package var reason: String?
    /// For a met element: the words that give it something to check it by (a number, a rate,
    /// a frequency, a deadline), when the sentence that plans it has any.
    package var target: String?

    package init(ruleID: String, title: String, status: ElementStatus, evidence: [Evidence] = [], reason: String? = nil, target: String? = nil) {
        self.ruleID = ruleID
        self.title = title
        self.status = status
        self.evidence = evidence
        self.reason = reason
        self.target = target
    }
}
