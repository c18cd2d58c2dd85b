/// Whether a required element (院感, 爱国卫生月 …) is covered by a document.
public enum ElementStatus: String, Sendable, Codable {
    case met
    case missing
    case notApplicable = "not-applicable"
}

/// A place where a required element was found.
public struct Evidence: Sendable, Hashable {
    public var position: SourcePosition
    /// The words that matched, as written in the document.
    public var text: String

    public init(position: SourcePosition, text: String) {
        self.position = position
        self.text = text
    }
}

/// The outcome of one `require` rule on one document, kept so audits can show coverage.
public struct ElementResult: Sendable, Hashable {
    public var ruleID: String
    public var title: String
    public var status: ElementStatus
    public var evidence: [Evidence]

    public init(ruleID: String, title: String, status: ElementStatus, evidence: [Evidence] = []) {
        self.ruleID = ruleID
        self.title = title
        self.status = status
        self.evidence = evidence
    }
}
