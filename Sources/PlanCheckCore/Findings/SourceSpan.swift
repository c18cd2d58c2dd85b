/// A position in a decoded document. Both numbers are 1-indexed.
///
/// `column` counts Unicode scalars (characters, for Chinese text) from the start of the line. For
/// .docx/.odt documents each paragraph is one line, so `line` is the paragraph number.
package struct SourcePosition: Sendable, Hashable, Comparable, Codable {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// Where a finding sits: start (inclusive), end (exclusive, the position just after the last
/// character), and the same range as UTF-16 offsets into the decoded text.
package struct SourceSpan: Sendable, Hashable, Codable {
    package var start: SourcePosition
    package var end: SourcePosition
    package var utf16Range: Range<Int>

    package init(start: SourcePosition, end: SourcePosition, utf16Range: Range<Int>) {
        self.start = start
        self.end = end
        self.utf16Range = utf16Range
    }
}
