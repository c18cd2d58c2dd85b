import PlanCheckCore

/// A document decoded to text, with everything needed to point back into the original.
///
/// Text files keep their lines (CRLF and CR become LF, which changes no line or column). A
/// .docx/.odt document becomes one line per paragraph, so a line number is a paragraph number.
/// All ranges elsewhere in plancheck are UTF-16 offsets into `text`.
package struct Document: Sendable {
    /// The path as the user gave it, or relative to the folder they gave.
    package let path: String
    package let format: DocumentFormat
    /// What the bytes were decoded from: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`, `docx`, `odt`.
    package let encoding: String
    package let text: String
    /// `text` as UTF-16 code units, indexed by every range in plancheck.
    package let utf16: [UInt16]
    /// Where every 32nd UTF-16 unit's character starts in `text`'s UTF-8 (see `UTF16Layout`).
    private let utf8Checkpoints: [Int32]
    package let sourceMap: SourceMap
    /// Outline levels (1 = top) that the document's own paragraph styles give, keyed by 1-based
    /// line. Empty for plain text.
    package let styledHeadingLevels: [Int: Int]

    package init(path: String, format: DocumentFormat = .text, encoding: String = "UTF-8", text: String, styledHeadingLevels: [Int: Int] = [:]) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.text = text
        let layout = UTF16Layout(text)
        self.utf16 = layout.units
        self.utf8Checkpoints = layout.utf8Checkpoints
        self.sourceMap = SourceMap(lineStarts: layout.lineStarts, units: layout.units)
        self.styledHeadingLevels = styledHeadingLevels
    }

    /// The text of a UTF-16 range (a range that splits a surrogate pair is cut before the pair).
    package func text(in range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<utf16.count)
        // UTF-8 offsets index a native string's bytes directly, and a substring of a string at
        // character boundaries is copied out without being validated again.
        let view = text.utf8
        let start = view.index(view.startIndex, offsetBy: utf8Offset(of: clamped.lowerBound))
        let end = view.index(view.startIndex, offsetBy: utf8Offset(of: clamped.upperBound))
        return String(text[start..<end])
    }

    /// How many UTF-8 bytes the text of a UTF-16 range takes, read from the offsets table.
    package func utf8Count(in range: Range<Int>) -> Int {
        let clamped = range.clamped(to: 0..<utf16.count)
        return utf8Offset(of: clamped.upperBound) - utf8Offset(of: clamped.lowerBound)
    }

    /// Where the character of UTF-16 unit `index` starts in `text`'s UTF-8 (`index` up to the
    /// unit count).
    private func utf8Offset(of index: Int) -> Int {
        utf16.withUnsafeBufferPointer { units in
            utf8Checkpoints.withUnsafeBufferPointer { UTF16Layout.utf8Offset(of: index, units: units, checkpoints: $0) }
        }
    }

    /// The whole line (without its line break) that contains `offset`.
    package func lineText(containing offset: Int) -> String {
        text(in: sourceMap.lineRange(containing: offset))
    }

    /// The line that holds `range`, to show a finding on: the whole line (without its break)
    /// when it is up to `LineExcerpt.wholeLineLength` units long, else a window of
    /// `LineExcerpt.context` units either side of the range (a page pasted as one line would
    /// otherwise be copied into every finding on it). `column` is where the text starts in the line.
    package func lineExcerpt(around range: Range<Int>) -> (text: String, column: Int) {
        let line = sourceMap.lineRange(containing: range.lowerBound)
        guard line.count > LineExcerpt.wholeLineLength else { return (text(in: line), 1) }
        var start = max(line.lowerBound, range.lowerBound - LineExcerpt.context)
        // Never start on the second half of a surrogate pair: the column would not be a character's.
        if start > line.lowerBound, (utf16[start] & 0xFC00) == 0xDC00 { start += 1 }
        let matched = min(range.upperBound, range.lowerBound + LineExcerpt.wholeLineLength)
        let end = min(line.upperBound, max(start, matched + LineExcerpt.context))
        return (text(in: start..<end), sourceMap.position(of: start).column)
    }

    /// A span for a UTF-16 range, with line and column positions.
    package func span(of range: Range<Int>) -> SourceSpan {
        SourceSpan(start: sourceMap.position(of: range.lowerBound), end: sourceMap.position(of: range.upperBound), utf16Range: range)
    }
}

/// How much of a long line a finding carries.
package enum LineExcerpt {
    /// Lines up to this many UTF-16 units are carried whole (every paragraph of a real plan is).
    package static let wholeLineLength = 1000
    /// Units kept either side of the finding on a longer line.
    package static let context = 250
}
