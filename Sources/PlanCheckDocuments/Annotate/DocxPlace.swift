/// A place between two characters of a .docx's text, as a place in word/document.xml where a
/// comment's start or end mark can stand.
enum DocxPlace: Hashable {
    /// Between elements, where a run may stand: before or after a run, or in an empty paragraph.
    case between(byte: Int)
    /// Inside run `run`'s content at `byte`, between two of its elements: the run is split there.
    case inRun(run: Int, byte: Int)
    /// Inside the text of segment `segment` of paragraph `paragraph`, before its UTF-16 unit
    /// `offset`: the `w:t`, and its run, are split there.
    case inText(paragraph: Int, segment: Int, offset: Int)
}

extension DocxTextMap {
    /// The UTF-16 offset in the extracted text where each paragraph's line starts.
    var lineStarts: [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(paragraphs.count)
        var offset = 0
        for paragraph in paragraphs {
            starts.append(offset)
            offset += paragraph.utf16Count + 1
        }
        return starts
    }

    /// Where a comment starting (`isEnd` false) or ending at UTF-16 `offset` of the text is
    /// marked, or nil when that paragraph has no place in document.xml.
    ///
    /// A start takes the character after the offset and an end the one before it, so a mark
    /// never strays into a neighbouring run; an offset in a list label (which Word draws, and
    /// the file does not hold) moves to the paragraph's first character.
    func place(of offset: Int, isEnd: Bool, lineStarts: [Int]) -> DocxPlace? {
        guard !paragraphs.isEmpty else { return nil }
        let probe = isEnd ? max(0, offset - 1) : offset
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= probe { low = middle } else { high = middle - 1 }
        }
        let index = low
        let paragraph = paragraphs[index]
        guard paragraph.isMapped else { return nil }
        let within = min(max(0, offset - lineStarts[index]), paragraph.utf16Count)
        let segments = paragraph.segments
        guard let first = segments.first, let last = segments.last else { return .between(byte: paragraph.contentStart) }
        let found: (Int, Int)
        if let hit = segments.firstIndex(where: { isEnd ? ($0.utf16Start < within && within <= $0.utf16End) : ($0.utf16Start <= within && within < $0.utf16End) }) {
            found = (hit, within - segments[hit].utf16Start)
        } else if within <= first.utf16Start {
            found = (0, 0)
        } else if within >= last.utf16End {
            found = (segments.count - 1, last.utf16Count)
        } else {
            // Between segments (characters no element gave): the next segment's start.
            let next = segments.firstIndex { $0.utf16Start >= within } ?? segments.count - 1
            found = (next, 0)
        }
        return place(paragraph: index, segment: found.0, offset: found.1)
    }

    /// The place `offset` units into a segment, as outside its run as the run's content allows.
    private func place(paragraph: Int, segment index: Int, offset: Int) -> DocxPlace {
        let segment = paragraphs[paragraph].segments[index]
        if segment.text != nil, segment.run != nil, offset > 0, offset < segment.utf16Count {
            return .inText(paragraph: paragraph, segment: index, offset: offset)
        }
        let byte = offset == 0 ? segment.element.lowerBound : segment.element.upperBound
        guard let runIndex = segment.run else { return .between(byte: byte) }
        let run = runs[runIndex]
        if isBlank(run.contentStart..<byte) { return .between(byte: run.start.lowerBound) }
        if isBlank(byte..<run.end.lowerBound) { return .between(byte: run.end.upperBound) }
        return .inRun(run: runIndex, byte: byte)
    }

    /// Whether the bytes hold only white space (the indentation of pretty-printed XML).
    private func isBlank(_ range: Range<Int>) -> Bool {
        guard range.lowerBound <= range.upperBound else { return false }
        return xml[range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
