import PlanCheckCore

/// Site residue inside a line of the document's own text, where a page was copied into one
/// paragraph: a PDF viewer's page counter (`第1页共 10 页`, `第2页/共6页`), a portal's stamp
/// (`内容时间:2018-02-02`, `发布日期：2024-03-21 11:04`), a sharing site's document number
/// (`编号:682553579`), keyword label (`[标签:介绍]`) or collection mark (`(通用30篇)`,
/// `(xiexiebang推荐)`). The line stays the document's text; only these words are residue.
package enum InlineSiteStamp {
    /// Every stamp in `range` of folded text (`TextNormalizer.fold`), in text order.
    package static func stamps(in folded: [UInt16], range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // Nearly every unit opens neither: passed over on the buffer before any reading.
            index = folded.withUnsafeBufferPointer { buffer in
                var next = index
                let end = min(range.upperBound, buffer.count)
                while next < end, !opensStamp(buffer[next]) { next += 1 }
                return next
            }
            guard index < range.upperBound else { break }
            if let end = pageCounterEnd(folded, from: index, limit: range.upperBound)
                ?? dateStampEnd(folded, from: index, limit: range.upperBound)
                ?? siteMarkEnd(folded, from: index, limit: range.upperBound) {
                found.append(index..<end)
                index = end
            } else if let count = collectionCount(folded, at: index, range: range) {
                found.append(count)
                index = count.upperBound
            } else if let domain = domainName(folded, at: index, range: range) {
                found.append(domain)
                index = domain.upperBound
            } else if isCopyMark(folded, at: index, range: range) {
                found.append(index..<index + 1)
                index += 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// 第, the first characters of the stamp labels (发 内 更 上 录 编), the brackets of a
    /// site's label or mark (`[` `【` `(`, folded from `（`), 篇, which ends a collection's count,
    /// the backtick a sharing site slips into its copies, and the dot of a site's address.
    @inline(__always)
    private static func opensStamp(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x7B2C, 0x53D1, 0x5185, 0x66F4, 0x4E0A, 0x5F55, 0x7F16, 0x5B, 0x3010, 0x28, 0x7BC7, 0x60, 0x2E: true
        default: false
        }
    }

    // MARK: Page counters

    /// The end of `第N页共M页` (spaces and a slash allowed between) starting at `start`.
    private static func pageCounterEnd(_ units: [UInt16], from start: Int, limit: Int) -> Int? {
        guard units[start] == 0x7B2C else { return nil } // 第
        var reader = Reader(units: units, index: start + 1, limit: limit)
        guard reader.number(), reader.take(0x9875) else { return nil } // 页
        _ = reader.take(0x2F) // /
        guard reader.take(0x5171), reader.number(), reader.take(0x9875) else { return nil } // 共 … 页
        return reader.index
    }

    // MARK: Date stamps

    private static let stampLabels = ["发布时间", "发布日期", "内容时间", "更新时间", "更新日期", "上传时间", "录入时间", "发表时间"]
        .map { Array($0.utf16) }

    /// The end of `内容时间:2018-02-02` (and a time after it) starting at `start`.
    private static func dateStampEnd(_ units: [UInt16], from start: Int, limit: Int) -> Int? {
        guard units[start] == 0x53D1 || units[start] == 0x5185 || units[start] == 0x66F4 || units[start] == 0x4E0A
                || units[start] == 0x5F55 else { return nil } // 发 内 更 上 录: the labels' first characters
        guard let label = stampLabels.first(where: { label in
            start + label.count <= limit && units[start..<start + label.count].elementsEqual(label)
        }) else { return nil }
        var reader = Reader(units: units, index: start + label.count, limit: limit)
        guard reader.take(0x3A) else { return nil } // :, folded from ：
        reader.skipSpaces()
        guard reader.digits(exactly: 4), reader.take(0x2D), reader.digits(upTo: 2), reader.take(0x2D), reader.digits(upTo: 2) else { return nil }
        var end = reader.index
        // ` 11:04` or ` 11:04:27`
        reader.skipSpaces()
        if reader.digits(upTo: 2), reader.take(0x3A), reader.digits(upTo: 2) {
            end = reader.index
            if reader.take(0x3A), reader.digits(upTo: 2) { end = reader.index }
        }
        return end
    }

    // MARK: Sharing sites' marks

    /// The end of a sharing site's mark starting at `start`: `编号:` and a document number of at
    /// least nine digits, `[标签:…]`, or a collection mark in brackets.
    private static func siteMarkEnd(_ units: [UInt16], from start: Int, limit: Int) -> Int? {
        switch units[start] {
        case 0x7F16: // 编号:682553579
            var reader = Reader(units: units, index: start + 1, limit: limit)
            guard reader.take(0x53F7), reader.take(0x3A) else { return nil } // 号 :
            reader.skipSpaces()
            if let end = convertedPageHeaderEnd(units, from: reader.index, limit: limit) { return end }
            let digits = reader.index
            // A site's numbers run to nine digits and more; an office's own (编号:20240001) are shorter.
            guard reader.digits(upTo: 16), reader.index - digits >= 9 else { return nil }
            return reader.index
        case 0x5B, 0x3010: // [标签:介绍] 【标签：介绍】
            let label = Array("标签:".utf16)
            guard start + 1 + label.count <= limit, units[start + 1..<start + 1 + label.count].elementsEqual(label) else { return nil }
            let close: UInt16 = units[start] == 0x5B ? 0x5D : 0x3011
            return closingEnd(units, after: start + 1 + label.count, close: close, limit: limit)
        default: // (
            return collectionMarkEnd(units, from: start, limit: limit)
        }
    }

    /// The end of the page header a sharing site prints over each page of a file it converted, after
    /// its empty `编号:` (`时间:2021年x月x日书山有路勤为径,学海无涯苦作舟页码:第1页共12页`): the header's
    /// own blanks are no placeholders of the document.
    private static func convertedPageHeaderEnd(_ units: [UInt16], from start: Int, limit: Int) -> Int? {
        guard start + timeLabel.count <= limit, units[start..<start + timeLabel.count].elementsEqual(timeLabel) else { return nil }
        let searchEnd = min(limit, start + timeLabel.count + maximumHeaderLength)
        guard let motto = units[start..<searchEnd].firstRange(ofSubsequence: mottoEnd) else { return nil }
        var end = motto.upperBound
        if end + pageLabel.count <= limit, units[end..<end + pageLabel.count].elementsEqual(pageLabel),
           let counter = pageCounterEnd(units, from: end + pageLabel.count, limit: limit) {
            end = counter
        }
        return end
    }

    private static let timeLabel = Array("时间:".utf16)
    private static let mottoEnd = Array("苦作舟".utf16)
    private static let pageLabel = Array("页码:".utf16)
    /// From 时间: to the motto's end: a date, its blanks and the motto's fourteen characters.
    private static let maximumHeaderLength = 40

    /// The end of `(通用30篇)`, `(精选17篇)` or `(xiexiebang推荐)`: a collection page's count of
    /// pieces with the site's word for it, or a site's name with 推荐. A plan's own `(3篇)` (发表
    /// 论文3篇) has no such word.
    private static func collectionMarkEnd(_ units: [UInt16], from start: Int, limit: Int) -> Int? {
        guard let end = closingEnd(units, after: start + 1, close: 0x29, limit: limit) else { return nil }
        let inner = units[start + 1..<end - 1]
        if let word = collectionWords.first(where: { inner.starts(with: $0) }) {
            var reader = Reader(units: units, index: start + 1 + word.count, limit: end - 1)
            guard reader.digits(upTo: 3), reader.take(0x7BC7), reader.index == end - 1 else { return nil } // 篇
            return end
        }
        let recommended = Array("推荐".utf16)
        guard inner.count > recommended.count, inner.suffix(recommended.count).elementsEqual(recommended),
              inner.dropLast(recommended.count).allSatisfy({ (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) }) else { return nil }
        return end
    }

    /// A collection page's words for its pieces: `(通用30篇)`.
    private static let collectionWords = ["通用", "精选", "优秀", "优选", "最新", "热门", "推荐", "汇总", "合集", "集锦", "实用", "经典", "精编", "精彩", "精华"]
        .map { Array($0.utf16) }

    // MARK: Site addresses

    /// A site's address in the text (`请点击:zl.wenyixie.com 材料交流群`) whose first dot is at `dot`:
    /// lower-case labels joined by dots, ending in com, cn, net or org. Not part of a mail address
    /// (`abc@163.com`, a plan's contact) or of a link (`http://…`, its line already residue).
    private static func domainName(_ units: [UInt16], at dot: Int, range: Range<Int>) -> Range<Int>? {
        guard units[dot] == 0x2E, dot > range.lowerBound, dot + 1 < range.upperBound,
              isLabelUnit(units[dot - 1]), isLetter(units[dot + 1]) else { return nil }
        var start = dot
        while start > range.lowerBound, isLabelUnit(units[start - 1]) { start -= 1 }
        if start > range.lowerBound, [0x40, 0x2F, 0x2E].contains(units[start - 1]) { return nil } // @ / .
        var end = dot + 1
        while end < range.upperBound, isLabelUnit(units[end]) || (units[end] == 0x2E && end + 1 < range.upperBound && isLetter(units[end + 1])) {
            end += 1
        }
        let lastDot = units[dot..<end].lastIndex(of: 0x2E) ?? dot
        let top = units[(lastDot + 1)..<end]
        return SiteResidue.topLevelDomains.contains(where: { $0.elementsEqual(top) }) ? start..<end : nil
    }

    private static func isLetter(_ unit: UInt16) -> Bool { (0x61...0x7A).contains(unit) }
    private static func isLabelUnit(_ unit: UInt16) -> Bool { isLetter(unit) || (0x30...0x39).contains(unit) || unit == 0x2D }

    // MARK: Copy marks

    /// A backtick between two Chinese characters (`加强皮肤病的`防治`): a sharing site marks its
    /// copies so; no Chinese text writes one, and code quoted in a plan stands among Latin letters.
    private static func isCopyMark(_ units: [UInt16], at index: Int, range: Range<Int>) -> Bool {
        units[index] == 0x60 && index > range.lowerBound && index + 1 < range.upperBound
            && Glyph.isHan(units[index - 1]) && Glyph.isHan(units[index + 1])
    }


    // MARK: Collection counts

    /// A collection page's count of pieces closing its title line, with or without brackets and
    /// the site's word for it (`工作计划(2篇)`, `工作总结实用13篇`, `工作计划 15篇`): `piece` is the 篇.
    /// The line must end there and read as a title, its words before the count closing on a
    /// document's genre (计划, 总结, 方案 …) with no sentence punctuation: a report's `发表论文3篇`
    /// or `完成调研报告3篇，` is its own count.
    private static func collectionCount(_ units: [UInt16], at piece: Int, range: Range<Int>) -> Range<Int>? {
        guard units[piece] == 0x7BC7 else { return nil }
        var end = piece + 1
        let closed = end < range.upperBound && units[end] == 0x29
        if closed { end += 1 }
        var after = end
        while after < range.upperBound, units[after] == 0x20 || units[after] == 0x0D { after += 1 }
        guard after == range.upperBound || units[after] == 0x0A else { return nil }
        var start = piece
        while start > range.lowerBound, units[start - 1] == 0x20 { start -= 1 }
        let digitsEnd = start
        while start > range.lowerBound, digitsEnd - start < 3, (0x30...0x39).contains(units[start - 1]) { start -= 1 }
        guard start < digitsEnd else { return nil }
        if let word = collectionWords.first(where: { start - range.lowerBound >= $0.count && units[start - $0.count..<start].elementsEqual($0) }) {
            start -= word.count
        }
        var titleEnd = start
        while titleEnd > range.lowerBound, units[titleEnd - 1] == 0x20 { titleEnd -= 1 }
        if closed {
            guard titleEnd > range.lowerBound, units[titleEnd - 1] == 0x28 else { return nil }
            start = titleEnd - 1
            titleEnd = start
            while titleEnd > range.lowerBound, units[titleEnd - 1] == 0x20 { titleEnd -= 1 }
        }
        var lineStart = titleEnd
        while lineStart > range.lowerBound, units[lineStart - 1] != 0x0A, titleEnd - lineStart <= maximumTitleLength { lineStart -= 1 }
        let title = units[lineStart..<titleEnd]
        guard titleEnd - lineStart <= maximumTitleLength,
              genreWords.contains(where: { title.count >= $0.count && title.suffix($0.count).elementsEqual($0) }),
              !title.contains(where: { sentencePunctuation.contains($0) }), !opensWithListMarker(title) else { return nil }
        return start..<end
    }

    /// Whether a line opens as an item of a list (`3.`, `2、`, `三、`, `(二)`): `(三)完成调研报告2篇`
    /// counts the item's own work.
    private static func opensWithListMarker(_ line: ArraySlice<UInt16>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != 0x20 }) else { return false }
        if line[first] == 0x28 { return true }
        var index = first
        while index < line.endIndex, (0x30...0x39).contains(line[index]) || ChineseNumeral.isNumeralUnit(line[index]) { index += 1 }
        guard index > first, index < line.endIndex else { return false }
        return line[index] == 0x3001 || line[index] == 0x2E || line[index] == 0x29 // 、 . )
    }

    /// A document's genres, which a collection's title closes on.
    private static let genreWords = ["计划", "总结", "方案", "要点", "规划", "汇报", "报告", "安排", "预案", "范文", "范本", "模板", "大全", "打算", "思路"]
        .map { Array($0.utf16) }
    /// `,` `;` `:` `!` `?` (folded from full width) and 。: a sentence, not a title.
    private static let sentencePunctuation: Set<UInt16> = [0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x3002]
    private static let maximumTitleLength = 60

    /// Past the `close` bracket of a short mark (at most 24 units inside), or nil.
    private static func closingEnd(_ units: [UInt16], after start: Int, close: UInt16, limit: Int) -> Int? {
        var index = start
        while index < limit, index - start <= 24 {
            if units[index] == close { return index + 1 }
            index += 1
        }
        return nil
    }

    /// Reads units one at a time within a limit.
    private struct Reader {
        let units: [UInt16]
        var index: Int
        let limit: Int

        mutating func skipSpaces() {
            while index < limit, units[index] == 0x20 { index += 1 }
        }

        /// A unit after any spaces.
        mutating func take(_ unit: UInt16) -> Bool {
            let saved = index
            skipSpaces()
            guard index < limit, units[index] == unit else { index = saved; return false }
            index += 1
            return true
        }

        /// One to four digits after any spaces.
        mutating func number() -> Bool {
            skipSpaces()
            return digits(upTo: 4)
        }

        mutating func digits(upTo count: Int) -> Bool {
            let start = index
            while index < limit, index - start < count, (0x30...0x39).contains(units[index]) { index += 1 }
            return index > start
        }

        mutating func digits(exactly count: Int) -> Bool {
            let start = index
            guard digits(upTo: count), index - start == count else { index = start; return false }
            return true
        }
    }
}
