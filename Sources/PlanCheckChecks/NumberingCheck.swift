import PlanCheckCore
import PlanCheckStructure
import PlanCheckRules

/// `numbering`: within one parent heading, each numbering style must count 1, 2, 3 … A number
/// that skips (`2、` then `4、`), repeats (a second `（三）`) or goes back is reported at that
/// heading with the number expected there. `一是/二是` enumerations count within their paragraph.
package struct NumberingCheck: Check {
    package static let name = "numbering"
    package static let keys: [String] = []

    package init() {}

    package init(decoding fields: YAMLFields) throws {}

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        var headings = context.outline.headings.filter { context.piece.range.contains($0.markerRange.lowerBound) }
        headings.sortIfNeeded { $0.markerRange.lowerBound < $1.markerRange.lowerBound }
        // The last number of each sibling group, groups in the order met: a document has a few
        // dozen, and the latest is the likeliest, so a search from the end beats hashing them.
        var groups: [SiblingGroup] = []
        var lastValues: [Int] = []
        var findings: [Finding] = []
        for (index, heading) in headings.enumerated() {
            let group = SiblingGroup(heading: heading, parent: parentIndex(of: index, in: headings))
            guard let slot = groups.lastIndex(of: group) else {
                groups.append(group)
                lastValues.append(heading.value)
                continue
            }
            let previous = lastValues[slot]
            lastValues[slot] = heading.value
            guard heading.value != previous + 1 else { continue }
            let marker = context.document.text(in: heading.markerRange)
            let expected = NumberingMarker.marker(previous + 1, style: heading.style, like: marker)
            let message = rule.messageTemplate.filled(match: marker, expected: expected, year: context.outline.year)
            findings.append(context.finding(rule: rule, range: heading.markerRange, message: message, replacement: expected))
        }
        return CheckOutcome(findings: findings)
    }

    /// The nearest earlier heading of a shallower level: numbering restarts under each parent.
    private func parentIndex(of index: Int, in headings: [Heading]) -> Int {
        let level = headings[index].level
        var candidate = index - 1
        while candidate >= 0 {
            if headings[candidate].level < level, headings[candidate].style != .enumeration { return candidate }
            candidate -= 1
        }
        return -1
    }

    /// Headings numbered in one sequence: same style and level under the same parent; an
    /// enumeration (一是、二是) counts within its own paragraph.
    private struct SiblingGroup: Equatable {
        var style: NumberingStyle
        var level: Int
        var parent: Int
        var paragraph: Int?

        init(heading: Heading, parent: Int) {
            style = heading.style
            level = heading.level
            self.parent = heading.style == .enumeration ? -1 : parent
            paragraph = heading.style == .enumeration ? heading.line : nil
        }
    }
}
