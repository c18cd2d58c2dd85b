import PlanCheckCore

/// One kind of rule (`kind: forbid`): the keys it reads beyond the shared ones, decoded from its
/// rule file, and what it searches for. Each kind is one file in PlanCheckChecks, which adds the
/// check; `RuleKinds.all` there lists them, and a `RuleLoader` is made with that list.
package protocol RuleKind: Sendable {
    /// Its name in rule files (`kind: require`).
    static var name: String { get }
    /// The keys only rules of this kind may use, in the order `rules show` and errors name them.
    static var keys: [String] { get }
    /// The document kinds a rule of this kind applies to when it names none (`applies-to`).
    static var defaultDocumentKinds: Set<DocumentKind> { get }
    /// Decodes this kind's keys from the rule's mapping. Errors name `fields.file` and the
    /// offending node's line and column.
    init(decoding fields: YAMLFields) throws
    /// What the matcher looks for; a match's `PatternMatch.pattern` is an index into it.
    var searchPatterns: [Pattern] { get }
    /// This kind's settings as `plancheck rules show` prints them, one line each.
    var descriptionLines: [String] { get }
}

extension RuleKind {
    package static var defaultDocumentKinds: Set<DocumentKind> { Set(DocumentKind.allCases) }
    package var searchPatterns: [Pattern] { [] }
    package var descriptionLines: [String] { [] }
}
