import PlanCheckDocuments

/// A table of contents (目录) before the body: its title line and the entries under it. The
/// entries repeat the body's headings (often with page numbers after dot leaders), so they are no
/// numbering sequence of their own and the numbering check passes over them.
struct ContentsBlock: Equatable {
    /// 1-based lines: the 目录 line through the last entry.
    var lines: ClosedRange<Int>

    /// The first table of contents within `range` of the document, if any. `headingLines` are the
    /// 1-based lines that open with a heading number, ascending.
    static func find(in document: Document, range: Range<Int>, headingLines: [Int]) -> ContentsBlock? {
        let map = document.sourceMap
        let units = document.utf16
        let first = map.lineIndex(of: range.lowerBound)
        let last = map.lineIndex(of: max(range.lowerBound, range.upperBound - 1))
        guard let title = (first...last).first(where: { isTitle(trimmed(map.lineRange(at: $0), in: units), in: units) }) else {
            return untitledOutline(in: document, lines: first...last, headingLines: headingLines)
        }
        var end = title
        var firstEntry: [UInt16]?
        var numbered = false
        var line = title + 1
        while line <= last {
            let text = trimmed(map.lineRange(at: line), in: units)
            defer { line += 1 }
            if text.isEmpty { continue }
            let withoutPage = withoutPageNumber(text, in: units)
            let isHeading = binarySearch(headingLines, line + 1)
            guard withoutPage != nil || isHeading else { break }
            // Entries that carried page numbers end at the first heading without one.
            if numbered, withoutPage == nil { break }
            numbered = numbered || withoutPage != nil
            // The body begins where the first entry's words come again (entries without page numbers).
            let words = Array(units[withoutPage ?? text]).filter { !isSpace($0) && !isLeader($0) }
            if let firstEntry, words == firstEntry, withoutPage == nil { break }
            if firstEntry == nil { firstEntry = words }
            end = line
        }
        return end > title ? ContentsBlock(lines: (title + 1)...(end + 1)) : nil
    }

    /// An outline without a 目录 line: the text opens (after at most one line, its title) with
    /// `minimumOutlineEntries` or more heading lines and nothing else, and the first of them comes
    /// again later as the body begins (`一、指导思想 二、工作目标 … 方案 为贯彻… 一、指导思想`).
    private static func untitledOutline(in document: Document, lines: ClosedRange<Int>, headingLines: [Int]) -> ContentsBlock? {
        let map = document.sourceMap
        let units = document.utf16
        let nonEmpty = lines.lazy.filter { !trimmed(map.lineRange(at: $0), in: units).isEmpty }
        guard var start = nonEmpty.first else { return nil }
        if !binarySearch(headingLines, start + 1) {
            guard let next = nonEmpty.first(where: { $0 > start }), binarySearch(headingLines, next + 1) else { return nil }
            start = next
        }
        var end = start
        var entries = 0
        for line in nonEmpty where line >= start {
            guard binarySearch(headingLines, line + 1) else { break }
            end = line
            entries += 1
        }
        guard entries >= minimumOutlineEntries, end < lines.upperBound else { return nil }
        let firstEntry = Array(units[trimmed(map.lineRange(at: start), in: units)])
        let repeated = ((end + 1)...lines.upperBound).contains { line in
            units[trimmed(map.lineRange(at: line), in: units)].elementsEqual(firstEntry)
        }
        return repeated ? ContentsBlock(lines: (start + 1)...(end + 1)) : nil
    }

    /// Fewer heading lines in a row than this are a short plan's skeleton, not an outline of it.
    private static let minimumOutlineEntries = 4

    /// 目录, 目次 or 提纲, spaces allowed between and around, perhaps a colon: a short line.
    private static func isTitle(_ range: Range<Int>, in units: [UInt16]) -> Bool {
        guard range.count >= 2, range.count <= 16 else { return false }
        let letters = units[range].filter { !isSpace($0) && $0 != 0x3A && $0 != 0xFF1A } // ：:
        guard letters.count == 2 else { return false }
        return titleWords.contains { $0 == (letters[letters.startIndex], letters[letters.startIndex + 1]) }
    }

    private static let titleWords: [(UInt16, UInt16)] = [(0x76EE, 0x5F55), (0x76EE, 0x6B21), (0x63D0, 0x7EB2)]

    /// The entry without its page number (`一、工作目标……1` → `一、工作目标`), or nil when the line
    /// does not end in a page number set off by a leader or a space.
    private static func withoutPageNumber(_ range: Range<Int>, in units: [UInt16]) -> Range<Int>? {
        var digits = range.upperBound
        while digits > range.lowerBound, (0x30...0x39).contains(units[digits - 1]) { digits -= 1 }
        guard digits < range.upperBound, range.upperBound - digits <= 4, digits > range.lowerBound else { return nil }
        var text = digits
        while text > range.lowerBound, isSpace(units[text - 1]) || isLeader(units[text - 1]) { text -= 1 }
        return text < digits && text > range.lowerBound ? range.lowerBound..<text : nil
    }

    private static func trimmed(_ range: Range<Int>, in units: [UInt16]) -> Range<Int> {
        var range = range
        while !range.isEmpty, isSpace(units[range.upperBound - 1]) { range = range.lowerBound..<range.upperBound - 1 }
        while !range.isEmpty, isSpace(units[range.lowerBound]) { range = range.lowerBound + 1..<range.upperBound }
        return range
    }

    /// Spaces as documents write them: ASCII, tab, CR, ideographic, and the no-break and fixed
    /// widths Word puts into a table of contents.
    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0D || unit == 0x3000 || unit == 0xA0 || (0x2000...0x200B).contains(unit) || unit == 0x202F || unit == 0xFEFF
    }

    /// Dot leaders: `.` `…` `·` `．` `_` `-` `—` `⋯`.
    private static func isLeader(_ unit: UInt16) -> Bool {
        [0x2E, 0x2026, 0xB7, 0xFF0E, 0x5F, 0x2D, 0x2014, 0x22EF, 0x30FB].contains(unit)
    }

    private static func binarySearch(_ sorted: [Int], _ value: Int) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }
}
