/// A comment to write into a document: on the words of a UTF-16 range of its extracted text
/// (`Document.text`), in paragraphs of plain text.
package struct DocumentComment: Sendable, Equatable {
    package var range: Range<Int>
    /// The comment's paragraphs: a finding's message, then its hint.
    package var paragraphs: [String]
    /// The words the comment is about, named in it when it cannot stand on them (text that
    /// came from an imported chunk) and goes on the fallback place instead.
    package var words: String?

    package init(range: Range<Int>, paragraphs: [String], words: String? = nil) {
        self.range = range
        self.paragraphs = paragraphs
        self.words = words
    }
}

/// The author every comment plancheck writes carries, so a reader can tell them from people's.
package enum CommentAuthor {
    package static let name = "plancheck"
    package static let initials = "PC"
}
