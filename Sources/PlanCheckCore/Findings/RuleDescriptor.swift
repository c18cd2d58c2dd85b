/// What reporters may say about a rule that ran (SARIF lists the tool's rules with their help;
/// audits list the required elements), without reaching back to the rule files.
package struct RuleDescriptor: Sendable, Hashable {
    package var id: String
    package var title: String
    /// `require`, `forbid`, `substitute` …
    package var kind: String
    package var severity: Severity
    package var hint: String?
    /// The regulation or guidance the rule comes from.
    package var reference: String?

    package init(id: String, title: String, kind: String, severity: Severity, hint: String? = nil, reference: String? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.severity = severity
        self.hint = hint
        self.reference = reference
    }
}
