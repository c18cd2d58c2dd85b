/// What a rule does with its patterns.
public enum RuleKind: String, Sendable, CaseIterable, Codable {
    /// The element must be present: one of the patterns must match in the scope.
    case require
    /// Every match of a pattern is a finding.
    case forbid
    /// Every match of a stale or wrong term is a finding that suggests its replacement.
    case substitute
}

/// Where in a document a rule looks.
public enum RuleScope: String, Sendable, CaseIterable, Codable {
    case document
    case plan
    case summary
    case problems

    /// The part a scope names; `nil` for the whole document.
    public var part: PartKind? {
        switch self {
        case .document: nil
        case .plan: .plan
        case .summary: .summary
        case .problems: .problems
        }
    }
}

/// Something a rule looks for: a literal (matched on normalized text) or a regular expression.
public enum Pattern: Sendable, Hashable {
    case literal(String)
    case regex(String)

    public var source: String {
        switch self {
        case .literal(let text): text
        case .regex(let expression): expression
        }
    }
}

/// A stale or wrong term and what to write instead.
public struct Substitution: Sendable, Hashable {
    public var pattern: Pattern
    public var replacement: String

    public init(pattern: Pattern, replacement: String) {
        self.pattern = pattern
        self.replacement = replacement
    }
}

/// Snippets that show what a rule accepts and what it reports; `plancheck rules test` and the
/// test suite run them all.
public struct RuleExamples: Sendable, Hashable {
    /// Texts on which the rule reports nothing.
    public var pass: [String]
    /// Texts on which the rule reports at least one finding. A `↓` marks where a finding must start.
    public var fail: [String]

    public init(pass: [String] = [], fail: [String] = []) {
        self.pass = pass
        self.fail = fail
    }
}

/// One rule, as loaded from one YAML file.
public struct Rule: Sendable, Hashable {
    /// `pack.name`, stable: used in config, baselines and reports.
    public var id: String
    public var title: String
    public var kind: RuleKind
    public var severity: Severity
    /// May use `{match}` (the matched text) and `{expected}` (a substitute's replacement).
    public var message: String
    public var hint: String?
    public var scope: RuleScope
    /// The document kinds the rule applies to; other kinds get `not-applicable`.
    public var appliesTo: Set<DocumentKind>
    /// `require` and `forbid`: what to look for.
    public var patterns: [Pattern]
    /// `substitute`: terms and their replacements.
    public var substitutions: [Substitution]
    /// A match directly preceded (in the same clause) by one of these words does not count.
    public var unlessBefore: [String]
    /// `require`: a match counts only when one of these words is in the same sentence.
    public var with: [String]
    public var examples: RuleExamples
    /// The regulation or guidance the rule comes from, when there is one.
    public var reference: String?
    /// Where the rule came from: a file path, or `rules/…` for a bundled rule.
    public var origin: String

    public init(
        id: String, title: String, kind: RuleKind, severity: Severity, message: String, hint: String? = nil,
        scope: RuleScope = .document, appliesTo: Set<DocumentKind> = Set(DocumentKind.allCases),
        patterns: [Pattern] = [], substitutions: [Substitution] = [], unlessBefore: [String] = [],
        with: [String] = [], examples: RuleExamples = RuleExamples(), reference: String? = nil, origin: String = ""
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.severity = severity
        self.message = message
        self.hint = hint
        self.scope = scope
        self.appliesTo = appliesTo
        self.patterns = patterns
        self.substitutions = substitutions
        self.unlessBefore = unlessBefore
        self.with = with
        self.examples = examples
        self.reference = reference
        self.origin = origin
    }

    /// The pack a rule belongs to: the part of its id before the first dot.
    public var pack: String { String(id.prefix { $0 != "." }) }
}
