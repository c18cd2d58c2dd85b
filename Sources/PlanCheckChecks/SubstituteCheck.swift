import PlanCheckCore
import PlanCheckRules

/// `substitute`: a stale or wrong term is a finding that suggests what to write instead. With
/// `since`, only documents of that year or later (or of unknown year) are checked.
package struct SubstituteCheck: Check {
    package static let name = "substitute"
    package static let keys = ["replace", "since"]

    /// Terms and their replacements.
    package let substitutions: [Substitution]
    /// The first year in which the terms are stale (a 2015 plan rightly says 卫计委); documents
    /// of an earlier known year are not checked.
    package let since: Int?

    package init(substitutions: [Substitution], since: Int? = nil) {
        self.substitutions = substitutions
        self.since = since
    }

    package init(decoding fields: YAMLFields) throws {
        var substitutions: [Substitution] = []
        if let node = fields["replace"] {
            guard case .mapping(let mapping) = node.content else {
                throw YAMLFields.error(fields.file, node, "'replace' must map each stale term to its replacement, e.g. {卫计委: 卫健委}")
            }
            substitutions = try mapping.map { key, value in
                Substitution(pattern: try fields.pattern(key), replacement: try YAMLFields.string(value, file: fields.file, key: "replace"))
            }
        }
        let since = try fields.int("since", in: 1949...2100)
        if substitutions.isEmpty {
            throw YAMLFields.error(fields.file, fields.node, "a substitute rule needs 'replace' with at least one term: replacement pair")
        }
        self.init(substitutions: substitutions, since: since)
    }

    package var searchPatterns: [Pattern] { substitutions.map(\.pattern) }

    package var descriptionLines: [String] {
        ["  replace:"] + substitutions.map { "    - \($0.pattern.source) → \($0.replacement)" }
    }

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        // A document of a year before the terms went stale used them rightly.
        if let since, let year = context.outline.year, year < since { return CheckOutcome() }
        let scopes = context.ranges(for: rule.scope)
        var findings = context.findingList()
        for match in matches.leftmostLongest() where scopes.contains(where: { $0.contains(match.range.lowerBound) }) {
            let replacement = substitutions[match.pattern].replacement
            findings.append(context.finding(
                rule: rule, range: match.range,
                message: rule.messageTemplate.filled(match: context.document.text(in: match.range), expected: replacement, year: context.outline.year),
                replacement: replacement))
        }
        return CheckOutcome(findings)
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
