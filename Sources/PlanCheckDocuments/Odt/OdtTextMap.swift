/// Where each character of an .odt's extracted text came from in content.xml: for every
/// paragraph (line) of `OdtReader`'s text, in the same order, the character data and the
/// `text:s`, `text:tab` and `text:line-break` elements that gave it. Recorded by the reader as
/// it reads (`OdtTextMapRecorder`), for `OdtCommentWriter`.
package struct OdtTextMap: Sendable {
    struct Segment: Sendable {
        /// UTF-16 offset in the paragraph's line (its list label included) and length.
        let utf16Start: Int
        let utf16Count: Int
        /// The raw bytes: character data, or the whole element.
        let bytes: Range<Int>
        /// Character data as decoded, and for each unit of the line it gave, the offset in
        /// `text` it came from (white space collapses, so they differ); nil for an element.
        let text: String?
        let sourceOffsets: [Int]

        var utf16End: Int { utf16Start + utf16Count }
    }

    struct Paragraph: Sendable {
        var segments: [Segment] = []
        /// Just after the paragraph's start tag: where an empty paragraph takes a mark.
        var contentStart: Int
        var isMapped: Bool
        var utf16Count: Int
    }

    var paragraphs: [Paragraph] = []
    /// content.xml as scanned.
    let xml: [UInt8]
    var officePrefix = "office:"
    var textPrefix = "text:"

    init(xml: [UInt8]) {
        self.xml = xml
    }
}

/// Records an `OdtTextMap` from the reader's events; the reader calls it only when asked to.
struct OdtTextMapRecorder {
    var map: OdtTextMap
    private var open: [(segments: [OdtTextMap.Segment], contentStart: Int)] = []
    private var openAtom: (bytes: Range<Int>, utf16Start: Int, depth: Int)?

    init(xml: [UInt8]) {
        map = OdtTextMap(xml: xml)
    }

    mutating func startParagraph(_ tag: Range<Int>) {
        open.append(([], tag.upperBound))
    }

    /// Character data `text` at `bytes` gave the line units from `utf16Start`, each from the
    /// offset in `text` listed in `sourceOffsets`.
    mutating func text(_ text: String, bytes: Range<Int>, utf16Start: Int, sourceOffsets: [Int]) {
        guard !open.isEmpty, !sourceOffsets.isEmpty else { return }
        open[open.count - 1].segments.append(OdtTextMap.Segment(
            utf16Start: utf16Start, utf16Count: sourceOffsets.count, bytes: bytes, text: text, sourceOffsets: sourceOffsets))
    }

    /// A space, tab or line-break element began at `tag`, its characters starting at `utf16Start`.
    mutating func startAtom(_ tag: Range<Int>, utf16Start: Int, depth: Int) {
        openAtom = (tag, utf16Start, depth)
    }

    /// The element ended; `utf16End` is the line's length after its characters.
    mutating func endAtom(_ tag: Range<Int>, utf16End: Int, depth: Int) {
        guard let atom = openAtom, atom.depth == depth, !open.isEmpty else { return }
        openAtom = nil
        guard utf16End > atom.utf16Start else { return }
        open[open.count - 1].segments.append(OdtTextMap.Segment(
            utf16Start: atom.utf16Start, utf16Count: utf16End - atom.utf16Start,
            bytes: atom.bytes.lowerBound..<max(atom.bytes.upperBound, tag.upperBound), text: nil, sourceOffsets: []))
    }

    mutating func endParagraph(labelCount: Int, textCount: Int, finalCount: Int) {
        guard let paragraph = open.popLast() else { return }
        let segments = paragraph.segments.map {
            OdtTextMap.Segment(utf16Start: $0.utf16Start + labelCount, utf16Count: $0.utf16Count, bytes: $0.bytes, text: $0.text, sourceOffsets: $0.sourceOffsets)
        }
        map.paragraphs.append(OdtTextMap.Paragraph(segments: segments, contentStart: paragraph.contentStart,
                                                   isMapped: labelCount + textCount == finalCount, utf16Count: finalCount))
    }
}
