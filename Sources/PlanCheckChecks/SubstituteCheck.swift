import PlanCheckCore
import PlanCheckRules

/// `substitute`: a stale or wrong term is a finding that suggests what to write instead. With
/// `since`, only documents of that year or later (or of unknown year) are checked.
package struct SubstituteCheck: Check {
    package init() {}

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        // A document of a year before the terms went stale used them rightly.
        if let since = rule.parameters.since, let year = context.outline.year, year < since { return CheckOutcome() }
        let scopes = context.ranges(for: rule.scope)
        let findings = matches.leftmostLongest()
            .filter { match in scopes.contains { $0.contains(match.range.lowerBound) } }
            .map { match in
                let text = context.document.text(in: match.range)
                let replacement = rule.substitutions[match.pattern].replacement
                let message = rule.messageTemplate.filled(match: text, expected: replacement, year: context.outline.year)
                return context.finding(rule: rule, range: match.range, message: message, replacement: replacement)
            }
        return CheckOutcome(findings: findings)
    }
}
