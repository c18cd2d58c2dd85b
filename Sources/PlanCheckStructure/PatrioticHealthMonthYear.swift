import PlanCheckCore

/// The year a title gives by counting 爱国卫生月 (`关于开展第35个爱国卫生月活动的通知`): the
/// campaign month has been held every April since 1989, so the Nth was held in 1988 + N. A notice
/// that names no year of its own is dated by it.
enum PatrioticHealthMonthYear {
    static let firstYear = 1989

    /// The year of the 爱国卫生月 `text` counts, if it counts one (`第35个`, `第三十五个`).
    static func year(in text: String) -> Int? {
        let units = TextNormalizer.fold(Array(text.utf16))
        guard let month = units.firstRange(ofSubsequence: monthName),
              monthEndings.contains(where: { units[month.upperBound...].starts(with: $0) }) else { return nil }
        // 第 N 个, then 全国 at most, right before the month's name.
        var end = month.lowerBound
        if end >= nationwide.count, units[(end - nationwide.count)..<end].elementsEqual(nationwide) { end -= nationwide.count }
        guard end >= 3, units[end - 1] == 0x4E2A else { return nil } // 个
        var start = end - 1
        while start > 0, ChineseNumeral.isNumeralUnit(units[start - 1]) || Glyph.digit(units[start - 1]) != nil { start -= 1 }
        guard start > 0, start < end - 1, units[start - 1] == 0x7B2C else { return nil } // 第
        let number = ChineseNumeral.readArabic(units, at: start, end: end - 1, maxDigits: 2)
            ?? ChineseNumeral.read(units, at: start, end: end - 1)
        guard let number, number.end == end - 1, number.value > 0 else { return nil }
        return firstYear - 1 + number.value
    }

    private static let monthName = Array("爱国卫生".utf16)
    private static let nationwide = Array("全国".utf16)
    /// 爱国卫生月, also called 爱国卫生宣传月 or 爱国卫生运动月.
    private static let monthEndings = ["月", "宣传月", "运动月"].map { Array($0.utf16) }
}
