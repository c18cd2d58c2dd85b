/// One replacement to make in a document: the words a finding matched, where plancheck read them,
/// and what to write instead.
///
/// Positions are those of the text plancheck read: `line` is 1-based (a paragraph in a .docx)
/// and `column` counts Unicode scalars from 1, as a finding's span does.
package struct FixEdit: Sendable, Hashable {
    package var line: Int
    package var column: Int
    /// The text the finding matched, as written; an edit whose text is no longer there is not made.
    package var original: String
    package var replacement: String

    package init(line: Int, column: Int, original: String, replacement: String) {
        self.line = line
        self.column = column
        self.original = original
        self.replacement = replacement
    }

    /// Scalars the original text covers.
    package var length: Int { original.unicodeScalars.count }

    /// `edits` in document order without those that overlap an earlier one: two fixes of the same
    /// words cannot both be made, and the one left stays a finding.
    package static func nonOverlapping(_ edits: [FixEdit]) -> (kept: [FixEdit], dropped: [FixEdit]) {
        let ordered = edits.sorted { ($0.line, $0.column, $0.length) < ($1.line, $1.column, $1.length) }
        var kept: [FixEdit] = []
        var dropped: [FixEdit] = []
        for edit in ordered {
            if let last = kept.last, last.line == edit.line, edit.column < last.column + last.length {
                dropped.append(edit)
            } else {
                kept.append(edit)
            }
        }
        return (kept, dropped)
    }
}
