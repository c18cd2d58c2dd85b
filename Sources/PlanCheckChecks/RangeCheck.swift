import PlanCheckCore
import PlanCheckRules

/// `range`: the last number in each match must lie within the rule's `min`/`max` — a rate (率)
/// of 105% is a typo or a wrong denominator.
package struct RangeCheck: Check {
    package init() {}

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let scopes = context.ranges(for: rule.scope)
        var findings: [Finding] = []
        for match in matches.leftmostLongest() where scopes.contains(where: { $0.contains(match.range.lowerBound) }) {
            guard let number = Self.lastNumber(in: context.folded[match.range]) else { continue }
            let below = rule.parameters.minimum.map { number < $0 } ?? false
            let above = rule.parameters.maximum.map { number > $0 } ?? false
            guard below || above else { continue }
            let bound = above ? rule.parameters.maximum! : rule.parameters.minimum!
            let message = rule.messageTemplate.filled(match: context.document.text(in: match.range),
                                               expected: Self.format(bound), year: context.outline.year)
            findings.append(context.finding(rule: rule, range: match.range, message: message))
        }
        return CheckOutcome(findings: findings)
    }

    /// The last decimal number in a text (folded UTF-16, so digits are ASCII): `率达到105.5%` →
    /// 105.5. Read on the units: decoding each match to a String first cost more than the check.
    static func lastNumber(in units: some Collection<UInt16>) -> Double? {
        var found: [UInt8] = []
        var current: [UInt8] = []
        func close() {
            if current.last == UInt8(ascii: ".") { current.removeLast() }
            if !current.isEmpty { found = current }
            current.removeAll(keepingCapacity: true)
        }
        for unit in units {
            if (0x30...0x39).contains(unit) || (unit == 0x2E && !current.isEmpty && !current.contains(0x2E)) {
                current.append(UInt8(unit))
            } else {
                close()
            }
        }
        close()
        return found.isEmpty ? nil : Double(String(decoding: found, as: UTF8.self))
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
