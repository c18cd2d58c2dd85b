/// `range`: the last number in each match must lie within the rule's `min`/`max` — a rate (率)
/// of 105% is a typo or a wrong denominator.
public struct RangeCheck: Check {
    public init() {}

    public func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let scopes = context.ranges(for: rule.scope)
        var findings: [Finding] = []
        for match in matches.leftmostLongest() where scopes.contains(where: { $0.contains(match.range.lowerBound) }) {
            let text = String(decoding: context.folded[match.range], as: UTF16.self)
            guard let number = Self.lastNumber(in: text) else { continue }
            let below = rule.parameters.minimum.map { number < $0 } ?? false
            let above = rule.parameters.maximum.map { number > $0 } ?? false
            guard below || above else { continue }
            let bound = above ? rule.parameters.maximum! : rule.parameters.minimum!
            let message = MessageTemplate.fill(rule.message, match: context.document.text(in: match.range),
                                               expected: Self.format(bound), year: context.outline.year)
            findings.append(context.finding(rule: rule, range: match.range, message: message))
        }
        return CheckOutcome(findings: findings)
    }

    /// The last decimal number in a text: `率达到105.5%` → 105.5.
    static func lastNumber(in text: String) -> Double? {
        var found: Substring?
        var current = ""
        for character in text + " " {
            if character.isASCII, character.isNumber || (character == "." && !current.isEmpty && !current.contains(".")) {
                current.append(character)
            } else {
                if !current.isEmpty { found = Substring(current.hasSuffix(".") ? String(current.dropLast()) : current) }
                current = ""
            }
        }
        return found.flatMap { Double($0) }
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
