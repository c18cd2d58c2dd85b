import PlanCheckDocuments

/// One line (a paragraph, for .docx/.odt) of a document, as Structure walks it.
struct TextLine {
    /// 0-based line index; `number` is the 1-based line everyone else reports.
    let index: Int
    /// UTF-16 range without the line break.
    let range: Range<Int>
    var number: Int { index + 1 }

    /// The lines that overlap `range`, clipped to it, made one at a time as they are read:
    /// Structure walks the lines of every piece several times, and an array of them was 24 bytes
    /// a line each time (a hostile text of a million short lines).
    static func lines(of document: Document, in range: Range<Int>) -> Lines {
        Lines(map: document.sourceMap, range: range)
    }

    /// `lines(of:in:)`, for a reader that stops at the first line it wants.
    static func lazyLines(of document: Document, in range: Range<Int>) -> Lines {
        lines(of: document, in: range)
    }

    /// The lines of a range, in order.
    struct Lines: Sequence, IteratorProtocol {
        private let map: SourceMap
        private let range: Range<Int>
        private var index: Int
        private let last: Int

        init(map: SourceMap, range: Range<Int>) {
            self.map = map
            self.range = range
            if range.isEmpty {
                index = 1
                last = 0
            } else {
                index = map.lineIndex(of: range.lowerBound)
                last = map.lineIndex(of: range.upperBound - 1)
            }
        }

        var underestimatedCount: Int { Swift.max(0, last - index + 1) }

        /// The next line clipped to the range; a range ending in a line break adds no empty line.
        mutating func next() -> TextLine? {
            while index <= last {
                defer { index += 1 }
                let clipped = map.lineRange(at: index).clamped(to: range)
                if clipped.isEmpty && clipped.lowerBound >= range.upperBound { continue }
                return TextLine(index: index, range: clipped)
            }
            return nil
        }
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
