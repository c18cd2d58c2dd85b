/// What reporters may say about a rule that ran (SARIF lists the tool's rules with their help;
/// audits list the required elements), without reaching back to the rule files.
public struct RuleDescriptor: Sendable, Hashable {
    public var id: String
    public var title: String
    /// `require`, `forbid`, `substitute` …
    public var kind: String
    public var severity: Severity
    public var hint: String?
    /// The regulation or guidance the rule comes from.
    public var reference: String?

    public init(id: String, title: String, kind: String, severity: Severity, hint: String? = nil, reference: String? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.severity = severity
        self.hint = hint
        self.reference = reference
    }
}
