import Foundation

/// All loaded rules' patterns compiled once: the literals of every rule into one Aho–Corasick
/// automaton (one pass over a document finds them all), the regexes compiled for reuse.
public struct RuleMatcher: Sendable {
    public let rules: [Rule]
    private let automaton: AhoCorasick
    /// For each automaton pattern: which rule and which of its patterns it came from.
    private let literalOwners: [(rule: Int, pattern: Int)]
    private let regexes: [(rule: Int, pattern: Int, regex: CompiledRegex)]

    public init(rules: [Rule]) throws {
        self.rules = rules
        var literals: [[UInt16]] = []
        var owners: [(Int, Int)] = []
        var regexes: [(Int, Int, CompiledRegex)] = []
        for (ruleIndex, rule) in rules.enumerated() {
            for (patternIndex, pattern) in rule.searchPatterns.enumerated() {
                switch pattern {
                case .literal(let text):
                    literals.append(TextNormalizer.fold(Array(text.utf16)))
                    owners.append((ruleIndex, patternIndex))
                case .regex(let source):
                    regexes.append((ruleIndex, patternIndex, try CompiledRegex(source)))
                }
            }
        }
        automaton = AhoCorasick(patterns: literals)
        literalOwners = owners
        self.regexes = regexes
    }

    /// Every match of every rule within `range` of the folded text, grouped by rule index and
    /// sorted by position.
    public func matches(in folded: [UInt16], range: Range<Int>) -> [[PatternMatch]] {
        var byRule = Array(repeating: [PatternMatch](), count: rules.count)
        for match in automaton.matches(in: folded, range: range) {
            let owner = literalOwners[match.pattern]
            byRule[owner.rule].append(PatternMatch(pattern: owner.pattern, range: match.range))
        }
        if !regexes.isEmpty {
            let text = String(decoding: folded, as: UTF16.self) as NSString
            for entry in regexes {
                for found in entry.regex.matches(in: text, range: range) {
                    byRule[entry.rule].append(PatternMatch(pattern: entry.pattern, range: found))
                }
            }
        }
        return byRule.map { matches in
            matches.sorted { ($0.range.lowerBound, $0.range.upperBound, $0.pattern) < ($1.range.lowerBound, $1.range.upperBound, $1.pattern) }
        }
    }
}

extension Rule {
    /// What the matcher looks for: the patterns, a substitute rule's stale terms, a period rule's eras.
    public var searchPatterns: [Pattern] {
        switch kind {
        case .substitute: substitutions.map(\.pattern)
        case .period: parameters.eras.map(\.pattern)
        default: patterns
        }
    }
}
