import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// Sequences whose first numbers were lost: an outline that opens at 二、 below its first
/// section's body, a list that opens above 1 below its lead-in, and the lead-in under which a
/// sub-list starts again at 1.
extension NumberingCheck {
    /// Whether `heading` (at `index` of `headings`) is the piece's first `、` heading, numbered 二
    /// on a line of its own after a paragraph of body text with no 一、 anywhere before: the text
    /// of 一 is there, its heading lost — with its points too, when `1、` `2、` came first and the
    /// outline hung 二、 under them. A text that opens at 二、 (or 五、) is taken for an excerpt of
    /// a longer one, not a slip.
    func opensOutlineAtTwo(_ heading: Heading, index: Int, in headings: [Heading], context: CheckContext) -> Bool {
        guard heading.style == .chineseComma, heading.value == 2, !headings[..<index].contains(where: { $0.style == .chineseComma }),
              opensLine(heading, in: context.document) else { return false }
        let before = context.piece.range.lowerBound..<heading.markerRange.lowerBound
        let units = context.document.utf16
        guard !RunOnMarker.occurs(.chineseComma, in: context.document, range: before),
              !RunOnMarker.gluedToPieceLabel(in: context.document, range: before) else { return false }
        let map = context.document.sourceMap
        let first = map.lineIndex(of: context.piece.range.lowerBound)
        guard heading.line - 1 > first else { return false }
        // `一.总体目标` or `一，…` above: the first heading is there with another mark (a mixed
        // mark, reported as such), not lost.
        let lines = first..<(heading.line - 1)
        guard !lines.contains(where: { line in
            let range = Self.trimmedLine(line, in: context)
            return range.count > 2 && units[range.lowerBound] == 0x4E00 && Self.otherMarks.contains(units[range.lowerBound + 1])
        }) else { return false }
        return lines.contains { line in
            let range = Self.trimmedLine(line, in: context)
            guard range.count >= Self.bodyParagraphLength,
                  !context.outline.residueLines.contains(where: { $0.overlaps(range) }) else { return false }
            return units[range].contains(0x3002) // 。
        }
    }

    /// Whether `heading` opens its line right below a line that ends with a colon (`应当具备以下
    /// 条件:`) and is numbered above 1: the list that line leads into lost its first items.
    func opensListAfterLeadIn(_ heading: Heading, in context: CheckContext) -> Bool {
        heading.value > 1 && heading.style != .part && heading.style != .article && heading.style != .enumeration
            && followsLeadIn(heading, in: context)
    }

    /// Whether `heading` opens its line right below a line that ends with a colon: that line leads
    /// into a list of its own (`…达到以下目标任务:` then `1、`). Not for the outline's `一、`: a
    /// document's sections do not start again under a sentence.
    func followsLeadIn(_ heading: Heading, in context: CheckContext) -> Bool {
        guard opensLine(heading, in: context.document) else { return false }
        var line = heading.line - 2 // 0-based index of the line before
        let first = context.document.sourceMap.lineIndex(of: context.piece.range.lowerBound)
        while line >= first {
            let range = Self.trimmedLine(line, in: context)
            if !range.isEmpty { return [0x3A, 0xFF1A].contains(context.document.utf16[range.upperBound - 1]) }
            line -= 1
        }
        return false
    }

    /// Marks other than 、 written after a heading's 一 (`一.` `一．` `一，` `一:`).
    private static let otherMarks: Set<UInt16> = [0x2E, 0xFF0E, 0x2C, 0xFF0C, 0x3A, 0xFF1A, 0xFF61]

    /// The shortest line read as a paragraph of body text (UTF-16 units).
    static let bodyParagraphLength = 40
}
