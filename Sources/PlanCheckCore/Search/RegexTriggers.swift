/// What `RegexPrefilter` reads of a regex: the literals every match holds one of, whether every
/// match starts with one, and the literals every match starts with when those differ. Reading
/// them parses the regex; the bundled rules' readings are kept in a table made ahead
/// (`KnownRegexTriggers` in PlanCheckEngine), so a start does not parse every bundled regex again.
package struct RegexTriggers: Sendable, Equatable {
    /// Sorted; empty when the prefilter names none (the regex then runs on every line).
    package var literals: [String]
    package var matchesStartWithOne: Bool
    /// Sorted, when known and not the same as `literals`.
    package var starts: [String]?

    package init(literals: [String], matchesStartWithOne: Bool, starts: [String]?) {
        self.literals = literals
        self.matchesStartWithOne = matchesStartWithOne
        self.starts = starts
    }

    /// The prefilter's reading of `source`, worked out now.
    package static func read(_ source: String) -> RegexTriggers {
        guard let found = RegexPrefilter.triggers(of: source) else {
            return RegexTriggers(literals: [], matchesStartWithOne: false, starts: nil)
        }
        let starts = found.matchesStartWithOne ? nil : found.starts.map { $0.sorted() }
        return RegexTriggers(literals: found.literals.sorted(), matchesStartWithOne: found.matchesStartWithOne, starts: starts)
    }
}
