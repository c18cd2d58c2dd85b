import PlanCheckCore
import PlanCheckRules

/// `require`: the element must be present in the rule's scope. A match preceded by a negation
/// (`未开展…`) does not count, nor one without a `with` word in its sentence. The outcome keeps
/// the evidence, so audits can show where each element was found.
package struct RequireCheck: Check {
    /// Evidence kept per element: enough to show, not every mention.
    static let evidenceLimit = 3

    package init() {}

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        guard rule.appliesTo.contains(context.outline.kind) else {
            return CheckOutcome(element: ElementResult(ruleID: rule.id, title: rule.title, status: .notApplicable))
        }
        let scopes = context.ranges(for: rule.scope)
        let negations = rule.foldedUnlessBefore
        let companions = rule.foldedWith
        // Only the first few counted matches are kept as evidence: stop looking after them.
        var counted: [PatternMatch] = []
        for match in matches.leftmostLongest()
        where scopes.contains(where: { $0.contains(match.range.lowerBound) })
            && !context.isPreceded(match.range, byAnyOf: negations)
            && context.sentenceContains(match.range, anyOf: companions) {
            counted.append(match)
            if counted.count == Self.evidenceLimit { break }
        }
        guard counted.isEmpty else {
            let evidence = counted.map { match in
                Evidence(position: context.document.sourceMap.position(of: match.range.lowerBound),
                         text: context.document.text(in: match.range))
            }
            return CheckOutcome(element: ElementResult(ruleID: rule.id, title: rule.title, status: .met, evidence: Array(evidence)))
        }
        let finding = Finding(ruleID: rule.id, severity: rule.severity,
                              message: rule.messageTemplate.filled(year: context.outline.year), hint: rule.hint)
        return CheckOutcome(findings: [finding], element: ElementResult(ruleID: rule.id, title: rule.title, status: .missing))
    }
}
