/// Where each character of a .docx's extracted text came from in word/document.xml.
///
/// For every paragraph (line) of `DocxReader`'s text, in the same order, it lists the `w:t`
/// elements and the tab and break elements that gave its characters, each with the run that
/// holds it. A finding's UTF-16 range is turned back into places in the XML with it, so that
/// `DocxCommentWriter` can put a comment on exactly those words. It is recorded by the reader
/// itself as it reads, so the offsets cannot drift from the text the rules saw.
package struct DocxTextMap: Sendable {
    /// One `w:r`: byte ranges of its start tag, its `w:rPr` (if any) and its end tag.
    struct Run: Sendable {
        let start: Range<Int>
        var properties: Range<Int>?
        var end: Range<Int>

        /// Where the run's content begins: after its properties.
        var contentStart: Int { properties?.upperBound ?? start.upperBound }
    }

    /// A piece of a paragraph's text and the element it came from.
    struct Segment: Sendable {
        /// UTF-16 offset in the paragraph's text (its list label included) and length.
        let utf16Start: Int
        let utf16Count: Int
        /// The whole element, start tag to end tag.
        let element: Range<Int>
        /// The characters of a `w:t`; nil for a tab or break, which cannot be split.
        let text: String?
        /// Index in `runs` of the run that holds it; nil for text outside any run.
        let run: Int?

        var utf16End: Int { utf16Start + utf16Count }
    }

    struct Paragraph: Sendable {
        var segments: [Segment] = []
        /// Where content may be inserted in the paragraph: after its `w:pPr` or start tag.
        var contentStart: Int
        /// False for paragraphs with no place in document.xml (imported chunks) or whose text
        /// was changed after reading (a line break inside a `w:t`).
        var isMapped: Bool
        /// The length of its line in the extracted text.
        var utf16Count: Int
    }

    var paragraphs: [Paragraph] = []
    var runs: [Run] = []
    /// document.xml as it was scanned (UTF-8).
    let xml: [UInt8]
    /// The prefix document.xml gives the WordprocessingML namespace (`w:`).
    var wordPrefix = "w:"
    /// The largest numeric `w:id` in document.xml: new comment ids start above it.
    var largestID = -1

    init(xml: [UInt8]) {
        self.xml = xml
    }
}

/// Records a `DocxTextMap` from the reader's events; the reader calls it only when asked to.
struct DocxTextMapRecorder {
    private struct OpenParagraph {
        var segments: [DocxTextMap.Segment] = []
        var contentStart: Int
        var depth: Int
    }

    var map: DocxTextMap
    private var openParagraphs: [OpenParagraph] = []
    /// Open runs: index in `map.runs` and element depth.
    private var openRuns: [(index: Int, depth: Int)] = []
    private var propertiesStart: Int?
    /// An open `w:t` or tab/break: its start byte, depth and text offset.
    private var openText: (start: Int, depth: Int, utf16Start: Int)?
    private var openAtom: (segment: Int, depth: Int)?

    init(xml: [UInt8]) {
        map = DocxTextMap(xml: xml)
    }

    mutating func noteIDs(_ attributes: [String: String], prefix w: String) {
        if let id = attributes[w + "id"].flatMap({ Int($0) }), id > map.largestID { map.largestID = id }
    }

    mutating func startParagraph(_ tag: Range<Int>, depth: Int) {
        openParagraphs.append(OpenParagraph(contentStart: tag.upperBound, depth: depth))
    }

    mutating func endParagraphProperties(_ tag: Range<Int>, depth: Int) {
        guard let last = openParagraphs.indices.last, openParagraphs[last].depth + 1 == depth else { return }
        openParagraphs[last].contentStart = tag.upperBound
    }

    mutating func startRun(_ tag: Range<Int>, depth: Int) {
        openRuns.append((map.runs.count, depth))
        map.runs.append(DocxTextMap.Run(start: tag, properties: nil, end: tag.upperBound..<tag.upperBound))
    }

    mutating func endRun(_ tag: Range<Int>) {
        guard let run = openRuns.popLast() else { return }
        map.runs[run.index].end = tag
    }

