import PlanCheckDocuments

/// One line (a paragraph, for .docx/.odt) of a document, as Structure walks it.
struct TextLine {
    /// 0-based line index; `number` is the 1-based line everyone else reports.
    let index: Int
    /// UTF-16 range without the line break.
    let range: Range<Int>
    var number: Int { index + 1 }

    /// The lines that overlap `range`, clipped to it.
    static func lines(of document: Document, in range: Range<Int>) -> [TextLine] {
        let map = document.sourceMap
        guard !range.isEmpty else { return [] }
        let first = map.lineIndex(of: range.lowerBound)
        let last = map.lineIndex(of: max(range.lowerBound, range.upperBound - 1))
        // A plain loop into reserved storage: Structure asks for the lines of every piece several times.
        var lines: [TextLine] = []
        lines.reserveCapacity(last - first + 1)
        for index in first...last {
            if let line = line(index, of: map, clippedTo: range) { lines.append(line) }
        }
        return lines
    }

    /// `lines(of:in:)` one at a time, for a reader that stops at the first line it wants.
    static func lazyLines(of document: Document, in range: Range<Int>) -> some Sequence<TextLine> {
        let map = document.sourceMap
        let indices = range.isEmpty ? 1..<1 : map.lineIndex(of: range.lowerBound)..<(map.lineIndex(of: range.upperBound - 1) + 1)
        return indices.lazy.compactMap { line($0, of: map, clippedTo: range) }
    }

    /// Line `index` clipped to `range`; nil for the empty line a range ending in a line break
    /// would add.
    private static func line(_ index: Int, of map: SourceMap, clippedTo range: Range<Int>) -> TextLine? {
        let clipped = map.lineRange(at: index).clamped(to: range)
        if clipped.isEmpty && clipped.lowerBound >= range.upperBound { return nil }
        return TextLine(index: index, range: clipped)
    }

    /// The range with leading and trailing spaces removed.
    func trimmed(in units: [UInt16]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, Glyph.isSpace(units[start]) { start += 1 }
        while end > start, Glyph.isSpace(units[end - 1]) { end -= 1 }
        return start..<end
    }

    func trimmedText(in document: Document) -> String {
        document.text(in: trimmed(in: document.utf16))
    }

    /// `trimmedText`, at most its first `limit` UTF-16 units: enough to read a title from a line
    /// that may be a whole page.
    func trimmedText(in document: Document, limit: Int) -> String {
        let range = trimmed(in: document.utf16)
        return document.text(in: range.lowerBound..<min(range.upperBound, range.lowerBound + limit))
    }
}
