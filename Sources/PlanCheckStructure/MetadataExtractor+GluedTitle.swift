import Foundation
import PlanCheckCore

/// A title glued to the text after it, on pages copied into one line.
extension MetadataExtractor {
    /// A title glued to the text that follows it on one line, as pages copied into one paragraph
    /// read (`20xx年疾控中心健康教育工作计划及安排20xx年疾控中心…`): the line up to its first genre
    /// word (计划, 方案, 总结 …) within the first `maxTitleLength` characters, without a sentence's
    /// end before it. A news item's headline glued to its lead (`我旗召开…工作会议 4月13日,我旗召开…`):
    /// the line up to the spaces before the lead's date.
    static func gluedTitle(_ line: String) -> String? {
        let units = Array(droppingPageField(line).utf16)
        let folded = TextNormalizer.fold(units)
        var best: Int?
        for word in gluedGenreWords {
            guard let start = firstIndex(of: word, in: folded, before: maxTitleLength, skippingProgrammes: true) else { continue }
            let end = start + word.count
            if best.map({ end < $0 }) ?? true { best = end }
        }
        if let headline = headlineBeforeDateline(folded), best.map({ headline < $0 }) ?? true { best = headline }
        guard var end = best, end >= 6, !units[..<end].contains(where: Glyph.isSentenceEnd) else { return nil }
        end = CollectionSuffix.end(in: folded, from: end)
        let title = String(decoding: units[..<end], as: UTF16.self).trimmingCharacters(in: CharacterSet(charactersIn: "《 \u{3000}"))
        return title.isEmpty ? nil : title
    }

    /// Where a headline ends before the spaces and the `4月13日` that open its lead, within the
    /// first `maxTitleLength` units.
    private static func headlineBeforeDateline(_ folded: [UInt16]) -> Int? {
        var index = 1
        while index < min(folded.count, maxTitleLength) {
            guard Glyph.isSpace(folded[index]) else { index += 1; continue }
            let end = index
            while index < folded.count, Glyph.isSpace(folded[index]) { index += 1 }
            if opensWithDayOfMonth(folded[index...]) { return end }
        }
        return nil
    }

    /// `4月13日`, `12月1日`: one or two digits, 月, one or two digits, 日.
    private static func opensWithDayOfMonth(_ units: ArraySlice<UInt16>) -> Bool {
        func digits(from start: Int) -> Int {
            var end = start
            while end < units.endIndex, end - start < 2, (0x30...0x39).contains(units[end]) { end += 1 }
            return end
        }
        let month = digits(from: units.startIndex)
        guard month > units.startIndex, month < units.endIndex, units[month] == 0x6708 else { return false } // 月
        let day = digits(from: month + 1)
        return day > month + 1 && day < units.endIndex && units[day] == 0x65E5 // 日
    }

    private static let gluedGenreWords = ["工作计划", "计划", "方案", "总结", "要点", "安排", "汇报"].map { Array($0.utf16) }
}
