import PlanCheckCore
import PlanCheckRules

/// What one rule found in one document.
package struct CheckOutcome: Sendable {
    package var findings: [Finding]
    /// For `require` rules: whether the element is covered, and where.
    package var element: ElementResult?
    /// Findings past the run's limit per rule and document, counted but not made.
    package var omitted: Int

    package init(findings: [Finding] = [], element: ElementResult? = nil, omitted: Int = 0) {
        self.findings = findings
        self.element = element
        self.omitted = omitted
    }

    package init(_ list: FindingList) {
        self.init(findings: list.findings, omitted: list.omitted)
    }
}

/// A rule kind with its logic: the kind's settings (decoded from its rule file) and the check
/// that runs them. A check gets the rule, its matches in the document and the context; it never
/// sees the engine, files or other rules. `RuleKinds.all` lists every kind.
package protocol Check: RuleKind {
    /// Whether rules of this kind are required elements: each document meets, misses or is not
    /// held to them (`CheckOutcome.element`), which audits show as coverage.
    static var isElement: Bool { get }
    func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome
}

extension Check {
    package static var isElement: Bool { false }

    /// `kind` as this kind's check when it is one. A cast to a concrete type compares type
    /// metadata; a cast to `any Check` would search the binary's conformance records.
    static func check(of kind: any RuleKind) -> (any Check)? {
        kind as? Self
    }
}

extension Rule {
    /// The rule's check; `nil` only for a kind a loader was given without one.
    package var check: (any Check)? {
        for type in RuleKinds.all {
            if let check = type.check(of: kind) { return check }
        }
        return nil
    }

    /// Whether the rule is a required element (`Check.isElement`).
    package var isElement: Bool { check.map { type(of: $0).isElement } ?? false }
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
