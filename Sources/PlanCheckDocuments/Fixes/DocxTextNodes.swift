/// The paragraphs of a .docx body (`word/document.xml`) as `DocxReader` reads them, each piece
/// of text with the bytes it came from, so a fix can rewrite one `w:t` and nothing else.
///
/// It follows the reader's choices (a `w:p` inside a text box ends before the one holding it;
/// deleted and moved-away revisions and `mc:Fallback` copies are skipped; `w:tab` is a tab,
/// `w:br`/`w:cr` a space), and a fix checks its paragraphs against the reader's before it
/// edits, so a difference between the two leaves the document alone rather than miswrites it.
package struct DocxTextNodes {
    /// A piece of a paragraph's text: the decoded contents of one `w:t`, or a character a
    /// `w:tab`, `w:br`, `w:cr` or `w:noBreakHyphen` stands for (no `bytes`: not editable).
    package struct Piece: Equatable {
        package var text: String
        /// The raw contents of the `w:t` in `word/document.xml`, between its tags.
        package var bytes: Range<Int>?
    }

    package enum Failure: Error, Equatable {
        /// Markup this scanner does not follow (CDATA or a DOCTYPE, never written by Word).
        case unsupported(String)
    }

    /// Paragraphs in the reader's order, each its pieces in order.
    package private(set) var paragraphs: [[Piece]] = []

    package init(xml: [UInt8]) throws(Failure) {
        var open: [[Piece]] = []
        var runDepth = 0
        var textStart: Int?
        var skipping: (name: String, depth: Int)?
        var depth = 0
        var index = 0
        while let tagStart = Self.find(0x3C, in: xml, from: index) {
            let tag = try Self.tag(in: xml, at: tagStart)
            index = tag.end
            guard let name = tag.name else { continue }
            if let skip = skipping {
                if tag.kind == .start { depth += 1 }
                if tag.kind == .end {
                    if depth == skip.depth { skipping = nil }
                    depth -= 1
                }
                continue
            }
            switch tag.kind {
            case .start:
                depth += 1
                switch name {
                case "w:p": open.append([])
                case "w:r": runDepth += 1
                case "w:t": textStart = tag.end
                case "w:pPrChange", "w:rPrChange", "w:moveFrom", "w:del", "mc:Fallback": skipping = (name, depth)
                default: Self.appendSymbol(name, runDepth: runDepth, to: &open)
                }
            case .empty:
                switch name {
                case "w:p": paragraphs.append([])
                default: Self.appendSymbol(name, runDepth: runDepth, to: &open)
                }
            case .end:
                depth -= 1
                switch name {
                case "w:p": if let paragraph = open.popLast() { paragraphs.append(paragraph) }
                case "w:r": runDepth -= 1
                case "w:t":
                    if let start = textStart, !open.isEmpty {
                        let raw = Array(xml[start..<tagStart])
                        open[open.count - 1].append(Piece(text: Self.decodeEntities(raw), bytes: start..<tagStart))
                    }
                    textStart = nil
                default: break
                }
            }
        }
    }

    /// A paragraph's text, pieces joined.
    package func text(ofParagraph index: Int) -> String {
        paragraphs[index].map(\.text).joined()
    }

    private static func appendSymbol(_ name: String, runDepth: Int, to open: inout [[Piece]]) {
        guard runDepth > 0, !open.isEmpty else { return }
        let symbol: String? = switch name {
        case "w:tab": "\t"
        case "w:br", "w:cr": " "
        case "w:noBreakHyphen": "-"
        default: nil
        }
        if let symbol { open[open.count - 1].append(Piece(text: symbol, bytes: nil)) }
    }

    enum TagKind { case start, end, empty }

    /// The tag that starts at `start` (a `<`): its name (nil for a comment or declaration), kind
    /// and the offset after its `>`. Quoted attribute values may hold `>`.
    static func tag(in xml: [UInt8], at start: Int) throws(Failure) -> (name: String?, kind: TagKind, end: Int) {
        if xml[start...].starts(with: Array("<!--".utf8)) {
            var cursor = start + 4
            while cursor + 2 < xml.count, !(xml[cursor] == 0x2D && xml[cursor + 1] == 0x2D && xml[cursor + 2] == 0x3E) { cursor += 1 }
            return (nil, .empty, min(xml.count, cursor + 3))
        }
        if xml[start...].starts(with: Array("<!".utf8)) { throw .unsupported("CDATA or DOCTYPE in word/document.xml") }
        var cursor = start + 1
        var quote: UInt8?
        while cursor < xml.count {
            let byte = xml[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                break
            }
            cursor += 1
        }
        let end = min(xml.count, cursor + 1)
        if xml.count > start + 1, xml[start + 1] == 0x3F { return (nil, .empty, end) }
        let isEnd = xml.count > start + 1 && xml[start + 1] == 0x2F
        let isEmpty = cursor > start && xml[cursor - 1] == 0x2F
        var nameEnd = start + (isEnd ? 2 : 1)
        let nameStart = nameEnd
        while nameEnd < cursor, ![0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains(xml[nameEnd]) { nameEnd += 1 }
        let name = String(decoding: xml[nameStart..<nameEnd], as: UTF8.self)
        return (name, isEnd ? .end : isEmpty ? .empty : .start, end)
    }

    static func find(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: byte)
    }

    /// XML character data to text: the five named entities and numeric references.
    static func decodeEntities(_ raw: [UInt8]) -> String {
        let text = String(decoding: raw, as: UTF8.self)
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { out.unicodeScalars.append(scalar) } else { out += rest[amp...semi] }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    /// Text as XML character data.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
