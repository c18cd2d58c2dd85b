import PlanCheckCore
import PlanCheckDocuments

/// A reporter's byline in brackets, at the head or the foot of a news report: `(记者 刘巧)`,
/// `（通讯员：宋斌）`, `(记者 王茜 通讯员 曾玛娅)`. A plan speaks of its 通讯员 as a team to build
/// (`加强通讯员队伍建设`), never in brackets before a name.
enum NewsByline {
    /// Whether a byline stands anywhere in `range` of the document.
    static func appears(in document: Document, range: Range<Int>) -> Bool {
        let units = document.utf16
        var index = range.lowerBound
        while index < range.upperBound {
            if Glyph.isOpenParen(units[index]), isByline(units, from: index + 1, end: range.upperBound) { return true }
            index += 1
        }
        return false
    }

    /// A role, a space or colon, then a name of two to four characters ending at a space, a
    /// bracket or a 、.
    private static func isByline(_ units: [UInt16], from start: Int, end: Int) -> Bool {
        var index = start
        while index < end, Glyph.isSpace(units[index]) { index += 1 }
        guard let role = roles.first(where: { role in
            index + role.count <= end && units[index..<(index + role.count)].map(TextNormalizer.fold).elementsEqual(role)
        }) else { return false }
        index += role.count
        guard index < end, Glyph.isSpace(units[index]) || Glyph.isColon(units[index]) else { return false }
        while index < end, Glyph.isSpace(units[index]) || Glyph.isColon(units[index]) { index += 1 }
        let name = index
        while index < end, index - name <= maximumNameLength, Glyph.isHan(units[index]) { index += 1 }
        guard (2...maximumNameLength).contains(index - name), index < end else { return false }
        return Glyph.isSpace(units[index]) || Glyph.isCloseParen(units[index]) || units[index] == Glyph.ideographicComma
    }

    private static let maximumNameLength = 4
    private static let roles = ["特约记者", "见习记者", "融媒体记者", "本报记者", "通讯员", "记者"].map { TextNormalizer.fold(Array($0.utf16)) }
}
