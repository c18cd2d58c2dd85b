import PlanCheckCore
import PlanCheckDocuments

/// A page that credits a newspaper, a news site or a county's media centre as its source
/// (`来源:拂晓报`, `信息来源:泽州县融媒体中心`): a portal reprints news so. A plan's page names the
/// body that wrote it (`来源：县卫生健康局`), or the portal itself (`来源：本网`). An e-paper's page
/// names its edition (`第00002版:本省要闻`).
enum NewsSource {
    /// Whether one of the piece's first lines credits a news outlet as its source, or names a
    /// newspaper's edition.
    static func credited(_ document: Document, piece: Piece, contentEnd: Int) -> Bool {
        TextLine.lazyLines(of: document, in: piece.range.lowerBound..<max(piece.range.lowerBound, contentEnd))
            .prefix(linesRead)
            .contains { line in
                let range = line.trimmed(in: document.utf16)
                guard range.count <= lineLength else { return false }
                let folded = TextNormalizer.fold(Array(document.utf16[range]))
                return creditsOutlet(folded) || isEditionLabel(folded[...]) || isMasthead(folded[...])
            }
    }

    /// `第00002版:本省要闻`, `第A3版：要闻`: a newspaper's page and its column (on folded units).
    static func isEditionLabel(_ units: ArraySlice<UInt16>) -> Bool {
        guard units.first == 0x7B2C else { return false } // 第
        var index = units.startIndex + 1
        while index < units.endIndex, index - units.startIndex <= 6,
              (0x30...0x39).contains(units[index]) || (0x41...0x5A).contains(units[index]) { index += 1 }
        guard index > units.startIndex + 1, index + 1 < units.endIndex, units[index] == 0x7248 else { return false } // 版
        return units[index + 1] == 0x3A // :, folded from ：
    }

    /// `国际旅游岛商报 2025年03月14日 史若木`: a newspaper's name and the day's date, as an e-paper
    /// heads its article (on folded units; a bulletin, 简报 or 公报, is no newspaper).
    static func isMasthead(_ units: ArraySlice<UInt16>) -> Bool {
        guard units.count <= mastheadLength, let space = units.firstIndex(of: 0x20), space - units.startIndex >= 3,
              units[space - 1] == newspaper, !notNewspapers.contains(units[space - 2]) else { return false }
        var index = space
        while index < units.endIndex, units[index] == 0x20 { index += 1 }
        func digits(_ count: ClosedRange<Int>) -> Bool {
            let start = index
            while index < units.endIndex, (0x30...0x39).contains(units[index]) { index += 1 }
            return count.contains(index - start)
        }
        func take(_ unit: UInt16) -> Bool {
            guard index < units.endIndex, units[index] == unit else { return false }
            index += 1
            return true
        }
        return digits(4...4) && take(0x5E74) && digits(1...2) && take(0x6708) && digits(1...2) && take(0x65E5) // 年 月 日
    }

    private static let mastheadLength = 40

    /// The first lines of a page: its headline, the stamp line below it and a blank or two.
    static let linesRead = 12
    static let lineLength = 120

    /// `…来源:拂晓报 阅读: 字号:` on folded units: a source label, and a name after it that is a news
    /// outlet's.
    static func creditsOutlet(_ units: [UInt16]) -> Bool {
        var from = 0
        while let label = units[from...].firstRange(ofSubsequence: sourceLabel) {
            from = label.upperBound
            var index = label.upperBound
            while index < units.count, units[index] == 0x20 { index += 1 }
            guard index < units.count, units[index] == 0x3A else { continue } // :, folded from ：
            index += 1
            while index < units.count, units[index] == 0x20 { index += 1 }
            var end = index
            while end < units.count, end - index < nameLength, !nameEnds.contains(units[end]) { end += 1 }
            if isOutlet(units[index..<end]) { return true }
        }
        return false
    }

    /// A newspaper (`梅州日报`, `拂晓报`; not a bulletin, 简报 or 公报) or a news site or centre.
    private static func isOutlet(_ name: ArraySlice<UInt16>) -> Bool {
        if outletWords.contains(where: { name.containsSubsequence($0) }) { return true }
        guard name.count >= 3, name.last == newspaper else { return false }
        return !notNewspapers.contains(name[name.endIndex - 2])
    }

    private static let sourceLabel = Array("来源".utf16)
    private static let nameLength = 24
    /// A space, a bar or the next label's colon ends the name.
    private static let nameEnds: Set<UInt16> = [0x20, 0x7C, 0x3A, 0x0A]
    private static let outletWords = ["日报", "晚报", "报社", "新闻网", "新闻中心", "融媒体", "电视台", "新华社", "新华网", "人民网", "央视"]
        .map { TextNormalizer.fold(Array($0.utf16)) }
    private static let newspaper: UInt16 = 0x62A5 // 报
    /// 简报, 汇报, 公报, 年报, 月报, 周报, 快报, 情报, 通报, 上报: a body's own papers or a verb.
    private static let notNewspapers: Set<UInt16> = Set("简汇公年月周快情通上".utf16)
}
