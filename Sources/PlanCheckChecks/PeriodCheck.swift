import PlanCheckCore
import PlanCheckRules

/// `period`: a term that belongs to a time that had ended before the document's year (plus the
/// rule's `tolerance` in years): `十二五` in a 2024 plan, a campaign or body of an earlier era.
/// Documents with no known year are skipped: without a year nothing is stale.
package struct PeriodCheck: Check {
    package static let name = "period"
    package static let keys = ["tolerance", "terms"]

    /// The terms that belong to a time, and the last year each was current.
    package let eras: [Era]
    /// Years after a period's end during which mentioning it is still fine.
    package let tolerance: Int

    package init(eras: [Era] = Era.fiveYearPlans, tolerance: Int = 0) {
        self.eras = eras
        self.tolerance = tolerance
    }

    package init(decoding fields: YAMLFields) throws {
        let tolerance = try fields.int("tolerance", in: 0...50) ?? 0
        self.init(eras: try fields["terms"].map { try Self.eras($0, fields: fields) } ?? Era.fiveYearPlans, tolerance: tolerance)
    }

    package var searchPatterns: [Pattern] { eras.map(\.pattern) }

    /// `terms: [{term: 十八大, until: 2017, expected: 党的二十大, fix: false}, {regex: '…', from: 2013, until: 2018}]`
    private static func eras(_ node: YAMLNode, fields: YAMLFields) throws -> [Era] {
        let file = fields.file
        guard case .sequence(let items) = node.content, !items.isEmpty else {
            throw YAMLFields.error(file, node, "'terms' lists mappings such as {term: 十八大, until: 2017}")
        }
        return try items.map { item in
            let term = try YAMLFields(file: file, node: item,
                                      allowedKeys: ["term", "regex", "from", "until", "counted-from", "anniversary-of", "expected", "fix"])
            let pattern: Pattern
            if let literal = try term.string("term") {
                pattern = .literal(literal)
            } else if term["regex"] != nil {
                pattern = try fields.regexPattern(try term.required("regex"))
            } else {
                throw YAMLFields.error(file, item, "a term needs 'term' (a literal) or 'regex'")
            }
            // A campaign counted from its first year (`第N个爱国卫生月`) or an anniversary counted from its
            // event (`新中国成立75周年`) dates itself: it needs no 'until'.
            let countedFrom = try term.int("counted-from", in: 1949...2100)
            let anniversaryOf = try term.int("anniversary-of", in: 1800...2100)
            // `until: named`: a text named by its year (`《2019年健康教育工作计划》`) was current until that year.
            let untilNamedYear = try term.string("until") == "named"
            if let until = term["until"], !untilNamedYear, let raw = try term.string("until"), Int(raw) == nil {
                throw YAMLFields.error(file, until, "'until' is the last year the term was current (1949 to 2100) or 'named' for the year its words name, not '\(raw)'")
            }
            guard let last = untilNamedYear ? 2100 : try term.int("until", in: 1949...2100) ?? (countedFrom ?? anniversaryOf).map({ _ in 2100 }) else {
                throw YAMLFields.error(file, item, "a term needs 'until': the last year it was current, or 'named' for the year its words name (or 'counted-from', the first year of a counted campaign, or 'anniversary-of', the year of the event an anniversary counts from)")
            }
            let fix = try term.string("fix")
            guard fix == nil || fix == "true" || fix == "false" else {
                throw YAMLFields.error(file, term["fix"]!, "'fix' is true or false, not '\(fix!)'")
            }
            return Era(pattern: pattern, first: try term.int("from", in: 1949...2100), last: last, expected: try term.string("expected"),
                       fixable: fix != "false", countedFrom: countedFrom, anniversaryOf: anniversaryOf, untilNamedYear: untilNamedYear)
        }
    }

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        guard let documentYear = context.outline.year else { return CheckOutcome() }
        // A summary and plan's plan part is judged against the year it plans, its summary against
        // the year summarised: 常态化疫情防控 reported of 2022 is history, planned for 2023 is stale.
        let planParts = context.outline.kind == .summaryPlan ? context.outline.ranges(of: .plan) : []
        var findings = context.findingList()
        for match in matches.leftmostLongest() {
            let inPlanPart = planParts.contains { $0.contains(match.range.lowerBound) }
            let year = inPlanPart ? context.outline.plannedYear ?? documentYear : documentYear
            var era = eras[match.pattern]
            let text = context.document.text(in: match.range)
            // A counted campaign was current in the one year its count names.
            if let firstYear = era.countedFrom {
                guard let count = CountedCampaign.count(in: text) else { continue }
                era.first = firstYear + count - 1
                era.last = firstYear + count - 1
                era.expected = CountedCampaign.recounted(text, firstYear: firstYear, year: year)
            }
            if era.untilNamedYear {
                guard let named = Self.lastNamedYear(in: context.document.utf16[match.range]) else { continue }
                era.last = named
            }
            // An anniversary falls in the year of its event plus its count.
            if let event = era.anniversaryOf {
                guard let years = Anniversary.years(in: text) else { continue }
                era.first = event + years
                era.last = event + years
                era.expected = Anniversary.recounted(text, years: year - event)
            }
            guard era.last + tolerance < year else { continue }
            // History told with its date (`卫生部决定从2002年起…`, `2016年市卫计委印发…`): the clause names a year
            // in which the term was current.
            if clauseNamesYear(within: era, around: match.range, in: context) { continue }
            let span = era.countedFrom != nil || era.anniversaryOf != nil || era.untilNamedYear ? "\(era.last)年" : era.first.map { "\($0)–\(era.last)年" } ?? "至\(era.last)年"
            let expected = era.expected ?? Era.fiveYearPlan(holding: year) ?? "现行提法"
            let message = rule.messageTemplate.filled(match: text, expected: expected, year: year, period: span)
            findings.append(context.finding(rule: rule, range: match.range, message: message, replacement: era.fixable ? era.expected : nil,
                                            expected: expected, period: span))
        }
        return CheckOutcome(findings)
    }
}

