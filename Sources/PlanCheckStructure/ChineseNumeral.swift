/// Chinese numerals as heading numbers use them: 一 … 九十九 (`十一`, `二十三`).
enum ChineseNumeral {
    private static let ten: UInt16 = 0x5341 // 十

    static func isNumeralUnit(_ unit: UInt16) -> Bool { digit(unit) != nil || unit == ten }

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
    static func read(_ units: [UInt16], at start: Int, end: Int) -> (value: Int, end: Int)? {
        var cursor = start
        while cursor < end, cursor - start < 3, isNumeralUnit(units[cursor]) { cursor += 1 }
        guard cursor > start, let number = value(of: units[start..<cursor]) else { return nil }
        return (number, cursor)
    }

    /// Arabic digits (at most `maxDigits`) starting at `start`, and their value.
    static func readArabic(_ units: [UInt16], at start: Int, end: Int, maxDigits: Int) -> (value: Int, end: Int)? {
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
