import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure

/// The comments `plancheck annotate` writes for a document's results: one per finding, on its
/// words; findings about the whole document (a missing required element) on the title line
/// of their piece, or its first line with text.
package enum AnnotationComments {
    package static func comments(for results: [DocumentResult], in document: Document) -> (comments: [DocumentComment], fallback: Range<Int>) {
        let outlines = OutlineBuilder.outlines(of: document)
        var comments: [DocumentComment] = []
        var fallback: Range<Int>?
        for (index, result) in results.enumerated() {
            let piece = outlines.indices.contains(index) ? outlines[index] : nil
            let title = piece.flatMap { anchor(of: $0.piece, outline: $0.outline, in: document) } ?? firstLine(of: document)
            if fallback == nil { fallback = title }
            // Words first, in the order they stand; then the document's own findings.
            let ordered = result.findings.filter { $0.span != nil } + result.findings.filter { $0.span == nil }
            for finding in ordered {
                comments.append(DocumentComment(range: finding.span?.utf16Range ?? title, paragraphs: paragraphs(of: finding), words: finding.match))
            }
        }
        return (comments, fallback ?? firstLine(of: document))
    }

    /// `message（rule）` and `建议：hint`.
    package static func paragraphs(of finding: Finding) -> [String] {
        var lines = ["\(finding.message)（\(finding.ruleID)）"]
        if let hint = finding.hint, !hint.isEmpty { lines.append("建议：\(hint)") }
        if let replacement = finding.replacement { lines.append("改为：\(replacement)") }
        return lines
    }

    /// The title's whole line, else the piece's first line with text.
    private static func anchor(of piece: Piece, outline: Outline, in document: Document) -> Range<Int>? {
        if let title = outline.titleRange { return trimmed(document.sourceMap.lineRange(containing: title.lowerBound), in: document) }
        return firstLine(of: document, within: piece.range)
    }

    private static func firstLine(of document: Document, within range: Range<Int>? = nil) -> Range<Int> {
        let range = range ?? 0..<document.utf16.count
        var offset = range.lowerBound
        while offset < range.upperBound {
            let line = document.sourceMap.lineRange(containing: offset)
            if let trimmed = trimmed(line, in: document) { return trimmed }
            offset = line.upperBound + 1
        }
        return document.sourceMap.lineRange(containing: range.lowerBound)
    }

    /// A line without its leading and trailing white space; nil when nothing is left.
    private static func trimmed(_ line: Range<Int>, in document: Document) -> Range<Int>? {
        func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x3000 || unit == 0xA0 }
        var lower = line.lowerBound
        var upper = line.upperBound
        while lower < upper, isSpace(document.utf16[lower]) { lower += 1 }
        while upper > lower, isSpace(document.utf16[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