    mutating func startRunProperties(_ tag: Range<Int>, depth: Int) {
        if let run = openRuns.last, run.depth + 1 == depth { propertiesStart = tag.lowerBound }
    }

    mutating func endRunProperties(_ tag: Range<Int>, depth: Int) {
        guard let start = propertiesStart, let run = openRuns.last, run.depth + 1 == depth else { return }
        map.runs[run.index].properties = start..<tag.upperBound
        propertiesStart = nil
    }

    mutating func startText(_ tag: Range<Int>, depth: Int, utf16Start: Int) {
        openText = (tag.lowerBound, depth, utf16Start)
    }

    /// `text`: the paragraph's text so far, whose tail the element gave.
    mutating func endText(_ tag: Range<Int>, depth: Int, paragraphText: String) {
        guard let open = openText, open.depth == depth, !openParagraphs.isEmpty else { return }
        openText = nil
        let units = paragraphText.utf16
        let count = units.count - open.utf16Start
        guard count > 0 else { return }
        let start = units.index(units.startIndex, offsetBy: open.utf16Start)
        let text = String(units[start...]) ?? ""
        append(DocxTextMap.Segment(utf16Start: open.utf16Start, utf16Count: count, element: open.start..<tag.upperBound,
                                   text: text, run: openRuns.last?.index))
    }

    /// A tab or break that gave one character at `utf16Start`.
    mutating func atom(_ tag: Range<Int>, depth: Int, utf16Start: Int) {
        guard !openParagraphs.isEmpty else { return }
        openAtom = (openParagraphs[openParagraphs.count - 1].segments.count, depth)
        append(DocxTextMap.Segment(utf16Start: utf16Start, utf16Count: 1, element: tag, text: nil, run: openRuns.last?.index))
    }

    /// Widens a tab or break written as a start and an end tag to both.
    mutating func endAtom(_ tag: Range<Int>, depth: Int) {
        guard let open = openAtom, open.depth == depth, let last = openParagraphs.indices.last,
              open.segment < openParagraphs[last].segments.count else { return }
        openAtom = nil
        let segment = openParagraphs[last].segments[open.segment]
        guard tag.upperBound > segment.element.upperBound else { return }
        openParagraphs[last].segments[open.segment] = DocxTextMap.Segment(
            utf16Start: segment.utf16Start, utf16Count: 1, element: segment.element.lowerBound..<tag.upperBound, text: nil, run: segment.run)
    }

    private mutating func append(_ segment: DocxTextMap.Segment) {
        openParagraphs[openParagraphs.count - 1].segments.append(segment)
    }

    /// Closes the innermost paragraph: its label of `labelCount` units came before its
    /// `textCount` units of text; `finalCount` is the length of the line the reader kept.
    mutating func endParagraph(labelCount: Int, textCount: Int, finalCount: Int) {
        guard let open = openParagraphs.popLast() else { return }
        let segments = open.segments.map {
            DocxTextMap.Segment(utf16Start: $0.utf16Start + labelCount, utf16Count: $0.utf16Count, element: $0.element, text: $0.text, run: $0.run)
        }
        map.paragraphs.append(DocxTextMap.Paragraph(segments: segments, contentStart: open.contentStart,
                                                    isMapped: labelCount + textCount == finalCount, utf16Count: finalCount))
    }

    /// Paragraphs read from imported chunks, which have no place in document.xml, inserted
    /// where the reader inserted them.
    /// `lengths`: the UTF-16 length of each inserted line.
    mutating func insertUnmapped(_ insertions: [(at: Int, lengths: [Int])]) {
        var result: [DocxTextMap.Paragraph] = []
        var pending = insertions[...]
        func insert(upTo index: Int) {
            while let next = pending.first, next.at <= index {
                result += next.lengths.map { DocxTextMap.Paragraph(contentStart: 0, isMapped: false, utf16Count: $0) }
                pending = pending.dropFirst()
            }
        }
        for (index, paragraph) in map.paragraphs.enumerated() {
            insert(upTo: index)
            result.append(paragraph)
        }
        insert(upTo: Int.max)
        map.paragraphs = result
    }
}
