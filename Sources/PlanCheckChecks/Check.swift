import PlanCheckCore
import PlanCheckRules

/// What one rule found in one document.
package struct CheckOutcome: Sendable {
    package var findings: [Finding]
    /// For `require` rules: whether the element is covered, and where.
    package var element: ElementResult?

    package init(findings: [Finding] = [], element: ElementResult? = nil) {
        self.findings = findings
        self.element = element
    }
}

/// One rule kind's logic. A check gets the rule, its matches in the document and the context;
/// it never sees the engine, files or other rules.
package protocol Check: Sendable {
    func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome
}

extension RuleKind {
    /// The check that evaluates rules of this kind.
    package var check: any Check {
        switch self {
        case .require: RequireCheck()
        case .forbid: ForbidCheck()
        case .substitute: SubstituteCheck()
        // An empty-value rule differs from forbid only in how its pattern is written (before + units).
        case .emptyValue: ForbidCheck()
        case .numbering: NumberingCheck()
        case .period: PeriodCheck()
        case .duplicate: DuplicateCheck()
        case .range: RangeCheck()
        }
    }
}

extension Array where Element == PatternMatch {
    /// Keeps the leftmost-longest of overlapping matches, so `20xx年` is one finding, not also `xx`.
    func leftmostLongest() -> [PatternMatch] {
        // Matches come sorted by start. When no two start together that is already the order
        // wanted, and when none also reaches into the next, every one is kept.
        var startsDiffer = true
        var disjoint = true
        for (match, next) in zip(self, dropFirst()) {
            if match.range.lowerBound >= next.range.lowerBound {
                startsDiffer = false
                break
            }
            if next.range.lowerBound < match.range.upperBound { disjoint = false }
        }
        if startsDiffer && disjoint { return self }
        let ordered = startsDiffer ? self
            : sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var kept: [PatternMatch] = []
        for match in ordered {
            if let last = kept.last, match.range.lowerBound < last.range.upperBound { continue }
            kept.append(match)
        }
        return kept
    }
}
