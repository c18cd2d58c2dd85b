import PlanCheckCore

/// An element named as one item of a list that its closing words say is a programme's
/// (`建立居民健康档案、健康教育、免疫规划、…、慢性病管理等9项基本公共卫生服务项目`): the items are
/// that programme's services, named as its parts, not work planned on its own (a require
/// rule's `except-in-lists`).
enum ListedItem {
    /// Whether the match at `range` of `folded` is an item of a list of at least three joined by
    /// 、 that ends `等…` one of `closings` in the same clause, all within `bounds`.
    static func isItem(_ range: Range<Int>, closedByAnyOf closings: [[UInt16]], in folded: [UInt16], within bounds: Range<Int>) -> Bool {
        guard !closings.isEmpty else { return false }
        // On to 等 first: most clauses have none, and nothing before the match is read for them.
        var joinsAfter = 0
        var end = range.upperBound
        let highest = min(bounds.upperBound, range.upperBound + reach)
        while end < highest, !endsList(folded[end]) {
            if folded[end] == itemJoin { joinsAfter += 1 }
            if folded[end] == etCetera, isClosed(after: end, by: closings, in: folded, upTo: highest) { break }
            end += 1
        }
        guard end < highest, folded[end] == etCetera else { return false }
        guard joinsAfter < minimumJoins else { return true }
        // Back to the clause's start: the items before this one.
        var joins = joinsAfter
        var start = range.lowerBound
        let lowest = max(bounds.lowerBound, range.lowerBound - reach)
        while start > lowest, !endsList(folded[start - 1]) {
            if folded[start - 1] == itemJoin {
                joins += 1
                if joins >= minimumJoins { return true }
            }
            start -= 1
        }
        return false
    }

    /// Whether one of `closings` stands in the words after the 等 at `position`, before the clause ends.
    private static func isClosed(after position: Int, by closings: [[UInt16]], in folded: [UInt16], upTo highest: Int) -> Bool {
        let after = folded[(position + 1)..<min(highest, position + 1 + closingReach)]
        let clause = after.prefix { !endsList($0) && $0 != itemJoin }
        return closings.contains { clause.containsSubsequence($0) }
    }

    /// A comma, a colon or a sentence's end closes a list; 、 joins its items.
    private static func endsList(_ unit: UInt16) -> Bool {
        unit != itemJoin && ClauseBoundary.isClauseEnd(unit)
    }

    private static let itemJoin: UInt16 = 0x3001 // 、
    private static let etCetera: UInt16 = 0x7B49 // 等
    /// Three items at the least: two joins.
    private static let minimumJoins = 2
    /// How far a list is read either side of the match (UTF-16 units).
    private static let reach = 200
    /// How far after 等 the closing words may stand (`等9类国家基本公共卫生服务项目`).
    private static let closingReach = 16
}
