import Foundation
import PlanCheckCore

/// A sharing site's label for one piece of its collection page, on a line of its own:
/// `乡镇卫生院2023年度工作计划 篇1`, `职业健康年度工作计划篇一`, `…总结【篇2】`, `第1篇 2016年…工作计划范文`,
/// `第一篇:卫生局`, `篇1:2022年上半年疾控工作总结`, a bare `第一篇`. The site numbers its pieces; the title is what the label
/// carries without the number. Not a long plan's own parts, written `第一篇 发展基础` with a Chinese
/// number and no colon, nor a sentence that counts articles (`发表论文12篇`). Not read as residue: the
/// seeds' labels take a split page's piece labels for its pieces' titles, and the corpus's labels split on it.
enum PieceLabel {
    /// Whether a trimmed line, on folded units, is such a label.
    static func isLabel(_ folded: ArraySlice<UInt16>) -> Bool {
        // Most lines fail at their length or hold no 篇 at all: nothing else is read for them.
        guard folded.count >= 2, folded.count <= maximumLength, let pian = folded.firstIndex(of: Glyph.pian),
              !folded.contains(where: { Glyph.isSentenceEnd($0) || $0 == 0xFF0C || $0 == 0x2C }) else { return false }
        return endsWithPieceNumber(folded) || opensWithPieceNumber(folded, pian: pian)
    }

    /// `…篇1`, `… 篇 1`, `…篇一`, `…【篇2】`, `…篇1:` with a title before it.
    private static func endsWithPieceNumber(_ folded: ArraySlice<UInt16>) -> Bool {
        var end = folded.endIndex
        while end > folded.startIndex, isFrame(folded[end - 1]) || Glyph.isColon(folded[end - 1]) { end -= 1 }
        var start = end
        while start > folded.startIndex, end - start < 3, isNumeral(folded[start - 1]) { start -= 1 }
        guard start < end else { return false }
        var before = start
        while before > folded.startIndex, Glyph.isSpace(folded[before - 1]) { before -= 1 }
        guard before > folded.startIndex, folded[before - 1] == Glyph.pian else { return false }
        // A title before it (two units at the least), or nothing but a bracket.
        let title = folded[..<(before - 1)].filter { !isFrame($0) }
        return title.count >= 2 || title.isEmpty && before - 1 > folded.startIndex
    }

    /// `第1篇 …`, `第一篇:…` (a Chinese number only with its colon), `篇1:…`, `篇一：`.
    private static func opensWithPieceNumber(_ folded: ArraySlice<UInt16>, pian: Int) -> Bool {
        var cursor = folded.startIndex
        while cursor < pian, isFrame(folded[cursor]) { cursor += 1 }
        if folded[cursor] == ordinal {
            let digits = folded[(cursor + 1)..<pian]
            guard (1...3).contains(digits.count), digits.allSatisfy(isNumeral) else { return false }
            let arabic = digits.allSatisfy { Glyph.digit($0) != nil }
            // `第一篇` alone on its line is the site's; a plan's part goes on with its name (`第一篇 发展基础`).
            let alone = folded[(pian + 1)...].allSatisfy(isFrame)
            return arabic || alone || (pian + 1 < folded.endIndex && Glyph.isColon(folded[pian + 1]))
        }
        guard cursor == pian else { return false }
        var after = pian + 1
        while after < folded.endIndex, after - pian <= 3, isNumeral(folded[after]) { after += 1 }
        guard after > pian + 1 else { return false }
        return after == folded.endIndex || Glyph.isColon(folded[after])
    }

    /// The title a label carries, without the site's number (`职业健康年度工作计划篇一` →
    /// `职业健康年度工作计划`, `篇一:《疾控中心年度工作总结》` → `疾控中心年度工作总结`); nil when it
    /// names none (`篇一`, `第1篇`).
    static func title(of line: String) -> String? {
        let units = Array(line.utf16)
        let folded = TextNormalizer.fold(units)
        guard isLabel(folded[...]), let pian = folded.firstIndex(of: Glyph.pian) else { return nil }
        let kept: ArraySlice<UInt16>
        if let last = folded.lastIndex(of: Glyph.pian), endsWithPieceNumber(folded[...]) {
            kept = units[..<last]
        } else {
            // After `第1篇` only its colon; after `篇1` its number too (a year may follow: `第1篇 2016年…`).
            let opensWithOrdinal = folded[..<pian].contains(ordinal)
            var start = pian + 1
            while start < units.count, (!opensWithOrdinal && isNumeral(folded[start])) || Glyph.isColon(folded[start]) || isFrame(folded[start]) {
                start += 1
            }
            kept = units[start...]
        }
        var title = String(decoding: kept, as: UTF16.self).trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}《》【】:："))
        // The bracket that held the label (`…计划(篇1)`) opens after the title.
        while let last = title.last, "(（[【".contains(last) { title.removeLast() }
        return title.count >= 2 ? title : nil
    }

    private static func isNumeral(_ unit: UInt16) -> Bool { Glyph.digit(unit) != nil || ChineseNumeral.isNumeralUnit(unit) }

    /// Spaces, brackets and invisible units around a label.
    private static func isFrame(_ unit: UInt16) -> Bool {
        Glyph.isSpace(unit) || unit == 0x3010 || unit == 0x3011 || unit == 0x28 || unit == 0x29 || unit == 0x5B || unit == 0x5D
            || unit == TextNormalizer.ignorable
    }

    /// 第.
    private static let ordinal: UInt16 = 0x7B2C
    /// A title and its label: a title is at most `MetadataExtractor.maxTitleLength`.
    private static let maximumLength = 72
}
