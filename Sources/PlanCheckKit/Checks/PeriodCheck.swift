/// `period`: a 五年规划 period named in a document whose year is after the period ended (plus the
/// rule's `tolerance` in years) — `十二五` in a 2024 plan. Documents with no known year are skipped.
public struct PeriodCheck: Check {
    /// 十一五 2006–2010 … 十五五 2026–2030: the ordinal's second character and the last year.
    static let periods: [(name: String, first: Int, last: Int)] = [
        ("十一五", 2006, 2010), ("十二五", 2011, 2015), ("十三五", 2016, 2020), ("十四五", 2021, 2025), ("十五五", 2026, 2030),
    ]

    public init() {}

    public func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        guard let year = context.outline.year else { return CheckOutcome() }
        let current = Self.periods.first { ($0.first...$0.last).contains(year) }?.name
        var findings: [Finding] = []
        for period in Self.periods where period.last + rule.parameters.tolerance < year {
            let name = Array(period.name.utf16)
            var position = context.piece.range.lowerBound
            while position + name.count <= context.piece.range.upperBound {
                if context.folded[position] == name[0], Array(context.folded[position..<(position + name.count)]) == name {
                    let range = position..<(position + name.count)
                    let message = MessageTemplate.fill(rule.message, match: period.name, expected: current, year: year)
                        .replacingOccurrences(of: "{period}", with: "\(period.first)–\(period.last)年")
                    findings.append(context.finding(rule: rule, range: range, message: message))
                    position += name.count
                } else {
                    position += 1
                }
            }
        }
        return CheckOutcome(findings: findings)
    }
}
