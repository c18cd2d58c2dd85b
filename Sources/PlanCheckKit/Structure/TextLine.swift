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
            let clipped = map.lineRange(at: index).clamped(to: range)
            if clipped.isEmpty && clipped.lowerBound >= range.upperBound { continue }
            lines.append(TextLine(index: index, range: clipped))
        }
        return lines
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
}
