import PlanCheckDocuments

/// A list whose items run on in one line, marks kept, as a page that lost its line breaks reads
/// (`…行动1.中医医院…(责任单位:…)2.政府举办的…4.推进传统中医…`, `(一)建立健全…(二)提升…(五)…`).
/// The heading parser reads only the numbers that open a line; these are read here, so a number
/// skipped inside such a line is seen. A number and a mark are common in prose (`第2.5条`,
/// `二、三级医院`), so the items count only as a chain within one line that opens at 1 and
/// climbs by small steps for at least `minimumChain` items.
package enum InlineSequence {
    package struct Item: Sendable, Equatable {
        /// The marker (`4.`, `（五）`).
        package var range: Range<Int>
        package var value: Int
        /// The value the chain expected here: `value` unless a number was skipped.
        package var expected: Int
        /// `.arabic` (`4.`) or `.chineseParen` (`（五）`).
        package var style: NumberingStyle
    }

    /// The items of chains in `range` whose number skips the one expected, in text order.
    package static func skips(in document: Document, range: Range<Int>) -> [Item] {
        let units = document.utf16
        let range = range.clamped(to: 0..<units.count)
        var found: [Item] = []
        // One pass over the buffer: the lines and where a mark stands in each. Nearly every
        // unit is a Han character and neither.
        var lineStart = range.lowerBound
        var arabic: [Int] = []
        var paren: [Int] = []
        func closeLine(at end: Int) {
            if end - lineStart >= minimumLineLength, arabic.count + paren.count >= minimumChain {
                if arabic.count >= minimumChain { found += chainSkips(arabicMarkers(units, lineStart..<end, marks: arabic), style: .arabic) }
                if paren.count >= minimumChain { found += chainSkips(parenMarkers(units, lineStart..<end, opens: paren), style: .chineseParen) }
            }
            arabic.removeAll(keepingCapacity: true)
            paren.removeAll(keepingCapacity: true)
        }
        units.withUnsafeBufferPointer { buffer in
            for cursor in range {
                let unit = buffer[cursor]
                // Han characters, most of a text, are none of the marks.
                if unit &- 0x4E00 < 0xA000 - 0x4E00 { continue }
                switch unit {
                case 0x0A:
                    closeLine(at: cursor)
                    lineStart = cursor + 1
                // A mark after a digit, a bracket before a numeral: the rest are prose.
                case 0x2E, 0xFF0E, 0x3001:
                    if cursor > lineStart, Glyph.digit(buffer[cursor - 1]) != nil { arabic.append(cursor) }
                case 0x28, 0xFF08:
                    if cursor + 1 < range.upperBound, ChineseNumeral.isNumeralUnit(buffer[cursor + 1]) { paren.append(cursor) }
                default: continue
                }
            }
        }
        closeLine(at: range.upperBound)
        return found
    }

    static let minimumChain = 4
    static let largestStep = 3
    static let minimumLineLength = 40

    /// The skips of the chains among `markers` (one line's, in order): a chain opens at 1 and
    /// goes on while each number exceeds the last by at most `largestStep`.
    private static func chainSkips(_ markers: [(range: Range<Int>, value: Int)], style: NumberingStyle) -> [Item] {
        var found: [Item] = []
        var chain: [(range: Range<Int>, value: Int)] = []
        func close() {
            if chain.count >= minimumChain {
                for (previous, item) in zip(chain, chain.dropFirst()) where item.value != previous.value + 1 {
                    found.append(Item(range: item.range, value: item.value, expected: previous.value + 1, style: style))
                }
            }
            chain = []
        }
        for marker in markers {
            if marker.value == 1 {
                close()
                chain = [marker]
            } else if let last = chain.last, marker.value > last.value, marker.value - last.value <= largestStep {
                chain.append(marker)
            } else {
                close()
            }
        }
        close()
        return found
    }

    /// `4.推进`: one or two digits, a dot or 、, and a Chinese character (or an opening quote); not after a digit, a
    /// dot or a Latin letter (`2.5`, `V1.版`). After a clause's end an item marked 、 may open
    /// with a figure (`;2、5岁以下儿童死亡率…`; `,3.5万人次` is a decimal), and after a semicolon one marked `.`.
    private static func arabicMarkers(_ units: [UInt16], _ line: Range<Int>, marks: [Int]) -> [(range: Range<Int>, value: Int)] {
        var markers: [(range: Range<Int>, value: Int)] = []
        for cursor in marks where cursor + 1 < line.upperBound {
            var start = cursor
            while start > line.lowerBound, cursor - start < 2, Glyph.digit(units[start - 1]) != nil { start -= 1 }
            guard start < cursor, start == line.lowerBound || !isDigitOrLetter(units[start - 1]),
                  opensItemText(units[cursor + 1]) || (start > line.lowerBound && Glyph.digit(units[cursor + 1]) != nil
                      && (units[cursor] == 0x3001 ? clauseEnds : listEnds).contains(units[start - 1])),
                  let number = ChineseNumeral.readArabic(units, at: start, end: cursor, maxDigits: 2) else { continue }
            markers.append((start..<cursor + 1, number.value))
        }
        return markers
    }

    /// `;` `；` `。` `，` `,` `:` `：`
    private static let clauseEnds: Set<UInt16> = [0x3B, 0xFF1B, 0x3002, 0xFF0C, 0x2C, 0x3A, 0xFF1A]
    /// `;` `；`: after them an item marked with a dot may open with a figure too (`;2.100%比例二级综合医院…`),
    /// where after a comma `3.5万人次` is a decimal.
    private static let listEnds: Set<UInt16> = [0x3B, 0xFF1B]

    /// `（五）提升`: a Chinese numeral in brackets, either width, and a Chinese character.
    private static func parenMarkers(_ units: [UInt16], _ line: Range<Int>, opens: [Int]) -> [(range: Range<Int>, value: Int)] {
        var markers: [(range: Range<Int>, value: Int)] = []
        for cursor in opens where cursor + 3 < line.upperBound {
            guard let number = ChineseNumeral.read(units, at: cursor + 1, end: line.upperBound),
                  number.end + 1 < line.upperBound, units[number.end] == 0x29 || units[number.end] == 0xFF09,
                  Glyph.isHan(units[number.end + 1]) else { continue }
            markers.append((cursor..<number.end + 1, number.value))
        }
        return markers
    }


    /// A Chinese character, or the quote or title mark an item may open with (`2、“七苗”接种率`).
    package static func opensItemText(_ unit: UInt16) -> Bool { Glyph.isHan(unit) || unit == 0x201C || unit == 0x300A || unit == 0x300C }

    private static func isDigitOrLetter(_ unit: UInt16) -> Bool {
        Glyph.digit(unit) != nil || unit == 0x2E || unit == 0xFF0E || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
    }
}
