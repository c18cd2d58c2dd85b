import PlanCheckCore
import PlanCheckRules

/// `period`: a term that belongs to a time that had ended before the document's year (plus the
/// rule's `tolerance` in years): `十二五` in a 2024 plan, a campaign or body of an earlier era.
/// Documents with no known year are skipped: without a year nothing is stale.
package struct PeriodCheck: Check {
    package init() {}

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        guard let year = context.outline.year else { return CheckOutcome() }
        let eras = rule.parameters.eras
        let findings = matches.leftmostLongest().compactMap { match -> Finding? in
            let era = eras[match.pattern]
            guard era.last + rule.parameters.tolerance < year else { return nil }
            let text = context.document.text(in: match.range)
            let span = era.first.map { "\($0)–\(era.last)年" } ?? "至\(era.last)年"
            let expected = era.expected ?? Era.fiveYearPlan(holding: year) ?? "现行提法"
            let message = rule.messageTemplate.filled(match: text, expected: expected, year: year, period: span)
            return context.finding(rule: rule, range: match.range, message: message, replacement: era.expected)
        }
        return CheckOutcome(findings: findings)
    }
}
