import PlanCheckCore

/// The suffix a sharing site glues to a collection page's title (`…工作总结` + `范文2020最新精选5篇`,
/// `…计划` + `汇集(最新4篇)`): the page's kind of text, its year and its count of pieces. It belongs to
/// the title (the page's year dates it, as `SiteCollectionYear` reads it); the text that follows does not.
enum CollectionSuffix {
    /// Where the suffix glued after a title's genre word (at `end` of `folded`) ends; `end` itself
    /// when none follows.
    static func end(in folded: [UInt16], from end: Int) -> Int {
        var cursor = end
        // Each set's words in any number (`最新精选`).
        func skip(_ words: [[UInt16]]) {
            while let word = words.first(where: { cursor + $0.count <= folded.count && folded[cursor..<cursor + $0.count].elementsEqual($0) }) {
                cursor += word.count
            }
        }
        skip(words)
        if cursor + 4 <= folded.count, folded[cursor..<cursor + 4].allSatisfy({ Glyph.digit($0) != nil }) { cursor += 4 }
        skip(openers)
        skip(qualifiers)
        let digits = folded[cursor...].prefix { Glyph.digit($0) != nil || ChineseNumeral.isNumeralUnit($0) }.count
        guard (1...3).contains(digits), cursor + digits < folded.count, folded[cursor + digits] == Glyph.pian else { return end }
        cursor += digits + 1
        skip(closers)
        return cursor
    }

    /// The year a collection suffix names without 年 (`范文2020最新精选5篇`): four digits from 1990 to
    /// 2099 right after 范文/范本/汇集/大全, in a title that ends with the page's count of pieces.
    static func year(in title: String) -> Int? {
        guard SiteCollectionYear.isCollectionLine(title) else { return nil }
        let folded = TextNormalizer.fold(Array(title.utf16))
        for word in words {
            guard let range = folded.firstRange(of: word), range.upperBound + 4 <= folded.count else { continue }
            let digits = folded[range.upperBound..<range.upperBound + 4].compactMap(Glyph.digit)
            guard digits.count == 4, range.upperBound + 4 == folded.count || Glyph.digit(folded[range.upperBound + 4]) == nil else { continue }
            let year = digits.reduce(0) { $0 * 10 + $1 }
            if (1990...2099).contains(year) { return year }
        }
        return nil
    }

    private static let words = ["范文", "范本", "汇集", "大全"].map { Array($0.utf16) }
    private static let openers = ["(", "【", "["].map { Array($0.utf16) }
    private static let qualifiers = ["最新", "精选", "优秀", "通用", "共"].map { Array($0.utf16) }
    private static let closers = [")", "】", "]"].map { Array($0.utf16) }
}
