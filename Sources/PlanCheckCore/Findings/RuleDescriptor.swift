/// What reporters may say about a rule that ran (SARIF lists the tool's rules with their help;
/// audits list the required elements), without reaching back to the rule files.
package struct RuleDescriptor: Sendable, Hashable {
    package var id: String
    package var title: String
    /// `require`, `forbid`, `substitute` …, or `built-in` for the engine's own findings.
    package var kind: String
    /// Whether the rule is a required element, met or missing per document (an audit's columns).
    package var isElement: Bool
    package var severity: Severity
    package var hint: String?
    /// The regulation or guidance the rule comes from.
    package var reference: String?

    /// `kind` of the findings the engine makes itself, with no rule file behind them.
    package static let builtInKind = "built-in"

    package init(id: String, title: String, kind: String, isElement: Bool = false, severity: Severity, hint: String? = nil, reference: String? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.isElement = isElement
        self.severity = severity
        self.hint = hint
        self.reference = reference
    }

    /// Whether the engine makes these findings itself (an unreadable document, a regex stopped).
    package var isBuiltIn: Bool { kind == Self.builtInKind }
}
