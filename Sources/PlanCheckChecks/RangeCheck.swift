import PlanCheckCore
import PlanCheckRules

/// `range`: the last number in each match must lie within the rule's `min`/`max` — a rate (率)
/// of 105% is a typo or a wrong denominator.
package struct RangeCheck: Check {
    package static let name = "range"
    package static let keys = ["any", "patterns", "min", "max"]

    /// Regexes; the last number in each match is compared with the bounds.
    package let patterns: [Pattern]
    package let minimum: Double?
    package let maximum: Double?

    package init(patterns: [Pattern], minimum: Double? = nil, maximum: Double? = nil) {
        self.patterns = patterns
        self.minimum = minimum
        self.maximum = maximum
    }

    package init(decoding fields: YAMLFields) throws {
        let minimum = try fields.double("min", in: Self.bounds)
        let maximum = try fields.double("max", in: Self.bounds)
        if minimum == nil, maximum == nil {
            throw YAMLFields.error(fields.file, fields.node, "a range rule needs 'max' or 'min'")
        }
        let patterns = try fields.searchPatterns(kind: Self.name)
        if patterns.contains(where: { if case .literal = $0 { true } else { false } }) {
            throw YAMLFields.error(fields.file, fields.node("patterns") ?? fields.node,
                                   "range patterns must be {regex: '…'}: the last number in each match is compared with min/max")
        }
        self.init(patterns: patterns, minimum: minimum, maximum: maximum)
    }

    /// The bounds a rule may give: every whole number in them is exact in a `Double`, so a
    /// comparison with a number read from a document means what it says.
    static let bounds: ClosedRange<Double> = -1e15...1e15

    package var searchPatterns: [Pattern] { patterns }

    package var descriptionLines: [String] { ["  patterns:"] + patterns.map(\.descriptionLine) }

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let scopes = context.ranges(for: rule.scope)
        var findings = context.findingList()
        for match in matches.leftmostLongest() where scopes.contains(where: { $0.contains(match.range.lowerBound) }) {
            guard let number = Self.lastNumber(in: context.folded[match.range]) else { continue }
            let below = minimum.map { number < $0 } ?? false
            let above = maximum.map { number > $0 } ?? false
            guard below || above else { continue }
            let bound = above ? maximum! : minimum!
            let message = rule.messageTemplate.filled(match: context.document.text(in: match.range),
                                               expected: Self.format(bound), year: context.outline.year)
            findings.append(context.finding(rule: rule, range: match.range, message: message))
        }
        return CheckOutcome(findings)
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

    /// A bound as the message shows it: `100`, not `100.0`. Bounds lie within `bounds`, so the
    /// whole number always fits an `Int`.
    static func format(_ number: Double) -> String {
        abs(number) <= 1e15 && number == number.rounded() ? String(Int(number)) : String(number)
    }
}
