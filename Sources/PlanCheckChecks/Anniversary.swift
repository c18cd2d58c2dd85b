import PlanCheckCore
import PlanCheckStructure

/// An anniversary counted from its event (`爱国卫生运动70周年`, 1952 + 70 = 2022; `新中国成立75周年`):
/// the count names the year it falls in, so a plan that copies last year's activities keeps last
/// year's count.
enum Anniversary {
    /// The years `text` counts before the 周年 that ends it (Arabic or Chinese numerals up to 99).
    static func years(in text: String) -> Int? {
        let units = TextNormalizer.fold(Array(text.utf16))
        guard units.count > mark.count, units.suffix(mark.count).elementsEqual(mark) else { return nil }
        let end = units.count - mark.count
        var start = end
        if start > 0, isArabicDigit(units[start - 1]) {
            while start > 0, end - start < 3, isArabicDigit(units[start - 1]) { start -= 1 }
            return ChineseNumeral.readArabic(units, at: start, end: end, maxDigits: 3).flatMap { $0.end == end ? $0.value : nil }
        }
        while start > 0, end - start < 3, ChineseNumeral.isNumeralUnit(units[start - 1]) { start -= 1 }
        return ChineseNumeral.read(units, at: start, end: end).flatMap { $0.end == end && $0.value > 0 ? $0.value : nil }
    }

    /// `text` with its count of years replaced by `years` (`爱国卫生运动70周年` → `爱国卫生运动71周年`).
    static func recounted(_ text: String, years: Int) -> String? {
        guard text.hasSuffix("周年") else { return nil }
        let head = text.dropLast(2)
        let kept = head.reversed().drop { $0.isNumber || "一二三四五六七八九十〇零".contains($0) }
        guard kept.count < head.count else { return nil }
        return String(kept.reversed()) + "\(years)周年"
    }

    private static func isArabicDigit(_ unit: UInt16) -> Bool { (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit) }

    private static let mark = Array("周年".utf16)
}
