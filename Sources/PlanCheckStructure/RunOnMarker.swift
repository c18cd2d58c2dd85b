import PlanCheckDocuments

/// Heading markers a page ran on into the text around them (`…以下二、采取有力措施`,
/// `…名录。(二)重点工作开展情况。一是…`), which the heading parser does not read where no number
/// of that style is due. A list that starts again at 1 after one of them is a new list under it.
package enum RunOnMarker {
    /// Whether `range` of the document holds a marker of `style` (`一、`-style or `（一）`-style)
    /// anywhere in it.
    package static func occurs(_ style: NumberingStyle, in document: Document, range: Range<Int>) -> Bool {
        let units = document.utf16
        let range = range.clamped(to: 0..<units.count)
        for cursor in range {
            switch style {
            case .chineseComma: if isCommaMarker(units, at: cursor, in: range) { return true }
            case .chineseParen: if isParenMarker(units, at: cursor, end: range.upperBound) { return true }
            default: return false
            }
        }
        return false
    }

    /// Whether `range` holds a `一、` glued to the number or bracket a compilation page puts before
    /// its piece (`村委会环境整治方案范文(精选5篇)1一、工作目标`): the first heading is there, run on.
    package static func gluedToPieceLabel(in document: Document, range: Range<Int>) -> Bool {
        let units = document.utf16
        let range = range.clamped(to: 0..<units.count)
        guard range.count >= 4 else { return false }
        return (range.lowerBound + 1..<range.upperBound - 2).contains { at in
            units[at] == 0x4E00 && units[at + 1] == Glyph.ideographicComma && Glyph.isHan(units[at + 2])
                && (Glyph.digit(units[at - 1]) != nil || Glyph.isCloseParen(units[at - 1]))
        }
    }

    /// `二、采取` but not `十二、` (read from its start), `二、三级` (prose listing numbers) or a
    /// `一、` right after a character (`统一、规范`, `第一、二季度`).
    private static func isCommaMarker(_ units: [UInt16], at start: Int, in range: Range<Int>) -> Bool {
        let before = start > range.lowerBound ? units[start - 1] : nil
        guard ChineseNumeral.digit(units[start]) != nil || units[start] == 0x5341,
              before.map({ !ChineseNumeral.isNumeralUnit($0) && Glyph.digit($0) == nil && $0 != Glyph.di }) ?? true,
              let number = ChineseNumeral.read(units, at: start, end: range.upperBound), number.end + 1 < range.upperBound,
              units[number.end] == Glyph.ideographicComma else { return false }
        let next = units[number.end + 1]
        guard (0x4E00...0x9FFF).contains(next), !ChineseNumeral.isNumeralUnit(next) else { return false }
        let afterText = before.map { (0x3400...0x9FFF).contains($0) } ?? false
        return number.value > 1 || !afterText
    }

    /// `（二）` `(三)`: a Chinese numeral in brackets of either width.
    private static func isParenMarker(_ units: [UInt16], at start: Int, end: Int) -> Bool {
        guard Glyph.isOpenParen(units[start]), let number = ChineseNumeral.read(units, at: start + 1, end: end),
              number.end < end else { return false }
        return Glyph.isCloseParen(units[number.end])
    }
}
