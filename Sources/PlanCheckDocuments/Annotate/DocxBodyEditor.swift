/// Writes comment marks into word/document.xml: `w:commentRangeStart` where a comment's words
/// begin, `w:commentRangeEnd` and a run holding `w:commentReference` where they end.
///
/// Marks stand where runs may stand. A mark inside a run closes the run and opens a copy of it
/// (its start tag and `w:rPr` repeated), and one inside a `w:t` splits the text too, so every
/// word keeps its formatting. Every byte outside the places marked is copied as it was.
struct DocxBodyEditor {
    /// One comment's marks: its id and where its words start and end.
    struct Marked {
        let id: Int
        let start: DocxPlace
        let end: DocxPlace
    }

    let map: DocxTextMap

    private var w: String { map.wordPrefix }

    func edit(_ comments: [Marked]) -> [UInt8] {
        // Marks by place; at one place ends come before starts, so neighbouring comments do not
        // overlap, except the end of a comment that starts there too (an empty range).
        var marks: [DocxPlace: [(order: Int, id: Int, bytes: String)]] = [:]
        for comment in comments {
            marks[comment.start, default: []].append((1, comment.id, startMark(comment.id)))
            marks[comment.end, default: []].append((comment.start == comment.end ? 2 : 0, comment.id, endMark(comment.id)))
        }
        func joined(_ place: DocxPlace) -> String {
            (marks[place] ?? []).sorted { ($0.order, $0.id) < ($1.order, $1.id) }.map(\.bytes).joined()
        }

        // Edits as (range replaced, bytes), applied in order of position.
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        var textSplits: [Int: (paragraph: Int, segment: Int, offsets: [Int])] = [:]
        for place in marks.keys {
            switch place {
            case let .between(byte):
                edits.append((byte..<byte, Array(joined(place).utf8)))
            case let .inRun(run, byte):
                edits.append((byte..<byte, Array((closeRun + joined(place) + reopen(run)).utf8)))
            case let .inText(paragraph, segment, offset):
                let element = map.paragraphs[paragraph].segments[segment].element.lowerBound
                textSplits[element, default: (paragraph, segment, [])].offsets.append(offset)
            }
        }
        for (_, split) in textSplits {
            let segment = map.paragraphs[split.paragraph].segments[split.segment]
            guard let text = segment.text, let run = segment.run else { continue }
            var bytes = ""
            var previous = text.utf16.startIndex
            for offset in split.offsets.sorted() {
                let index = Self.characterBoundary(in: text, utf16Offset: offset)
                bytes += textElement(String(text[previous..<index])) + closeRun
                bytes += joined(.inText(paragraph: split.paragraph, segment: split.segment, offset: offset)) + reopen(run)
                previous = index
            }
            bytes += textElement(String(text[previous...]))
            edits.append((segment.element, Array(bytes.utf8)))
        }
        return ByteEdits.apply(edits, to: map.xml)
    }

    private func startMark(_ id: Int) -> String {
        "<\(w)commentRangeStart \(w)id=\"\(id)\"/>"
    }

    /// The end of the range, and the run that shows the comment's mark in the text.
    private func endMark(_ id: Int) -> String {
        "<\(w)commentRangeEnd \(w)id=\"\(id)\"/><\(w)r><\(w)commentReference \(w)id=\"\(id)\"/></\(w)r>"
    }

    private var closeRun: String { "</\(w)r>" }

    /// A run's start tag and properties, to go on with its content after a mark.
    private func reopen(_ run: Int) -> String {
        let found = map.runs[run]
        var bytes = Array(map.xml[found.start])
        if let properties = found.properties { bytes += map.xml[properties] }
        // A self-closing start tag never holds text, so it never comes here.
        return String(decoding: bytes, as: UTF8.self)
    }

    private func textElement(_ text: String) -> String {
        text.isEmpty ? "" : "<\(w)t xml:space=\"preserve\">\(XMLText.escaped(text))</\(w)t>"
    }

    /// The index of UTF-16 `offset` in `text`, moved back to the start of a character it splits.
    static func characterBoundary(in text: String, utf16Offset offset: Int) -> String.Index {
        var index = text.utf16.index(text.utf16.startIndex, offsetBy: min(offset, text.utf16.count))
        while index > text.startIndex, index.samePosition(in: text.unicodeScalars) == nil {
            index = text.utf16.index(before: index)
        }
        return index
    }
}
