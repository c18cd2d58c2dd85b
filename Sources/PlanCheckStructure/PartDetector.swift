import PlanCheckCore
import PlanCheckDocuments

/// Finds the summary, problems and plan parts of a document or piece.
///
/// A part opens at a numbered heading, or at a short unnumbered heading-like line, whose phrase
/// carries a part word (see `PartVocabulary`). Part headings at the outermost heading level
/// divide the text: each runs until the next one of another kind (sibling sections such as
/// `四、保障措施` after `三、下一步工作计划` stay in the plan). A part heading nested deeper, such as a
/// `（三）下一步打算` inside a summary section, opens a part inside the enclosing one that ends at
/// the next heading of its own level or above; so parts may nest but outermost parts never overlap.
///
/// The declared genre fills in what headings leave unsaid. A plan that has no summary heading is
/// plan as a whole, one part covering the piece. A summary with no outermost part headings is
/// summary as a whole; one with later problems or plan parts is summary up to the first of them.
package enum PartDetector {
    /// The parts in `range`, in text order (a nested part follows the part enclosing it).
    /// - Parameters:
    ///   - headings: the headings `HeadingParser` found in `range`.
    ///   - declaredKind: the genre the title declares, nil when it declares none.
    ///   - skippingLines: 1-based lines that are not part headings even when they read like one
    ///     (the title, the piece heading).
    package static func parts(of document: Document, in range: Range<Int>, headings: [Heading],
                             declaredKind: DocumentKind?, skippingLines: Set<Int> = []) -> [Part] {
        // Read in place, not copied: a text can hold half a million headings.
        let structural = headings.lazy.filter { $0.style != .enumeration && range.contains($0.markerRange.lowerBound) }
        let candidates = (Array(structural.compactMap { candidate(document, $0, in: range, declared: declaredKind, skipping: skippingLines) })
            + plainCandidates(document, in: range, headingLines: headings.map(\.line), declared: declaredKind,
                              skipping: skippingLines))
            .sorted { $0.start < $1.start }
        let outermost = structural.map(\.level).min() ?? 0
        let outer = candidates.filter { $0.level <= outermost }

        if let whole = wholeKind(declaredKind, candidates: candidates, outer: outer) {
            return nest(candidates, into: [Part(kind: whole, range: range)], outermost: outermost,
                        structural: structural, document: document, range: range)
        }
        var parts = divide(range, by: outer)
        if declaredKind == .summary || declaredKind == .summaryPlan, let first = outer.first, first.kind != .summary,
           first.start > range.lowerBound {
            parts.insert(Part(kind: .summary, range: range.lowerBound..<first.start), at: 0)
        }
        return nest(candidates.filter { $0.level > outermost }, into: parts, outermost: outermost,
                    structural: structural, document: document, range: range)
    }

    struct Candidate {
        let kind: PartKind
        let level: Int
        let start: Int
        let line: Int
    }

    private static func wholeKind(_ declared: DocumentKind?, candidates: [Candidate], outer: [Candidate]) -> PartKind? {
        switch declared {
        // A document that declares no genre is read as a plan, the genre plancheck exists for.
        case .plan where !candidates.contains { $0.kind == .summary }, nil where !candidates.contains { $0.kind == .summary }: .plan
        case .summary where outer.isEmpty, .summaryPlan where outer.isEmpty: .summary
        default: nil
        }
    }

    /// Outermost part headings split the range; a run of the same kind is one part.
    private static func divide(_ range: Range<Int>, by outer: [Candidate]) -> [Part] {
        var parts: [Part] = []
        for candidate in outer {
            if let last = parts.last, last.kind == candidate.kind { continue }
            if let last = parts.popLast() {
                parts.append(Part(kind: last.kind, range: last.range.lowerBound..<candidate.start, headingLine: last.headingLine))
            }
            parts.append(Part(kind: candidate.kind, range: candidate.start..<range.upperBound, headingLine: candidate.line))
        }
        return parts
    }

    /// Part headings inside an outer part open parts that end at the next heading or part heading
    /// of their own level or above (an unnumbered one counts as the outermost level).
    private static func nest(_ inner: [Candidate], into outerParts: [Part], outermost: Int, structural: LazyFilterSequence<[Heading]>,
                             document: Document, range: Range<Int>) -> [Part] {
        var nested: [Part] = []
        for candidate in inner {
            let level = max(candidate.level, outermost)
            let enclosing = outerParts.first { $0.range.contains(candidate.start) }
            if enclosing?.kind == candidate.kind { continue }
            if nested.contains(where: { $0.kind == candidate.kind && $0.range.contains(candidate.start) }) { continue }
            let nextOuterStart = outerParts.map(\.range.lowerBound).filter { $0 > candidate.start }.min()
            let cap = enclosing?.range.upperBound ?? nextOuterStart ?? range.upperBound
            let sibling = structural.first { $0.markerRange.lowerBound > candidate.start && $0.level <= level }
                .map { lineStart(document, $0.line) }
            let nextPart = inner.first { $0.start > candidate.start && max($0.level, outermost) <= level }?.start
            let end = [cap, sibling ?? cap, nextPart ?? cap].min()!
            guard end > candidate.start else { continue }
            nested.append(Part(kind: candidate.kind, range: candidate.start..<end, headingLine: candidate.line))
        }
        return (outerParts + nested).sorted {
            $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
        }
    }

    // MARK: Candidates

    private static func candidate(_ document: Document, _ heading: Heading, in range: Range<Int>, declared: DocumentKind?, skipping: Set<Int>) -> Candidate? {
        guard skipping.isEmpty || !skipping.contains(heading.line) else { return nil }
        // The title is read where it lies in the document.
        guard let kind = kind(ofPhraseIn: document.utf16, heading.titleRange, declared: declared) else { return nil }
        return Candidate(kind: kind, level: heading.level, start: max(lineStart(document, heading.line), range.lowerBound), line: heading.line)
    }

    /// Short unnumbered lines such as `下一步工作打算` or `二〇二四年工作计划：` count as outermost headings.
    private static func plainCandidates(_ document: Document, in range: Range<Int>, headingLines: [Int],
                                        declared: DocumentKind?, skipping: Set<Int>) -> [Candidate] {
        // Heading lines come in text order, as the lines do: walked alongside, not hashed.
        var headingLines = headingLines
        headingLines.sortIfNeeded(by: <)
        var nextHeading = 0
        return TextLine.lines(of: document, in: range).compactMap { line in
            while nextHeading < headingLines.count, headingLines[nextHeading] < line.number { nextHeading += 1 }
            guard nextHeading == headingLines.count || headingLines[nextHeading] != line.number,
                  skipping.isEmpty || !skipping.contains(line.number) else { return nil }
            let body = line.trimmed(in: document.utf16)
            guard (2...maxPlainLineLength).contains(body.count) else { return nil }
            guard !Glyph.isSentenceEnd(document.utf16[body.upperBound - 1]), !SiteResidue.isResidue(document, line: body),
                  let kind = kind(ofPhraseIn: document.utf16, body, declared: declared),
                  !PartVocabulary.namesSummaryAndPlan(document.utf16, range: body) else { return nil }
            return Candidate(kind: kind, level: 0, start: line.range.lowerBound, line: line.number)
        }
    }

    static let maxPlainLineLength = 20
    /// A phrase longer than this is a sentence that happens to follow a marker, not a heading.
    static let maxPhraseLength = 30

    /// The heading phrase in `range` of `units` (all of them when nil): leading punctuation
    /// skipped (`、工作计划`), cut at the first clause break or space.
    private static func kind(ofPhraseIn units: [UInt16], _ range: Range<Int>?, declared: DocumentKind?) -> PartKind? {
        let range = range ?? 0..<units.count
        var start = range.lowerBound
        while start < range.upperBound, Glyph.isLeadingNoise(units[start]) { start += 1 }
        var end = start
        while end < range.upperBound, !Glyph.isClauseEnd(units[end]), !Glyph.isSpace(units[end]) { end += 1 }
        guard end > start, end - start <= maxPhraseLength else { return nil }
        return PartVocabulary.kind(of: units, range: start..<end, declared: declared)
    }

    private static func lineStart(_ document: Document, _ line: Int) -> Int {
        document.sourceMap.lineStarts[line - 1]
    }

}
