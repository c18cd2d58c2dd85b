import PlanCheckCore
import PlanCheckDocuments

/// A heading number written in another form than its siblings': `二.` or `二)` among `一、` and
/// `（一）` headings, or `（二）、` with a mark the style does not take (GB/T 9704 writes
/// `一、` `（一）` `1.` `（1）`). The heading parser does not read these forms as headings, so they
/// are found here, line by line, and judged against the style they were meant to be.
package enum MixedMarker {
    package struct Found: Sendable, Equatable {
        /// The marker as written (`二.`, `二)`, `（二）、`).
        package var range: Range<Int>
        package var value: Int
        /// The style the marker was meant to be.
        package var style: NumberingStyle
    }

    /// The markers in another form opening lines of `range`, in text order.
    package static func find(in document: Document, range: Range<Int>) -> [Found] {
        let units = document.utf16
        var found: [Found] = []
        for line in TextLine.lines(of: document, in: range) {
            let body = line.trimmed(in: units)
            guard body.count >= 3 else { continue }
            if let marker = read(units, start: body.lowerBound, end: body.upperBound) { found.append(marker) }
        }
        return found
    }

    /// The markers in another form among `headings` (in text order) and those `find` reads at
    /// the lines' starts, in text order: a `（二）、` the parser read inside a line that ran its
    /// headings on (`(一)领导小组(二)、领导小组分工`) is one too, and so is a `(1)、` among `(2)`.
    package static func find(in document: Document, range: Range<Int>, headings: [Heading]) -> [Found] {
        let units = document.utf16
        let inLines = headings.compactMap { heading -> Found? in
            let end = heading.markerRange.upperBound
            guard isParen(heading.style), end < units.count, extraMarks.contains(units[end]) else { return nil }
            return Found(range: heading.markerRange.lowerBound..<end + 1, value: heading.value, style: heading.style)
        }
        let atStarts = find(in: document, range: range)
        let known = Set(atStarts.map(\.range.lowerBound))
        return (atStarts + inLines.filter { !known.contains($0.range.lowerBound) }).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first `四.` of `value` in `range` glued to the text before it (`…检查工作四.医疗废物管理`),
    /// where a page lost the line break before a heading written with a dot: a Chinese numeral
    /// after a character that is none (`十四.`) and not 第, with a dot and a character after it.
    package static func glued(_ value: Int, in document: Document, range: Range<Int>) -> Found? {
        let units = document.utf16
        let range = range.clamped(to: 0..<units.count)
        guard range.count > 3 else { return nil }
        for start in range.lowerBound + 1..<range.upperBound - 2 {
            let before = units[start - 1]
            guard ChineseNumeral.isNumeralUnit(units[start]), Glyph.isHanOrExtensionA(before), !ChineseNumeral.isNumeralUnit(before), before != Glyph.di,
                  let number = ChineseNumeral.read(units, at: start, end: range.upperBound), number.value == value,
                  number.end + 1 < range.upperBound, units[number.end] == 0x2E || units[number.end] == 0xFF0E,
                  Glyph.isHanOrExtensionA(units[number.end + 1]) else { continue }
            return Found(range: start..<number.end + 1, value: value, style: .chineseComma)
        }
        return nil
    }


    private static func read(_ units: [UInt16], start: Int, end: Int) -> Found? {
        if Glyph.isOpenParen(units[start]) {
            // `（二）、` `(二).`: a paren marker followed by a mark.
            guard let number = ChineseNumeral.read(units, at: start + 1, end: end), number.end + 1 < end,
                  Glyph.isCloseParen(units[number.end]), extraMarks.contains(units[number.end + 1]) else { return nil }
            return Found(range: start..<number.end + 2, value: number.value, style: .chineseParen)
        }
        guard let number = ChineseNumeral.read(units, at: start, end: end), number.end + 1 < end else { return nil }
        let mark = units[number.end]
        let next = units[number.end + 1]
        // `二)环境整治`: the opening paren lost.
        if Glyph.isCloseParen(mark) {
            return Found(range: start..<number.end + 1, value: number.value, style: .chineseParen)
        }
        // `二.抗菌药物`: a dot for 、 (not `一.5`, a number).
        if mark == 0x2E || mark == 0xFF0E, Glyph.digit(next) == nil {
            return Found(range: start..<number.end + 1, value: number.value, style: .chineseComma)
        }
        return nil
    }

    /// Marks after a closing paren: 、 . ． ，
    package static let extraMarks: Set<UInt16> = [0x3001, 0x2E, 0xFF0E, 0xFF0C]

    /// Whether a style is written in parens, which take no mark after them: `（一）` and `（1）`.
    /// A comparison, not a Set: a NumberingStyle hashes its raw string, for every heading.
    package static func isParen(_ style: NumberingStyle) -> Bool { style == .chineseParen || style == .arabicParen }
}