extension PeriodCheck {
    /// Whether the clause around `range` (up to a comma, a sentence's end or a line break, and at
    /// most `clauseReach` units each way), or a short clause before it that dates it, names a
    /// year, `2002年`, no later than the era's last, outside the term.
    func clauseNamesYear(within era: Era, around range: Range<Int>, in context: CheckContext) -> Bool {
        let units = context.document.utf16
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < Self.clauseReach, !Self.clauseEnds.contains(units[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < units.count, end - range.upperBound < Self.clauseReach, !Self.clauseEnds.contains(units[end]) { end += 1 }
        // A short clause before it that only dates the sentence (`2025年,国家卫生健康委发布《“十四五”…》`).
        if start > 0, units[start - 1] == 0xFF0C || units[start - 1] == 0x2C {
            var before = start - 1
            while before > 0, start - 1 - before < Self.datingClauseLength, !Self.clauseEnds.contains(units[before - 1]) { before -= 1 }
            if before == 0 || Self.clauseEnds.contains(units[before - 1]) { start = before }
        }
        var index = start
        while index + 4 < end {
            // Not a year inside the term itself (`《…2019年…工作计划》`), which is what dates it.
            if range.contains(index) { index = range.upperBound; continue }
            if let year = Self.writtenYear(at: index, in: units[...]), (1949...era.last).contains(year) { return true }
            index += 1
        }
        return false
    }

    /// The last four-digit year written before 年 in `units` (`2016` in `2016年无偿献血任务分配表`).
    static func lastNamedYear(in units: ArraySlice<UInt16>) -> Int? {
        units.indices.reversed().lazy.compactMap { writtenYear(at: $0, in: units) }.first
    }

    /// The year written at `index` as four digits and 年 (`2016年`), not the tail of a longer number.
    static func writtenYear(at index: Int, in units: ArraySlice<UInt16>) -> Int? {
        guard index + 4 < units.endIndex, units[index + 4] == yearMark, (0...3).allSatisfy({ (0x30...0x39).contains(units[index + $0]) }),
              index == units.startIndex || !(0x30...0x39).contains(units[index - 1]) else { return nil }
        return (0...3).reduce(0) { $0 * 10 + Int(units[index + $1] - 0x30) }
    }

    static let clauseReach = 60
    /// The longest clause read as only dating the next one (`2025年3月`, `2023年以来`).
    static let datingClauseLength = 10
    /// ，, 。 ； ; ！ ？ and a line break end a clause.
    static let clauseEnds: Set<UInt16> = [0xFF0C, 0x2C, 0x3002, 0xFF1B, 0x3B, 0xFF01, 0xFF1F, 0x0A]
    static let yearMark: UInt16 = 0x5E74 // 年
}

/// A term that belongs to a time: a 五年规划 period, a campaign, a body that was merged away.
package struct Era: Sendable, Hashable {
    package var pattern: Pattern
    /// First and last year the term was current (`first` is only for messages).
    package var first: Int?
    package var last: Int
    /// What is current instead, for messages (`{expected}`).
    package var expected: String?
    /// Whether `expected` can stand in for the matched words (`卫健委` for `卫计委`) and is offered
    /// as their replacement (`check --fix`, SARIF fixes); `fix: false` for guidance that only
    /// says what to write about (`当年的计划`, one of two bodies).
    package var fixable: Bool
    /// For a campaign counted from its first year (`第N个爱国卫生月`): that year. Its `first` and `last`
    /// are then read from each match's count.
    package var countedFrom: Int?
    /// For an anniversary (`爱国卫生运动70周年`): the year of its event. Its `first` and `last` are
    /// then read from each match's count of years.
    package var anniversaryOf: Int?
    /// For a text named by its year (`《2019年健康教育工作计划》`): `last` is read from each match, the
    /// last four-digit year before 年 in it.
    package var untilNamedYear: Bool

    package init(pattern: Pattern, first: Int? = nil, last: Int, expected: String? = nil, fixable: Bool = true, countedFrom: Int? = nil,
                 anniversaryOf: Int? = nil, untilNamedYear: Bool = false) {
        self.pattern = pattern
        self.first = first
        self.last = last
        self.expected = expected
        self.fixable = fixable
        self.countedFrom = countedFrom
        self.anniversaryOf = anniversaryOf
        self.untilNamedYear = untilNamedYear
    }

    /// 十一五 2006–2010 … 十五五 2026–2030: a period rule's terms when it names none.
    package static let fiveYearPlans: [Era] = [
        ("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026),
    ].map { Era(pattern: .literal($0.0), first: $0.1, last: $0.1 + 4) }

    /// The five-year plan period holding `year`, e.g. 十四五 for 2024.
    package static func fiveYearPlan(holding year: Int) -> String? {
        fiveYearPlans.first { ($0.first ?? $0.last)...$0.last ~= year }?.pattern.source
    }
}
