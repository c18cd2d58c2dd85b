import PlanCheckCore
import PlanCheckDocuments

/// The year a sharing site stripped from its copy of a title (`市年卫生系统安全生产大检查活动方案.docx`
/// for `市2023年卫生系统安全生产大检查活动方案`), read where the text gives the title whole: the words
/// around the bare 年 with a year between them.
enum StrippedTitleYear {
    static func year(of title: String, in document: Document, piece: Piece) -> Int? {
        let title = Array(title.utf16)
        guard let nian = title.firstIndex(of: Glyph.nian), nian > 0, Glyph.isHan(title[nian - 1]),
              !wordsBeforeYear.contains(title[nian - 1]) else { return nil }
        let before = Array(title[max(0, nian - contextLength)..<nian])
        let after = Array(title[(nian + 1)..<min(title.count, nian + 1 + contextLength)])
        guard after.count >= 2 else { return nil }
        let units = document.utf16
        let end = piece.range.upperBound
        var start = piece.range.lowerBound
        while start + before.count + yearLength + 1 + after.count <= end {
            defer { start += 1 }
            guard units[start] == before[0], units.hasRun(before, at: start, end: end) else { continue }
            let year = start + before.count
            let digits = units[year..<(year + yearLength)].compactMap { Glyph.digit($0) }
            guard digits.count == yearLength, units[year + yearLength] == Glyph.nian,
                  units.hasRun(after, at: year + yearLength + 1, end: end) else { continue }
            let value = digits.reduce(0) { $0 * 10 + $1 }
            if (1900...2099).contains(value) { return value }
        }
        return nil
    }

    /// The words around the bare 年 that are looked for: enough to name the title, short enough
    /// that the text's own copy need not match further.
    private static let contextLength = 4
    private static let yearLength = 4
    /// Characters that make a bare 年 a word of its own (上半年, 今年, 全年, 每年, 当年, 青年, 老年 …).
    private static let wordsBeforeYear: Set<UInt16> = Set("半今明去全每当近往同新学青老少成中周历长多".utf16)
}
