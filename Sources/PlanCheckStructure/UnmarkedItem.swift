import PlanCheckDocuments

/// An Arabic item number run on after a sentence that lost its mark (`…领导。2 .落实…。3 .推进…。
/// 4 不断加强…` for `4.不断加强`). A number and a space before a word are common in prose
/// (`4 人参加`, `2 .5万`), so one counts as an item only where it is the number due next after at
/// least two marked items run on the same way before it.
package enum UnmarkedItem {
    package struct Found: Sendable, Equatable {
        /// The number and the spaces after it (`4 `).
        package var range: Range<Int>
        package var value: Int
        /// The mark its siblings put after their numbers (`.` `、`).
        package var mark: UInt16
    }

    /// The items in `range` that lost their mark, in text order.
    package static func find(in document: Document, range: Range<Int>) -> [Found] {
        let units = document.utf16
        let range = range.clamped(to: 0..<units.count)
        var found: [Found] = []
        // The latest item run on after a sentence, its mark, and how many ran in order up to it.
        var latest: (value: Int, mark: UInt16, run: Int)?
        var cursor = range.lowerBound + 1
        while cursor < range.upperBound {
            // Over the buffer to the next digit: nearly every unit of a plan is none.
            cursor = units.withUnsafeBufferPointer { buffer in
                var next = cursor
                while next < range.upperBound, Glyph.digit(buffer[next]) == nil { next += 1 }
                return next
            }
            guard cursor < range.upperBound else { break }
            defer { cursor += 1 }
            guard followsSentence(units, at: cursor, from: range.lowerBound),
                  let number = ChineseNumeral.readArabic(units, at: cursor, end: range.upperBound, maxDigits: 2) else { continue }
            var next = number.end
            while next < range.upperBound, units[next] == 0x20 || units[next] == 0x3000 { next += 1 }
            guard next + 1 < range.upperBound else { break }
            let inOrder = latest.map { $0.value + 1 == number.value } ?? false
            if Glyph.isArabicDelimiter(units[next]), Glyph.digit(units[next + 1]) == nil {
                latest = (number.value, units[next], inOrder ? latest!.run + 1 : 1)
            } else if next > number.end, inOrder, let run = latest, run.run >= 2,
                      (0x4E00...0x9FFF).contains(units[next]), !wordsAfterAFigure.contains(units[next]) {
                found.append(Found(range: cursor..<next, value: number.value, mark: run.mark))
                latest = (number.value, run.mark, run.run + 1)
            }
            cursor = next - 1
        }
        return found
    }

    /// Whether the text before `start` ends a sentence (spaces may stand between).
    private static func followsSentence(_ units: [UInt16], at start: Int, from lowest: Int) -> Bool {
        var before = start - 1
        while before > lowest, Glyph.isSpace(units[before]) { before -= 1 }
        return Glyph.isSentenceEnd(units[before])
    }

    /// What follows a figure in prose: units and counters (`4 人`, `5 月`, `6 岁`, `3 项`).
    static let wordsAfterAFigure: Set<UInt16> = Set("年月日时分秒天周岁人名个位家所项次例台辆张本篇册处座间床万亿元倍米千百克斤吨种类批件份套条场片户号级期轮届".utf16)
}
