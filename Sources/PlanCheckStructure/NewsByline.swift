import PlanCheckCore
import PlanCheckDocuments

/// A reporter's byline in brackets, at the head or the foot of a news report: `(记者 刘巧)`,
/// `（通讯员：宋斌）`, `(记者 王茜 通讯员 曾玛娅)`. A plan speaks of its 通讯员 as a team to build
/// (`加强通讯员队伍建设`), never in brackets before a name.
enum NewsByline {
    /// Whether a byline stands at the head (after a dateline) or at the foot of `range`.
    static func appears(in document: Document, range: Range<Int>) -> Bool {
        let head = range.lowerBound..<min(range.upperBound, range.lowerBound + headReach)
        let foot = max(head.upperBound, range.upperBound - footReach)..<range.upperBound
        return [head, foot].contains { part in
            part.contains { Glyph.isOpenParen(document.utf16[$0]) && isByline(document.utf16, from: $0 + 1, end: range.upperBound) }
        }
    }

    /// Units read at a report's head and at its foot: a long plan is not read through for a bracket.
    private static let headReach = 600
    private static let footReach = 300

    /// A role, a space or colon, then a name of two to four characters ending at a space, a
    /// bracket or a 、.
    private static func isByline(_ units: [UInt16], from start: Int, end: Int) -> Bool {
        var index = start
        while index < end, Glyph.isSpace(units[index]) { index += 1 }
        // Most brackets open a heading's number or a note: told by their first letter.
        guard index < end, roleStarts.contains(TextNormalizer.fold(units[index])) else { return false }
        let start = index
        guard let role = roles.first(where: { role in
            start + role.count <= end && role.indices.allSatisfy { TextNormalizer.fold(units[start + $0]) == role[$0] }
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
    private static let roleStarts = Set(roles.compactMap(\.first))
}
