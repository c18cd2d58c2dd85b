import PlanCheckDocuments

/// A list whose numbers all lost their marks, run on in one paragraph as pages copied from
/// sharing sites read (`…工作指标1每月按时完成…。2落实妇女孕前期…。3进一步提高…`,
/// `…以下几项工作:一加强公共卫生体系建设…。二进一步强化…`). A number and a word are common in
/// prose (`。3月`, `。一年来`, `。一是`), so a number counts as an item only in a run that counts
/// 1, 2, 3 … within its line, each after a sentence's end or a colon (the first `1` may be glued
/// to the word before it), with a word directly after it that no figure or phrase takes.
package enum UnmarkedRun {
    package struct Item: Sendable, Equatable {
        /// The number alone (`1`, `二`).
        package var range: Range<Int>
        package var value: Int
        /// Whether the number is a Chinese numeral (else Arabic digits).
        package var isChinese: Bool
    }

    /// The items of runs of at least two in `range`, in text order.
    package static func find(in document: Document, range: Range<Int>) -> [Item] {
        let units = document.utf16
        let range = range.clamped(to: 0..<units.count)
        var found: [Item] = []
        // The run being read in each scheme (Arabic, Chinese); a line break ends both.
        var runs: [[Item]] = [[], []]
        func close(_ scheme: Int) {
            if runs[scheme].count >= 2 { found += runs[scheme] }
            runs[scheme] = []
        }
        var lineEnd = range.lowerBound
        for start in candidates(in: units, range: range) {
            // A line break between two candidates ends both runs.
            if start > lineEnd {
                close(0)
                close(1)
                lineEnd = units[start..<range.upperBound].firstIndex(of: 0x0A) ?? range.upperBound
            }
            guard let item = item(units, at: start, end: range.upperBound, gluedToWord: !isRunOpener(units[start - 1])) else { continue }
            let scheme = item.isChinese ? 1 : 0
            if let last = runs[scheme].last, last.value + 1 == item.value {
                runs[scheme].append(item)
            } else {
                close(scheme)
                if item.value == 1 {
                    runs[scheme] = [item]
                } else if item.isChinese, item.value == 2, let first = gluedFirst(units, before: start, from: range.lowerBound) {
                    runs[scheme] = [first, item]
                }
            }
        }
        close(0)
        close(1)
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Where an item may start: after a sentence's end or a colon, or a `1` glued to a Han
    /// character (not 第1). Found over the buffer: nearly every unit of a plan is neither.
    private static func candidates(in units: [UInt16], range: Range<Int>) -> [Int] {
        units.withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            var index = range.lowerBound
            while index + 1 < range.upperBound {
                let unit = buffer[index]
                // Most units are Han characters, which are neither.
                if unit &- 0x4E00 <= 0x9FFF - 0x4E00 {
                    index += 1
                    continue
                }
                if isRunOpener(unit) {
                    found.append(index + 1)
                } else if (unit == 0x31 || unit == 0xFF11), index > range.lowerBound, Glyph.isHan(buffer[index - 1]), buffer[index - 1] != 0x7B2C {
                    found.append(index)
                }
                index += 1
            }
            return found
        }
    }

    /// A sentence's end or a colon, after which a run's item may stand.
    private static func isRunOpener(_ unit: UInt16) -> Bool {
        Glyph.isSentenceEnd(unit) || unit == 0x3A || unit == 0xFF1A
    }

    /// The number at `start` when a word that makes it an item follows it directly.
    private static func item(_ units: [UInt16], at start: Int, end: Int, gluedToWord: Bool) -> Item? {
        if let number = ChineseNumeral.readArabic(units, at: start, end: end, maxDigits: 2) {
            // A glued `1` must begin its number (`21`, `3.1` are figures).
            if gluedToWord, number.value != 1 { return nil }
            guard number.end < end, Glyph.isHan(units[number.end]), !UnmarkedItem.wordsAfterAFigure.contains(units[number.end]),
                  ChineseNumeral.digit(units[number.end]) == nil, !UnmarkedHeading.phraseStarts.contains(units[number.end]) else { return nil }
            return Item(range: start..<number.end, value: number.value, isChinese: false)
        }
        // One numeral character (一 … 九): a heading numbered beyond nine is not run on.
        guard let value = ChineseNumeral.digit(units[start]), value > 0, start + 1 < end else { return nil }
        let next = units[start + 1]
        guard Glyph.isHan(next), !ChineseNumeral.isNumeralUnit(next), !UnmarkedHeading.phraseStarts.contains(next),
              !UnmarkedItem.wordsAfterAFigure.contains(next) else { return nil }
        guard !gluedToWord || value == 1 && namedJustBefore(units, item: start + 1, end: end) else { return nil }
        return Item(range: start..<start + 1, value: value, isChinese: true)
    }

    /// The `一` that opens a run whose `二` stands at `second`, glued to the word before it
    /// (`一、总体目标与具体工作指标一总体目标降低…。二具体工作指标…`): the nearest before `二` on its
    /// line, within `gluedFirstReach` units. Sought only when a `二` opens no run, as few do: a glued
    /// `一` is mostly a word's (进一步, 统一), so it counts only where the heading just before it named the item.
    private static func gluedFirst(_ units: [UInt16], before second: Int, from lowest: Int) -> Item? {
        var index = second - 1
        while index > lowest, second - index <= gluedFirstReach, units[index] != 0x0A {
            defer { index -= 1 }
            let before = units[index - 1]
            guard units[index] == 0x4E00, Glyph.isHan(before), !ChineseNumeral.isNumeralUnit(before), before != 0x7B2C else { continue }
            if let item = item(units, at: index, end: second, gluedToWord: true) { return item }
        }
        return nil
    }

    /// Units before a run's `二` searched for its glued `一`.
    private static let gluedFirstReach = 400

    /// Whether the first two characters of the item starting at `item` stand in the units just
    /// before its number, as a heading that lists its parts names them.
    private static func namedJustBefore(_ units: [UInt16], item: Int, end: Int) -> Bool {
        guard item + 1 < end, Glyph.isHan(units[item + 1]) else { return false }
        let first = units[item], second = units[item + 1]
        let lowest = max(0, item - 1 - namingReach)
        for index in lowest..<max(lowest, item - 2) where units[index] == first && units[index + 1] == second { return true }
        return false
    }

    /// Units before a glued `一` read for the words of its item.
    private static let namingReach = 40

}
