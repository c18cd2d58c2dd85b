import Foundation
import PlanCheckCore
import PlanCheckRules

/// `empty-value`: a number missing before its unit (`达到%`, `达亿元`, `投诉电话()`). Written as
/// the words after which a number is expected (`before`) and the units it goes with (`units`),
/// or as patterns; a match is a finding as with `forbid`. `bare-labels` (组长, 成员) are roles
/// whose names were left out when two or more of them stand alone on their lines (`BareLabelRun`).
package struct EmptyValueCheck: Check {
    package static let name = "empty-value"
    package static let keys = ["any", "patterns", "unless-before", "before", "units", "bare-labels"]

    /// The patterns (the one built from `before` and `units` first) and negations, checked as
    /// `forbid` checks them.
    let forbid: ForbidCheck
    let bareLabels: BareLabelRun

    package init(patterns: [Pattern], unlessBefore: [String] = [], bareLabels: [String] = []) {
        forbid = ForbidCheck(patterns: patterns, unlessBefore: unlessBefore)
        self.bareLabels = BareLabelRun(labels: bareLabels)
    }

    package init(decoding fields: YAMLFields) throws {
        let before = try fields.strings("before")
        let units = try fields.strings("units")
        if before.isEmpty != units.isEmpty {
            throw YAMLFields.error(fields.file, fields.node, "an empty-value rule needs both 'before' (words such as 达到) and 'units' (such as %), or neither")
        }
        var patterns = try fields.patternList("any") + fields.patternList("patterns")
        if !before.isEmpty { patterns.insert(.regex(Self.expression(before: before, units: units)), at: 0) }
        let bareLabels = try fields.strings("bare-labels")
        if patterns.isEmpty && bareLabels.isEmpty {
            throw YAMLFields.error(fields.file, fields.node, "a \(Self.name) rule needs 'any', 'patterns' or 'bare-labels' with at least one entry")
        }
        self.init(patterns: patterns, unlessBefore: try fields.strings("unless-before"), bareLabels: bareLabels)
    }

    package var patterns: [Pattern] { forbid.patterns }
    package var searchPatterns: [Pattern] { forbid.searchPatterns }
    package var descriptionLines: [String] {
        forbid.descriptionLines + (bareLabels.labels.isEmpty ? [] : ["bare-labels: " + bareLabels.labels.map { String(decoding: $0, as: UTF16.self) }.joined(separator: ", ")])
    }

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let outcome = forbid.run(rule, matches: matches, in: context)
        guard !bareLabels.labels.isEmpty else { return outcome }
        let lines = context.ranges(for: rule.scope).flatMap { bareLabels.lines(in: context.document, folded: context.folded, range: $0) }
        guard !lines.isEmpty else { return outcome }
        var findings = context.findingList()
        for finding in outcome.findings { findings.append(finding) }
        for line in lines {
            findings.append(context.finding(rule: rule, range: line,
                                            message: rule.messageTemplate.filled(match: context.document.text(in: line), year: context.outline.year)))
        }
        var result = CheckOutcome(findings)
        result.omitted += outcome.omitted
        return result
    }

    /// The regex of `before` and `units`: a word after which a number is expected, followed
    /// straight away (spaces aside) by a unit, as in `达到%` or `达亿元`.
    static func expression(before: [String], units: [String]) -> String {
        // Longest first, so 达到 is tried before 达 and 亿元 before 亿.
        let words = before.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: TextNormalizer.fold($0)) }
        let unitWords = units.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: TextNormalizer.fold($0)) }
        return "(?:\(words.joined(separator: "|")))\\s*(?:\(unitWords.joined(separator: "|")))"
    }
}
