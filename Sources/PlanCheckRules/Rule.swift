import PlanCheckCore

/// One rule, as loaded from one YAML file: the fields every rule has, and its kind with the
/// kind's own settings.
package struct Rule: Sendable {
    /// `pack.name`, stable: used in config, baselines and reports.
    package var id: String
    package var title: String
    /// The kind and its settings (`RequireKind`, `ForbidKind` … in PlanCheckChecks).
    package var kind: any RuleKind
    package var severity: Severity
    /// May use `{match}` (the matched text) and `{expected}` (a substitute's replacement).
    package var message: String { didSet { messageTemplate = MessageTemplate(message) } }
    /// `message` split at its placeholders once, not at every finding.
    package private(set) var messageTemplate: MessageTemplate
    /// May use the same placeholders as `message`.
    package var hint: String? { didSet { hintTemplate = hint.map(MessageTemplate.init) } }
    /// `hint` split at its placeholders once.
    package private(set) var hintTemplate: MessageTemplate?
    package var scope: RuleScope
    /// The document kinds the rule applies to; other kinds get `not-applicable`.
    package var appliesTo: Set<DocumentKind>
    /// The kinds of issuer the rule applies to (`applies-to: {issuers: […]}`); `nil` for every one.
    package var issuers: Set<IssuerType>?
    package var examples: RuleExamples
    /// The regulation or guidance the rule comes from, when there is one.
    package var reference: String?
    /// Where the rule came from: a file path, or `rules/…` for a bundled rule.
    package var origin: String

    package init(
        id: String, title: String, kind: any RuleKind, severity: Severity, message: String, hint: String? = nil,
        scope: RuleScope = .document, appliesTo: Set<DocumentKind>? = nil, issuers: Set<IssuerType>? = nil,
        examples: RuleExamples = RuleExamples(), reference: String? = nil, origin: String = ""
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.severity = severity
        self.message = message
        self.messageTemplate = MessageTemplate(message)
        self.hint = hint
        self.hintTemplate = hint.map(MessageTemplate.init)
        self.scope = scope
        self.appliesTo = appliesTo ?? type(of: kind).defaultDocumentKinds
        self.issuers = issuers
        self.examples = examples
        self.reference = reference
        self.origin = origin
    }

    /// The kind's name in rule files (`require`).
    package var kindName: String { type(of: kind).name }

    /// What the matcher looks for.
    package var searchPatterns: [Pattern] { kind.searchPatterns }

    /// The pack a rule belongs to: the part of its id before the first dot.
    package var pack: String { String(id.prefix { $0 != "." }) }
}

/// Where in a document a rule looks.
package enum RuleScope: String, Sendable, CaseIterable, Codable {
    case document
    case plan
    case summary
    case problems

    /// The part a scope names; `nil` for the whole document.
    package var part: PartKind? {
        switch self {
        case .document: nil
        case .plan: .plan
        case .summary: .summary
        case .problems: .problems
        }
    }
}

/// Something a rule looks for: a literal (matched on normalized text) or a regular expression.
package enum Pattern: Sendable, Hashable {
    case literal(String)
    case regex(String)

    package var source: String {
        switch self {
        case .literal(let text): text
        case .regex(let expression): expression
        }
    }
}

/// Snippets that show what a rule accepts and what it reports; `plancheck rules test` and the
/// test suite run them all.
package struct RuleExamples: Sendable, Hashable {
    /// Texts on which the rule reports nothing.
    package var pass: [String]
    /// Texts on which the rule reports at least one finding. A `↓` marks where a finding must start.
    package var fail: [String]

    package init(pass: [String] = [], fail: [String] = []) {
        self.pass = pass
        self.fail = fail
    }
}
