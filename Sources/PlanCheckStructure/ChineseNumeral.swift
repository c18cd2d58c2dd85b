import PlanCheckDocuments

/// Chinese numerals as heading numbers use them: 一 … 九十九 (`十一`, `二十三`).
package enum ChineseNumeral {
    private static let ten: UInt16 = 0x5341 // 十

    package static func isNumeralUnit(_ unit: UInt16) -> Bool { digit(unit) != nil || unit == ten }

    /// The digit a single character stands for (`〇` → 0, `九` → 9), or nil (also for `十`).
    /// A switch, not a dictionary: it runs at every clause start of every document.
    static func digit(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x3007, 0x96F6: 0 // 〇 零
        case 0x4E00: 1 // 一
        case 0x4E8C: 2 // 二
        case 0x4E09: 3 // 三
        case 0x56DB: 4 // 四
        case 0x4E94: 5 // 五
        case 0x516D: 6 // 六
        case 0x4E03: 7 // 七
        case 0x516B: 8 // 八
        case 0x4E5D: 9 // 九
        default: nil
        }
    }

    /// The value of a run of numeral characters, or nil when the run is not a well-formed number
    /// from 1 to 99 (`一一`, `十十`, `〇` are not).
    static func value(of run: ArraySlice<UInt16>) -> Int? {
        run.withUnsafeBufferPointer { value(of: $0) }
    }

    /// As `value(of:)`, read in place: it runs at every clause start of every document.
    static func value(of run: UnsafeBufferPointer<UInt16>) -> Int? {
        switch run.count {
        case 1:
            if run[0] == ten { return 10 }
            guard let value = digit(run[0]), value > 0 else { return nil }
            return value
        case 2:
            if run[0] == ten, let ones = digit(run[1]), ones > 0 { return 10 + ones }
            if run[1] == ten, let tens = digit(run[0]), tens > 1 { return tens * 10 }
            return nil
        case 3:
            guard run[1] == ten, let tens = digit(run[0]), tens > 1, let ones = digit(run[2]), ones > 0 else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }

    /// The numeral run starting at `start` (at most three characters) and its value.
    package static func read(_ units: [UInt16], at start: Int, end: Int) -> (value: Int, end: Int)? {
        var cursor = start
        while cursor < end, cursor - start < 3, isNumeralUnit(units[cursor]) { cursor += 1 }
        guard cursor > start, let number = value(of: units[start..<cursor]) else { return nil }
        return (number, cursor)
    }

    /// Arabic digits (at most `maxDigits`) starting at `start`, and their value.
    package static func readArabic(_ units: [UInt16], at start: Int, end: Int, maxDigits: Int) -> (value: Int, end: Int)? {
        var cursor = start
        var value = 0
        while cursor < end, let digit = Glyph.digit(units[cursor]) {
            value = value * 10 + digit
            cursor += 1
            if cursor - start > maxDigits { return nil }
        }
        return cursor > start ? (value, cursor) : nil
    }
}

/// A line that opens with a Chinese number but no mark after it (`二加强督导考核` for
/// `二、加强督导考核`): a heading whose 、 was lost. Read only where a numbering check expects
/// that number, since many phrases open with a numeral too (一是, 一年来, 三甲, 十四五).
package enum UnmarkedHeading {
    /// The number a line (0-based index) of `document` opens with and the numeral's range, when
    /// a Han character follows it directly and the two are no common phrase.
    package static func number(in document: Document, line index: Int) -> (value: Int, range: Range<Int>)? {
        let units = document.utf16
        let line = document.sourceMap.lineRange(at: index)
        var start = line.lowerBound
        while start < line.upperBound, Glyph.isSpace(units[start]) { start += 1 }
        guard let (value, end) = ChineseNumeral.read(units, at: start, end: line.upperBound), end < line.upperBound else { return nil }
        let next = units[end]
        guard (0x4E00...0x9FFF).contains(next), !phraseStarts.contains(next) else { return nil }
        return (value, start..<end)
    }

    /// Characters that make a numeral the start of a phrase rather than a heading number:
    /// 一是, 二要, 一年, 三月, 一些, 一批, 一体化, 一站式, 一线, 三级, 一流, 一定, 一直, 一般,
    /// 一切, 一起, 一致, 一同, 一律, 一样, 一天, 一次, 一项, 一个, 一季度, 一周, 三类, 两种,
    /// 一名, 一人, 一家, 一所, 一期, 一轮, 一届, 三甲, 一胎, 二孩, 四害, 两病, 两癌, 一方面.
    static let phraseStarts: Set<UInt16> = Set("是要年月日些批体站线级流定直般切起致同律样天次项个季周类种名人家所期轮届甲胎孩害病癌方位员套条份场片户号".utf16)
}
