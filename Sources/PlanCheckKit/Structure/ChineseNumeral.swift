/// Chinese numerals as heading numbers use them: 一 … 九十九 (`十一`, `二十三`).
enum ChineseNumeral {
    private static let digits: [UInt16: Int] = [
        Glyph.unit("〇"): 0, Glyph.unit("零"): 0, Glyph.unit("一"): 1, Glyph.unit("二"): 2, Glyph.unit("三"): 3,
        Glyph.unit("四"): 4, Glyph.unit("五"): 5, Glyph.unit("六"): 6, Glyph.unit("七"): 7,
        Glyph.unit("八"): 8, Glyph.unit("九"): 9,
    ]
    private static let ten = Glyph.unit("十")

    static func isNumeralUnit(_ unit: UInt16) -> Bool { digits[unit] != nil || unit == ten }

    /// The digit a single character stands for (`〇` → 0, `九` → 9), or nil (also for `十`).
    static func digit(_ unit: UInt16) -> Int? { digits[unit] }

    /// The value of a run of numeral characters, or nil when the run is not a well-formed number
    /// from 1 to 99 (`一一`, `十十`, `〇` are not).
    static func value<C: Collection>(of units: C) -> Int? where C.Element == UInt16 {
        let run = Array(units)
        switch run.count {
        case 1:
            if run[0] == ten { return 10 }
            guard let value = digits[run[0]], value > 0 else { return nil }
            return value
        case 2:
            if run[0] == ten, let ones = digits[run[1]], ones > 0 { return 10 + ones }
            if run[1] == ten, let tens = digits[run[0]], tens > 1 { return tens * 10 }
            return nil
        case 3:
            guard run[1] == ten, let tens = digits[run[0]], tens > 1, let ones = digits[run[2]], ones > 0 else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }

    /// The numeral run starting at `start` (at most three characters) and its value.
    static func read(_ units: [UInt16], at start: Int, end: Int) -> (value: Int, end: Int)? {
        var cursor = start
        while cursor < end, cursor - start < 3, isNumeralUnit(units[cursor]) { cursor += 1 }
        guard cursor > start, let value = value(of: units[start..<cursor]) else { return nil }
        return (value, cursor)
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
