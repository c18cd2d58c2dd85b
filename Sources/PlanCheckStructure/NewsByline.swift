import PlanCheckCore
import PlanCheckDocuments

/// A reporter's byline in brackets, at the head or the foot of a news report: `(记者 刘巧)`,
/// `（通讯员：宋斌）`, `(记者 王茜 通讯员 曾玛娅)`, `(撰稿人:姚宁 审核人:刘玉胜)`; or a portal's
/// credit line opening a line at the foot (`撰稿:王会刚 编辑:包晓峰 初审:达来`). A plan speaks of
/// its 通讯员 as a team to build (`加强通讯员队伍建设`), never before a name; a body issues a plan,
/// no one is credited with drafting it.
enum NewsByline {
    /// Whether a byline stands at the head (after a dateline) or at the foot of `range`.
    static func appears(in document: Document, range: Range<Int>) -> Bool {
        let head = range.lowerBound..<min(range.upperBound, range.lowerBound + headReach)
        let foot = max(head.upperBound, range.upperBound - footReach)..<range.upperBound
        let units = document.utf16
        return [head, foot].contains { part in
            part.contains { Glyph.isOpenParen(units[$0]) && isByline(units, from: $0 + 1, end: range.upperBound) }
        }
    }

    /// Whether a line at the foot of `range` opens with a credit (`撰稿:王会刚 编辑:…`). Read over
    /// the whole piece: the page's footer, where the credit stands, is not the document's content.
    static func credited(in document: Document, range: Range<Int>) -> Bool {
        let units = document.utf16
        let foot = max(range.lowerBound, range.upperBound - footReach)..<range.upperBound
        return foot.contains { ($0 == range.lowerBound || units[$0 - 1] == 0x0A) && isByline(units, from: $0, end: range.upperBound, roles: creditRoles) }
    }

    /// Units read at a report's head and at its foot: a long plan is not read through for a bracket.
    private static let headReach = 600
    private static let footReach = 300

    /// A role, a space or colon, then a name of two to four characters ending at a space, a
    /// bracket or a 、.
    private static func isByline(_ units: [UInt16], from start: Int, end: Int, roles: [[UInt16]] = roles) -> Bool {
        var index = start
        while index < end, Glyph.isSpace(units[index]) { index += 1 }
        // Most brackets open a heading's number or a note: told by their first letter.
        guard index < end, roles.contains(where: { $0.first == TextNormalizer.fold(units[index]) }) else { return false }
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
    private static let creditRoles = ["撰稿人", "撰稿"].map { TextNormalizer.fold(Array($0.utf16)) }
    private static let roles = ["特约记者", "见习记者", "融媒体记者", "本报记者", "通讯员", "记者"].map { TextNormalizer.fold(Array($0.utf16)) }
        + creditRoles
}
