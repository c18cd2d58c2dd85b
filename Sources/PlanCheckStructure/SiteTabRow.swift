import PlanCheckCore
import PlanCheckDocuments

/// A site's tabs set one to a line above its page (`医疗卫生规划更新` / `医疗卫生规划推荐` /
/// `医疗卫生规划热门`): short lines that share a stem and end in different tab words. One such
/// line alone may be a document's own words (`设备更新`); two side by side are the site's.
enum SiteTabRow {
    /// Whether the 0-based `line` of `document` is one of a row of tabs, told with the line
    /// next to it on either side (blank lines between are passed over).
    static func contains(_ document: Document, line: Int) -> Bool {
        guard let (stem, tab) = stemAndTab(document, line: line) else { return false }
        for step in [-1, 1] {
            var other = line + step
            while other >= 0, other < document.sourceMap.lineCount, trimmed(document, line: other).isEmpty { other += step }
            guard other >= 0, other < document.sourceMap.lineCount,
                  let (otherStem, otherTab) = stemAndTab(document, line: other) else { continue }
            if otherStem == stem, otherTab != tab { return true }
        }
        return false
    }

    /// A short line's stem and the tab word it ends with, on folded units.
    private static func stemAndTab(_ document: Document, line: Int) -> (ArraySlice<UInt16>, Int)? {
        let range = trimmed(document, line: line)
        // Most lines end otherwise: the last unit is told before anything is folded.
        guard range.count <= maximumLength, let last = range.last, tabEnds.contains(TextNormalizer.fold(document.utf16[last])) else { return nil }
        let units = TextNormalizer.fold(Array(document.utf16[range]))[...]
        guard let tab = tabWords.firstIndex(where: { units.count >= $0.count + minimumStem && units.suffix($0.count).elementsEqual($0) })
        else { return nil }
        return (units.dropLast(tabWords[tab].count), tab)
    }

    private static func trimmed(_ document: Document, line: Int) -> Range<Int> {
        var range = document.sourceMap.lineRange(at: line)
        while let first = range.first, isBlank(document.utf16[first]) { range = range.dropFirst() }
        while let last = range.last, isBlank(document.utf16[last]) { range = range.dropLast() }
        return range
    }

    private static func isBlank(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x3000 || unit == 0x0D }

    private static let tabWords = ["更新", "推荐", "热门", "最新", "排行", "精选"].map { Array($0.utf16) }
    /// The last characters of the tab words: 新 荐 门 行 选.
    private static let tabEnds: Set<UInt16> = Set(tabWords.compactMap(\.last))
    private static let maximumLength = 24
    private static let minimumStem = 2
}
