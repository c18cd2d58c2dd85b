import PlanCheckCore
import PlanCheckDocuments

/// One pass over the lines of a piece that finds what Structure needs of each: where the site's
/// footer opens (`SiteResidue`), which lines before it are the document's own text, and the
/// domain vocabulary in those (`DomainVocabulary`). One automaton holds all three word lists;
/// walking a separate one for each was three passes over every document.
struct LineSurvey {
    /// Where the document's own text ends: the start of the first footer line, or the end of
    /// the range.
    let contentEnd: Int
    /// The domain vocabulary in the lines before `contentEnd` that are neither empty nor site
    /// residue, words of both lists without overlaps.
    let vocabulary: (health: Int, other: Int)
    /// The lines before `contentEnd`, trimmed, that are site residue, and the line that opens
    /// the site's footer when there is one: what a residue rule reports.
    let residueLines: [Range<Int>]

    /// `folded`: the document's text folded by `TextNormalizer`, on which the words are matched;
    /// shapes and offsets read the units as written.
    init(_ document: Document, range: Range<Int>, folded: [UInt16]) {
        let units = document.utf16
        var contentEnd = range.upperBound
        var vocabulary = (health: 0, other: 0)
        var residueLines: [Range<Int>] = []
        var words: [AhoCorasick.Match] = []
        // A footer's words above the document's first text (`当前位置：文范网 >` at the top of a
        // page, perhaps under a menu's word such as `信息公开`) are the page's header: residue, not
        // the end of the document. Its text has begun once `textBeforeFooter` units of it are seen.
        var seenText = 0
        for line in TextLine.lines(of: document, in: range) {
            let body = line.trimmed(in: units)
            var opensFooter = false
            var hasMarker = false
            var hasGluedMarker = false
            words.removeAll(keepingCapacity: true)
            Self.automaton.forEachMatch(in: folded, range: body) { match in
                switch match.pattern {
                case ..<Self.markersStart: words.append(match)
                case ..<Self.gluedStart: hasMarker = true
                case ..<Self.footerStart: hasGluedMarker = true
                default: opensFooter = true
                }
            }
            // `下载卫生健康局…word格式文档`: a download line opens the footer too.
            if opensFooter || (body.count >= 2 && units[body.lowerBound] == 0x4E0B && units[body.lowerBound + 1] == 0x8F7D
                               && SiteResidue.opensFooter(document.text(in: body))) {
                residueLines.append(body)
                guard seenText >= Self.textBeforeFooter else { continue }
                contentEnd = line.range.lowerBound
                break
            }
            guard !body.isEmpty else { continue }
            guard !hasMarker, !SiteResidue.isPageCounter(document, line: body), !SiteResidue.hasResidueShape(units, body),
                  !SiteResidue.isPageLabel(folded[body]), !PhotoCaption.isCaption(folded[body]), !FileNameLine.isFileName(folded[body]), !NewsSource.isEditionLabel(folded[body]), !NewsSource.isMasthead(folded[body]),
                  !SiteTabRow.contains(document, line: line.index), !SiteResidue.endsWithDoubledTitle(units, body),
                  !HijackedKeywordLine.isKeywordLine(folded[body]) else {
                residueLines.append(body)
                continue
            }
            // A glued marker's line is reported, and read on: it may hold the document's own text.
            // It is not the text that shows the document has begun, though: a hijacked page's
            // keyword line above `当前位置：…` leaves that breadcrumb the page's header.
            // Nor is a line of the page's bare markup (`<th id='a'><noframes id='a'>`).
            if hasGluedMarker { residueLines.append(body) } else if !SiteResidue.isMarkupOnly(units[body]) { seenText += body.count }
            // A notice's addressees (`各区卫生健康局、教育局、民政局…：`) name every body it is sent
            // to, not the setting it is written in.
            if Self.isAddresseeList(units, body) { continue }
            let counts = DomainVocabulary.counts(of: words, from: body.lowerBound)
            vocabulary.health += counts.health
            vocabulary.other += counts.other
        }
        self.contentEnd = contentEnd
        self.vocabulary = vocabulary
        self.residueLines = residueLines
    }

    /// The units of text a document has before a line can open its footer: more than a menu's
    /// word, less than a title and a sentence.
    static let textBeforeFooter = 20

    /// `各…：`: a line that opens with 各 and ends with a colon addresses a notice's readers.
    static func isAddresseeList(_ units: [UInt16], _ line: Range<Int>) -> Bool {
        line.count >= 3 && units[line.lowerBound] == 0x5404 && Glyph.isColon(units[line.upperBound - 1]) // 各
    }

    /// The domain vocabulary's words, then the residue markers, the glued markers and the footer
    /// openers. Matched on folded text (`TextNormalizer`), so Traditional and full-width copies read alike.
    private static let automaton = AhoCorasick(
        patterns: (DomainVocabulary.words + SiteResidue.lineMarkers + SiteResidue.gluedMarkers + SiteResidue.footerOpeners)
            .map { TextNormalizer.fold(Array($0.utf16)) })
    private static let markersStart = DomainVocabulary.words.count
    private static let gluedStart = markersStart + SiteResidue.lineMarkers.count
    private static let footerStart = gluedStart + SiteResidue.gluedMarkers.count

    /// The domain vocabulary's words in `range` of `units` (pattern numbers index
    /// `DomainVocabulary.words`).
    static func vocabularyMatches(in units: [UInt16], range: Range<Int>) -> [AhoCorasick.Match] {
        var words: [AhoCorasick.Match] = []
        automaton.forEachMatch(in: units, range: range) { match in
            if match.pattern < markersStart { words.append(match) }
        }
        return words
    }
}
