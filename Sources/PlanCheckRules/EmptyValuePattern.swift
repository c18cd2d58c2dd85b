import Foundation
import PlanCheckCore

/// Builds the regex of an `empty-value` rule: a word after which a number is expected, followed
/// straight away (spaces aside) by a unit, as in `达到%` or `达亿元`.
enum EmptyValuePattern {
    static func expression(before: [String], units: [String]) -> String {
        // Longest first, so 达到 is tried before 达 and 亿元 before 亿.
        let words = before.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: TextNormalizer.fold($0)) }
        let unitWords = units.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: TextNormalizer.fold($0)) }
        return "(?:\(words.joined(separator: "|")))\\s*(?:\(unitWords.joined(separator: "|")))"
    }
}
