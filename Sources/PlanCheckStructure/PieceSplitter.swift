import PlanCheckDocuments

/// Splits a compilation (合集) into its pieces.
///
/// Document-sharing sites bundle several documents under headings such as
/// `2024年乡镇卫生工作计划 篇3` (a line ending in `篇N`) or `第三篇：…`/`第三篇:…`. A piece runs from
/// its heading to the next piece's heading; the file's header belongs to piece 1 and its footer
/// to the last piece. A file is split only when at least two headings are numbered 1, 2, … in
/// order, so a stray `篇` does not cut a single document apart.
package enum PieceSplitter {
    /// The pieces of `document`: one piece with `index: nil` covering the whole text when it is
    /// not a compilation.
    package static func pieces(of document: Document) -> [Piece] {
        let whole = [Piece(index: nil, range: 0..<document.utf16.count)]
        let candidates = TextLine.lines(of: document, in: 0..<document.utf16.count).compactMap { candidate(document, $0) }
        let runs = [Family.trailing, Family.leading].map { family in
            consecutiveRun(candidates.filter { $0.family == family })
        }
        guard let run = runs.max(by: { $0.count < $1.count }), run.count >= 2 else { return whole }
        return run.enumerated().map { offset, candidate in
            let start = offset == 0 ? 0 : candidate.lineStart
            let end = offset + 1 < run.count ? run[offset + 1].lineStart : document.utf16.count
            return Piece(index: offset + 1, range: start..<end, heading: candidate.text)
        }
    }

    /// The text of a piece heading after its `第N篇：` prefix (`第二篇:卫生健康局工作要点汇总` →
    /// `卫生健康局工作要点汇总`); headings of the `…篇N` shape are returned whole.
    package static func headingTitle(_ heading: String) -> String {
        let units = Array(heading.utf16)
        guard let prefixEnd = leadingPrefixEnd(units) else { return heading }
        var start = prefixEnd
        while start < units.count, Glyph.isSpace(units[start]) || Glyph.isColon(units[start]) { start += 1 }
        let rest = String(decoding: units[start...], as: UTF16.self)
        return rest.isEmpty ? heading : rest
    }

    private enum Family { case trailing, leading }

    private struct Candidate {
        let family: Family
        let number: Int
        let lineStart: Int
        let text: String
    }

    private static func candidate(_ document: Document, _ line: TextLine) -> Candidate? {
        let units = document.utf16
        let body = line.trimmed(in: units)
        // A piece heading is a title, not a paragraph.
        guard !body.isEmpty, body.count <= 60 else { return nil }
        // Both shapes hold 篇, which few lines do: tested in place before the line is copied.
        guard units.withUnsafeBufferPointer({ $0[body].contains(Glyph.pian) }) else { return nil }
        let slice = Array(units[body])
        if let number = trailingNumber(slice) {
            return Candidate(family: .trailing, number: number, lineStart: line.range.lowerBound, text: document.text(in: body))
        }
        if let prefixEnd = leadingPrefixEnd(slice), prefixEnd == slice.count || Glyph.isColon(slice[prefixEnd]) || Glyph.isSpace(slice[prefixEnd]),
           let number = leadingNumber(slice) {
            return Candidate(family: .leading, number: number, lineStart: line.range.lowerBound, text: document.text(in: body))
        }
        return nil
    }

    /// `…篇12` or `…篇十二` at the end of the line.
    private static func trailingNumber(_ units: [UInt16]) -> Int? {
        var start = units.count
        while start > 0, Glyph.digit(units[start - 1]) != nil { start -= 1 }
        if start < units.count {
            guard start > 0, units[start - 1] == Glyph.pian, units.count - start <= 3 else { return nil }
            return ChineseNumeral.readArabic(units, at: start, end: units.count, maxDigits: 3)?.value
        }
        while start > 0, ChineseNumeral.isNumeralUnit(units[start - 1]) { start -= 1 }
        guard start > 0, start < units.count, units[start - 1] == Glyph.pian else { return nil }
        return ChineseNumeral.value(of: units[start...])
    }

    /// End of a leading `第N篇`, if the line starts with one.
    private static func leadingPrefixEnd(_ units: [UInt16]) -> Int? {
        guard units.first == Glyph.di else { return nil }
        let number = ChineseNumeral.read(units, at: 1, end: units.count)
            ?? ChineseNumeral.readArabic(units, at: 1, end: units.count, maxDigits: 3)
        guard let number, number.end < units.count, units[number.end] == Glyph.pian else { return nil }
        return number.end + 1
    }

    private static func leadingNumber(_ units: [UInt16]) -> Int? {
        (ChineseNumeral.read(units, at: 1, end: units.count) ?? ChineseNumeral.readArabic(units, at: 1, end: units.count, maxDigits: 3))?.value
    }

    /// The headings numbered 1, 2, 3 … in text order; out-of-sequence candidates are skipped.
    private static func consecutiveRun(_ candidates: [Candidate]) -> [Candidate] {
        var run: [Candidate] = []
        for candidate in candidates where candidate.number == run.count + 1 {
            run.append(candidate)
        }
        return run
    }
}
