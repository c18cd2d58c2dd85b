import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// What a check sees of one document (or one piece of a compilation): its text, folded text,
/// outline, and the matches of the rule being checked. Checks never see files or bytes.
package struct CheckContext: Sendable {
    package let document: Document
    package let piece: Piece
    package let outline: Outline
    /// `document.utf16` folded by `TextNormalizer`; same offsets as the original.
    package let folded: [UInt16]
    /// The element rules the title names (`医院感染管理工作计划` names 院感): a plan on one topic
    /// is held to those alone. Empty for a plan across the health work.
    package let topics: Set<String>
    /// Where the topics are named: the title, or the opening sentence when the title names none.
    package let topicRange: Range<Int>?
    /// The element rules' `outside-topics` (folded) the title names as the plan's topic
    /// (`RequireCheck.outsideTopics(_:namedIn:of:)`): read once for all of them.
    package let namedOutsideTopics: Set<[UInt16]>
    /// How many findings one rule may make in this piece (`--max-findings-per-rule`).
    package let findingLimit: Int

    package init(document: Document, piece: Piece, outline: Outline, folded: [UInt16], topics: Set<String> = [],
                 topicRange: Range<Int>? = nil, namedOutsideTopics: Set<[UInt16]> = [], findingLimit: Int = .max) {
        self.document = document
        self.piece = piece
        self.outline = outline
        self.folded = folded
        self.topics = topics
        self.topicRange = topicRange
        self.namedOutsideTopics = namedOutsideTopics
        self.findingLimit = findingLimit
    }

    /// An empty list for one rule's findings, holding at most `findingLimit`.
    package func findingList() -> FindingList {
        FindingList(limit: findingLimit)
    }

    /// Where a rule with this scope looks: the parts of that kind, or the whole piece when the
    /// document has no such part (a plain plan has no "plan" heading: all of it is plan).
    package func ranges(for scope: RuleScope) -> [Range<Int>] {
        guard let part = scope.part else { return [piece.range] }
        let ranges = outline.ranges(of: part)
        return ranges.isEmpty ? [piece.range] : ranges
    }

    /// Whether the folded text at `range` is one of `words` ending right before it, allowing
    /// a few characters in between but never crossing a clause boundary (，。；！？ or a line break).
    /// `未开展两癌筛查` is negated by 未; `未来将开展两癌筛查` is not, because 未来 is excluded by the caller's words.
    package func isPreceded(_ range: Range<Int>, byAnyOf words: [[UInt16]], within distance: Int = 6) -> Bool {
        guard !words.isEmpty else { return false }
        var start = range.lowerBound
        let limit = max(piece.range.lowerBound, range.lowerBound - distance - 4)
        while start > limit, !ClauseBoundary.isClauseEnd(folded[start - 1]) { start -= 1 }
        let window = folded[start..<range.lowerBound]
        return words.contains { word in window.containsSubsequence(word) }
    }

    /// Whether `range` lies inside the title of a cited document (`《安徽省防控病媒生物管理办法》`,
    /// `根据《突发公共卫生事件应急预案》`): a law or a plan named is no work planned. A document the
    /// body makes itself (`出台了《县突发公共卫生事件应急预案》、《…》`) is its work, not a citation.
    package func isInsideCitation(_ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        let lowest = max(piece.range.lowerBound, range.lowerBound - Self.citationReach)
        while start > lowest {
            let unit = folded[start - 1]
            if unit == Self.citationOpen { break }
            if unit == Self.citationClose { return false }
            // A line break inside a title only where a copy broke the line right after its 《.
            if unit == 0x0A, start - 2 < lowest || folded[start - 2] != Self.citationOpen { return false }
            start -= 1
        }
        guard start > piece.range.lowerBound, folded[start - 1] == Self.citationOpen,
              !isMadeByTheBody(citationAt: start - 1) else { return false }
        var end = range.upperBound
        let highest = min(piece.range.upperBound, range.upperBound + Self.citationReach)
        while end < highest {
            let unit = folded[end]
            if unit == Self.citationClose { return true }
            if unit == Self.citationOpen || unit == 0x0A { return false }
            end += 1
        }
        return false
    }

    /// Whether `range` starts on a line the site put around the document (a sharing site's blurb
    /// on what a 卫生局 does, `…分管食品卫生…今天小编给大家整理了…`) that is short enough to be only
    /// the site's: a page copied into one line holds the document too.
    package func isOnSiteLine(_ range: Range<Int>) -> Bool {
        outline.residueLines.contains { $0.count <= Self.siteLineLength && $0.contains(range.lowerBound) }
    }

    /// The longest residue line taken to be only the site's (UTF-16 units).
    static let siteLineLength = 300

    /// Whether one of `words` stands in the folded text over all of `range` (`医院感染科` over its `院感`).
    package func isInside(_ range: Range<Int>, anyOf words: [[UInt16]]) -> Bool {
        words.contains { word in
            guard word.count >= range.count else { return false }
            let lowest = max(piece.range.lowerBound, range.upperBound - word.count)
            let highest = min(range.lowerBound, piece.range.upperBound - word.count)
            guard lowest <= highest else { return false }
            return (lowest...highest).contains { folded[$0..<$0 + word.count].elementsEqual(word) }
        }
    }

    /// Whether the clause before the 《 at `open` makes the document (制定, 出台, 修订 …): a
    /// list of titles (`《甲》、《乙》`) is read back to the verb before its first.
    private func isMadeByTheBody(citationAt open: Int) -> Bool {
        let lowest = max(piece.range.lowerBound, open - Self.citationReach * 3)
        var start = open
        while start > lowest, !ClauseBoundary.isClauseEnd(folded[start - 1]) || folded[start - 1] == 0x3001 { start -= 1 } // 、
        // The words of the clause outside any earlier title.
        var depth = 0
        var outside: [UInt16] = []
        for unit in folded[start..<open] {
            if unit == Self.citationOpen { depth += 1 } else if unit == Self.citationClose { depth = max(0, depth - 1) } else if depth == 0 { outside.append(unit) }
        }
        return Self.makingVerbs.contains { outside.containsSubsequence($0) }
    }

    private static let makingVerbs = ["制定", "出台", "修订", "编制", "修改完善", "完善了"].map { Array($0.utf16) }

    /// How far a cited title reaches on either side of a match (UTF-16 units).
    private static let citationReach = 40
    private static let citationOpen: UInt16 = 0x300A // 《
    private static let citationClose: UInt16 = 0x300B // 》

    /// Whether the sentence holding `range` contains one of `words`.
    package func sentenceContains(_ range: Range<Int>, anyOf words: [[UInt16]]) -> Bool {
        guard !words.isEmpty else { return true }
        var start = range.lowerBound
        while start > piece.range.lowerBound, !ClauseBoundary.isSentenceEnd(folded[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < piece.range.upperBound, !ClauseBoundary.isSentenceEnd(folded[end]) { end += 1 }
        let sentence = folded[start..<end]
        return words.contains { sentence.containsSubsequence($0) }
    }

    /// A finding at a UTF-16 range of the document, with its line for display. The hint's
    /// placeholders are filled as the message's are (`{match}` the matched text, `{expected}`
    /// the replacement or `expected`).
    func finding(rule: Rule, range: Range<Int>, message: String, replacement: String? = nil,
                 expected: String? = nil, period: String? = nil) -> Finding {
        let line = document.lineExcerpt(around: range)
        let match = document.text(in: range)
        let hint = rule.hintTemplate?.filled(match: match, expected: expected ?? replacement, year: outline.year, period: period)
        return Finding(
            ruleID: rule.id, severity: rule.severity, message: message, hint: hint,
            span: document.span(of: range), match: match,
            lineText: line.text, lineTextColumn: line.column, replacement: replacement
        )
    }
}

/// Punctuation that ends a clause or sentence, in folded text (full-width forms are already half-width).
enum ClauseBoundary {
    static func isSentenceEnd(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0A, 0x3002, 0x21, 0x3F, 0x3B: true // \n 。 ! ? ;
        default: false
        }
    }

    static func isClauseEnd(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2C, 0x3001, 0x3A: true // , 、 :
        default: isSentenceEnd(unit)
        }
    }
}
