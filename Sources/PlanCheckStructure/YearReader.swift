/// Reads the year a text names before `年`: `2024年`, `二〇二四年`, or an unfilled placeholder
/// (`20xx年`, `20_年`, `xxxx年`, `20××年`).
enum YearReader {
    enum Token: Equatable {
        case year(Int)
        case placeholder
    }

    private static let placeholderUnits: Set<UInt16> = Set("xX×_＿*＊ｘＸ".utf16)

    /// The first year or year placeholder in `text`, in reading order. A year glued to a
    /// placeholder after it (`2022年20**年爱国卫生运动总结`) is a site's prefix to a template's
    /// title: the placeholder is the text's.
    static func firstToken(in text: String) -> Token? {
        let units = Array(text.utf16)
        for (index, unit) in units.enumerated() where unit == Glyph.nian {
            guard let token = token(before: index, in: units) ?? halfYearToken(before: index, in: units) else { continue }
            if case .year = token, placeholderFollows(index + 1, in: units) { return .placeholder }
            return token
        }
        return nil
    }

    /// Whether a year placeholder (`20**年`, `20xx年`) starts right at `start`.
    private static func placeholderFollows(_ start: Int, in units: [UInt16]) -> Bool {
        var end = start
        while end < units.count, end - start < 6,
              Glyph.digit(units[end]) != nil || placeholderUnits.contains(units[end]) {
            end += 1
        }
        guard end > start, end < units.count, units[end] == Glyph.nian else { return false }
        return token(before: end, in: units) == .placeholder
    }

    /// The last year or year placeholder in `text`: a summary and plan's title names the year
    /// summarised first and the year planned last (`2022年度工作总结与2023年度工作计划`).
    static func lastToken(in text: String) -> Token? {
        let units = Array(text.utf16)
        for (index, unit) in units.enumerated().reversed() where unit == Glyph.nian {
            if let token = token(before: index, in: units) ?? halfYearToken(before: index, in: units) { return token }
        }
        return nil
    }

    /// The year written without its 年 before 上半年 or 下半年 (`2011上半年工作总结`), when the 年 at
    /// `end` closes one of them.
    private static func halfYearToken(before end: Int, in units: [UInt16]) -> Token? {
        guard end >= 2, units[end - 1] == half, units[end - 2] == upper || units[end - 2] == lower else { return nil }
        return token(before: end - 2, in: units)
    }

    private static let half: UInt16 = 0x534A // 半
    private static let upper: UInt16 = 0x4E0A // 上
    private static let lower: UInt16 = 0x4E0B // 下

    /// The year or placeholder that ends right before `end` (a 年), spaces between allowed.
    static func token(before end: Int, in units: [UInt16]) -> Token? {
        var start = end
        while start > 0, Glyph.isSpace(units[start - 1]) { start -= 1 }
        let close = start
        // Arabic digits, Chinese digits or placeholder marks, possibly mixed as in `20xx`.
        while start > 0, close - start < 6,
              Glyph.digit(units[start - 1]) != nil || yearDigit(units[start - 1]) != nil
              || placeholderUnits.contains(units[start - 1]) {
            start -= 1
        }
        let run = Array(units[start..<close])
        guard !run.isEmpty else { return nil }
        if run.contains(where: placeholderUnits.contains) {
            return .placeholder
        }
        // `20  年`: a century followed by a blank left for the year.
        if close < end, run.count == 2, run == Array("20".utf16) || run == Array("19".utf16) {
            return .placeholder
        }
        guard run.count == 4 else { return nil }
        let digits = run.compactMap { Glyph.digit($0) ?? yearDigit($0) }
        guard digits.count == 4 else { return nil }
        let value = digits.reduce(0) { $0 * 10 + $1 }
        guard (1900...2099).contains(value) else { return nil }
        // `2011-2020年`, `2021—2025年`, `2016至2020年`: a span is about its first year, not the
        // target year at its end.
        if let first = spanStart(before: start, in: units) { return .year(first) }
        // `到2030年`, `至2025年底`: a target or a deadline, not the year the text is about.
        if isTargetYear(before: start, in: units) { return nil }
        return .year(value)
    }

    /// A Chinese digit of a written year. Writers type zero as ○ (a circle) as often as 〇: `二○一一年`.
    static func yearDigit(_ unit: UInt16) -> Int? {
        unit == whiteCircle ? 0 : ChineseNumeral.digit(unit)
    }

    private static let whiteCircle: UInt16 = 0x25CB // ○

    /// Whether `到` or `至` stands right before the year that starts at `start`.
    private static func isTargetYear(before start: Int, in units: [UInt16]) -> Bool {
        var mark = start
        while mark > 0, Glyph.isSpace(units[mark - 1]) { mark -= 1 }
        return mark > 0 && (units[mark - 1] == 0x5230 || units[mark - 1] == 0x81F3) // 到 至
    }

    static let spanMarks: Set<UInt16> = Set("-－—–~～至到".utf16)

    /// The four-digit year before a span mark that ends at `end`, as `2011` in `2011-2020年`.
    private static func spanStart(before end: Int, in units: [UInt16]) -> Int? {
        var mark = end
        while mark > 0, Glyph.isSpace(units[mark - 1]) { mark -= 1 }
        guard mark > 0, spanMarks.contains(units[mark - 1]) else { return nil }
        var close = mark - 1
        while close > 0, Glyph.isSpace(units[close - 1]) || units[close - 1] == units[mark - 1] { close -= 1 }
        guard close >= 4 else { return nil }
        let digits = units[(close - 4)..<close].compactMap { Glyph.digit($0) }
        guard digits.count == 4, close == 4 || Glyph.digit(units[close - 5]) == nil else { return nil }
        let value = digits.reduce(0) { $0 * 10 + $1 }
        return (1900...2099).contains(value) ? value : nil
    }
}
