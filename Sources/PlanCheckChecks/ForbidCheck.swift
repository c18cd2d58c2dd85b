import PlanCheckCore
import PlanCheckRules

/// `forbid`: every match in scope is a finding (placeholders, web residue …).
package struct ForbidCheck: Check {
    package init() {}

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let scopes = context.ranges(for: rule.scope)
        let negations = rule.foldedUnlessBefore
        let findings = matches.leftmostLongest()
            .filter { match in scopes.contains { $0.contains(match.range.lowerBound) } }
            .filter { !context.isPreceded($0.range, byAnyOf: negations) }
            .map { match in
                let text = context.document.text(in: match.range)
                return context.finding(rule: rule, range: match.range,
                                       message: rule.messageTemplate.filled(match: text, year: context.outline.year))
            }
        return CheckOutcome(findings: findings)
    }
}
