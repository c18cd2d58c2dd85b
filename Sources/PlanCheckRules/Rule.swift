import PlanCheckCore

/// What a rule does with its patterns.
package enum RuleKind: String, Sendable, CaseIterable, Codable {
    /// The element must be present: one of the patterns must match in the scope.
    case require
    /// Every match of a pattern is a finding.
    case forbid
    /// Every match of a stale or wrong term is a finding that suggests its replacement.
    case substitute
    /// Heading numbers that skip, repeat or go backwards at a level (`1、2、4、`, a second `（三）`).
    case numbering
    /// A 五年规划 period (十一五 … 十五五) that had ended before the document's year.
    case period
    /// A number missing before its unit (`达到%`, `达亿元`, `投诉电话()`).
    case emptyValue = "empty-value"
    /// A paragraph repeated within a document (copy-paste).
    case duplicate
    /// A number outside a bound: a rate (率) above 100%.
    case range

    /// Whether rules of this kind search with `patterns` (the others find what they need in
    /// the outline or the text themselves).
    package var usesPatterns: Bool {
        switch self {
        case .require, .forbid, .emptyValue, .range: true
        case .substitute, .numbering, .period, .duplicate: false
        }
    }
}

/// Settings that only some rule kinds read.
package struct RuleParameters: Sendable, Hashable {
    /// `period`: years after a period's end during which mentioning it is still fine.
    package var tolerance: Int = 0
    /// `duplicate`: shortest paragraph (letters and ideographs) worth reporting.
    package var minimumLength: Int = 20
    /// `range`: the bounds for the number each pattern captures (its first group).
    package var minimum: Double?
    package var maximum: Double?
    /// `empty-value`: words after which a number is expected, and the units it goes with.
    package var before: [String] = []
    package var units: [String] = []
    /// `period`: the terms that belong to a time, and the last year each was current.
    package var eras: [Era] = Era.fiveYearPlans
    /// `substitute`: the first year in which the terms are stale (a 2015 plan rightly says 卫计委);
    /// documents of an earlier known year are not checked.
    package var since: Int?

    package init() {}
}

/// A term that belongs to a time: a 五年规划 period, a campaign, a body that was merged away.
package struct Era: Sendable, Hashable {
    package var pattern: Pattern
    /// First and last year the term was current (`first` is only for messages).
    package var first: Int?
    package var last: Int
    /// What is current instead, for messages (`{expected}`).
    package var expected: String?

    package init(pattern: Pattern, first: Int? = nil, last: Int, expected: String? = nil) {
        self.pattern = pattern
        self.first = first
        self.last = last
        self.expected = expected
    }

    /// 十一五 2006–2010 … 十五五 2026–2030: a period rule's terms when it names none.
    package static let fiveYearPlans: [Era] = [
        ("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026),
    ].map { Era(pattern: .literal($0.0), first: $0.1, last: $0.1 + 4) }

    /// The five-year plan period holding `year`, e.g. 十四五 for 2024.
    package static func fiveYearPlan(holding year: Int) -> String? {
        fiveYearPlans.first { ($0.first ?? $0.last)...$0.last ~= year }?.pattern.source
    }
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

/// A stale or wrong term and what to write instead.
package struct Substitution: Sendable, Hashable {
    package var pattern: Pattern
    package var replacement: String

    package init(pattern: Pattern, replacement: String) {
        self.pattern = pattern
        self.replacement = replacement
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

/// One rule, as loaded from one YAML file.
package struct Rule: Sendable, Hashable {
    /// `pack.name`, stable: used in config, baselines and reports.
    package var id: String
    package var title: String
    package var kind: RuleKind
    package var severity: Severity
    /// May use `{match}` (the matched text) and `{expected}` (a substitute's replacement).
    package var message: String { didSet { messageTemplate = MessageTemplate(message) } }
    /// `message` split at its placeholders once, not at every finding.
    package private(set) var messageTemplate: MessageTemplate
    package var hint: String?
    package var scope: RuleScope
    /// The document kinds the rule applies to; other kinds get `not-applicable`.
    package var appliesTo: Set<DocumentKind>
    /// `require` and `forbid`: what to look for.
    package var patterns: [Pattern]
    /// `substitute`: terms and their replacements.
    package var substitutions: [Substitution]
    /// A match directly preceded (in the same clause) by one of these words does not count.
    package var unlessBefore: [String] { didSet { foldedUnlessBefore = Rule.folded(unlessBefore) } }
    /// `require`: a match counts only when one of these words is in the same sentence.
    package var with: [String] { didSet { foldedWith = Rule.folded(with) } }
    /// `unlessBefore` and `with` folded like the text they are compared with: once per rule,
    /// not once per document.
    package private(set) var foldedUnlessBefore: [[UInt16]]
    package private(set) var foldedWith: [[UInt16]]
    package var examples: RuleExamples
    /// The regulation or guidance the rule comes from, when there is one.
    package var reference: String?
    /// Kind-specific settings.
    package var parameters: RuleParameters
    /// Where the rule came from: a file path, or `rules/…` for a bundled rule.
    package var origin: String

    package init(
        id: String, title: String, kind: RuleKind, severity: Severity, message: String, hint: String? = nil,
        scope: RuleScope = .document, appliesTo: Set<DocumentKind> = Set(DocumentKind.allCases),
        patterns: [Pattern] = [], substitutions: [Substitution] = [], unlessBefore: [String] = [],
        with: [String] = [], examples: RuleExamples = RuleExamples(), reference: String? = nil, parameters: RuleParameters = RuleParameters(),
        origin: String = ""
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.severity = severity
        self.message = message
        self.messageTemplate = MessageTemplate(message)
        self.hint = hint
        self.scope = scope
        self.appliesTo = appliesTo
        self.patterns = patterns
        self.substitutions = substitutions
        self.unlessBefore = unlessBefore
        self.with = with
        self.foldedUnlessBefore = Rule.folded(unlessBefore)
        self.foldedWith = Rule.folded(with)
        self.examples = examples
        self.reference = reference
        self.parameters = parameters
        self.origin = origin
    }

    private static func folded(_ words: [String]) -> [[UInt16]] {
        words.map { TextNormalizer.fold(Array($0.utf16)) }
    }

    /// The pack a rule belongs to: the part of its id before the first dot.
    package var pack: String { String(id.prefix { $0 != "." }) }
}
