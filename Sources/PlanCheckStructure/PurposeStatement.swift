import PlanCheckCore
import PlanCheckDocuments

/// The opening sentence of an untitled document when it states what the plan is for
/// (`为进一步做好农村妇女“两癌”检查工作，…`, `以“创建卫生环境”为主题，开展全镇环境卫生整治`).
///
/// Pages copied without their title still say their subject there, where a plan across the
/// health work opens with the year's circumstances (`2022年，是具有特殊重要意义的一年`) or its
/// headings. Checks read it where they would read the title for the plan's topic.
enum PurposeStatement {
    /// The longest opening sentence read (UTF-16 units): purpose clauses run long, cited documents and all.
    static let maxLength = 300

    /// The range of the first sentence of the first content line in `range` (a line that is
    /// neither site residue nor a section's label such as `引言`), when it states a purpose.
    static func range(in document: Document, range: Range<Int>, folded: [UInt16]) -> Range<Int>? {
        guard let line = TextLine.lazyLines(of: document, in: range).lazy
            .map({ $0.trimmed(in: document.utf16) })
            .first(where: { !$0.isEmpty && !SiteResidue.isResidue(document, line: $0)
                && ($0.count > 12 || !MetadataExtractor.isSectionLabel(document.text(in: $0))) }) else { return nil }
        let window = line.lowerBound..<min(line.upperBound, line.lowerBound + maxLength)
        let end = folded[window].firstIndex(where: Glyph.isSentenceEnd) ?? window.upperBound
        let sentence = line.lowerBound..<end
        return markers.contains(where: { folded[sentence].containsSubsequence($0) }) ? sentence : nil
    }

    /// How a plan says what it is for. Folded, so 為貫徹 reads as 为贯彻.
    private static let markers = ["为了", "为进一步", "为做好", "为加强", "为贯彻", "为深入", "为切实", "为全面", "为推进", "为巩固",
                                  "为提高", "为认真", "为有效", "为确保", "为扎实", "为持续", "为更好", "为主题", "旨在"]
        .map { TextNormalizer.fold(Array($0.utf16)) }
}
