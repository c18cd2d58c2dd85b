import PlanCheckCore
import PlanCheckRules
import PlanCheckStructure

/// `forbid`: every match in scope is a finding (placeholders, web residue …), unless one of
/// `unless-before` stands right before it in its clause.
package struct ForbidCheck: Check {
    package static let name = "forbid"
    package static let keys = ["any", "patterns", "unless-before"]

    package let patterns: [Pattern]
    /// A match directly preceded (in the same clause) by one of these words is no finding.
    package let unlessBefore: [String]
    let foldedUnlessBefore: [[UInt16]]

    package init(patterns: [Pattern], unlessBefore: [String] = []) {
        self.patterns = patterns
        self.unlessBefore = unlessBefore
        foldedUnlessBefore = unlessBefore.map { TextNormalizer.fold(Array($0.utf16)) }
    }

    package init(decoding fields: YAMLFields) throws {
        self.init(patterns: try fields.searchPatterns(kind: Self.name), unlessBefore: try fields.strings("unless-before"))
    }

    package var searchPatterns: [Pattern] { patterns }

    package var descriptionLines: [String] {
        var lines = ["  patterns:"] + patterns.map(\.descriptionLine)
        if !unlessBefore.isEmpty { lines.append("  unless before: \(unlessBefore.joined(separator: ", "))") }
        return lines
    }

    /// A finding for every match in the rule's scope that none of `unless-before` precedes, outside
    /// the site's stamps inside the document's own lines (`InlineSiteStamp`: a converted file's page
    /// header `时间:2021年x月x日…` has blanks of its own) and a hijacked page's keyword line
    /// (`国产成人8x视频一区二区`: its x is no blank).
    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let scopes = context.ranges(for: rule.scope)
        let negations = foldedUnlessBefore
        var findings = context.findingList()
        var stampsOfLine: [Int: [Range<Int>]] = [:]
        func isInStamp(_ range: Range<Int>) -> Bool {
            let line = context.document.sourceMap.lineIndex(of: range.lowerBound)
            if stampsOfLine[line] == nil {
                let lineRange = context.document.sourceMap.lineRange(at: line)
                stampsOfLine[line] = HijackedKeywordLine.isKeywordLine(context.folded[lineRange]) ? [lineRange]
                    : InlineSiteStamp.stamps(in: context.folded, range: lineRange)
            }
            return stampsOfLine[line]!.contains { $0.contains(range.lowerBound) }
        }
        for match in matches.leftmostLongest() where scopes.contains(where: { $0.contains(match.range.lowerBound) })
            && !context.isPreceded(match.range, byAnyOf: negations) && !isInStamp(match.range) {
            findings.append(context.finding(rule: rule, range: match.range,
                                            message: rule.messageTemplate.filled(match: context.document.text(in: match.range),
                                                                                 year: context.outline.year)))
        }
        return CheckOutcome(findings)
    }
}
