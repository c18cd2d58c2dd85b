/// The paragraphs of a word-processor document in reading order, one line each.
package struct ExtractedParagraphs: Sendable, Equatable {
    /// Paragraph texts; none contains a line break.
    package var paragraphs: [String]
    /// Outline level (1 = top) of styled headings, keyed by 1-based paragraph (= line) number.
    package var headingLevels: [Int: Int]

    package init(paragraphs: [String] = [], headingLevels: [Int: Int] = [:]) {
        self.paragraphs = paragraphs
        self.headingLevels = headingLevels
    }

    /// The paragraphs joined with LF: line N is paragraph N.
    package var text: String { paragraphs.joined(separator: "\n") }

    /// Appends a paragraph; line breaks inside it become spaces so line numbers stay paragraph
    /// numbers.
    package mutating func append(_ paragraph: String, headingLevel: Int?) {
        var clean = paragraph
        if clean.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            clean = String(clean.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        }
        paragraphs.append(clean)
        if let headingLevel { headingLevels[paragraphs.count] = headingLevel }
    }

    /// These paragraphs with others inserted: each before the paragraph at index `at` (the end
    /// when `at` is the count), in order; heading levels move with their paragraphs.
    func inserting(_ insertions: [(at: Int, paragraphs: ExtractedParagraphs)]) -> ExtractedParagraphs {
        var result = ExtractedParagraphs()
        var pending = insertions[...]
        func insert(upTo index: Int) {
            while let next = pending.first, next.at <= index {
                for (offset, paragraph) in next.paragraphs.paragraphs.enumerated() {
                    result.append(paragraph, headingLevel: next.paragraphs.headingLevels[offset + 1])
                }
                pending = pending.dropFirst()
            }
        }
        for (index, paragraph) in paragraphs.enumerated() {
            insert(upTo: index)
            result.append(paragraph, headingLevel: headingLevels[index + 1])
        }
        insert(upTo: Int.max)
        return result
    }

    /// Whether any paragraph holds something other than whitespace.
    var hasText: Bool {
        paragraphs.contains { $0.unicodeScalars.contains { !$0.properties.isWhitespace } }
    }
}
