import Foundation
import PlanCheckCore

/// Writes comments into a copy of an .odt: an `office:annotation` (by `plancheck`, one
/// `text:p` per line) where a comment's words begin and an `office:annotation-end` of the same
/// name where they end, both inline in content.xml; character data is split where a mark falls
/// inside it. Every other byte of content.xml, and every other part, is kept (`PackageCopy`).
package enum OdtCommentWriter {
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// A place in content.xml between two characters of the text.
    enum Place: Hashable {
        case between(byte: Int)
        /// Inside character data of segment `segment` of `paragraph`, before the unit
        /// `offset` of its decoded text.
        case inText(paragraph: Int, segment: Int, offset: Int)
    }

    /// The annotated package. `fallback`: where a comment goes whose words have no place.
    package static func annotate(_ data: Data, path: String, map: OdtTextMap, comments: [DocumentComment], fallback: Range<Int>) throws -> Data {
        let archive = try PackageArchive(data: data, path: path, kind: ".odt")
        guard !map.xml.starts(with: [0xFF, 0xFE]), !map.xml.starts(with: [0xFE, 0xFF]) else {
            throw InputFileError(path: path, reason: "content.xml is UTF-16; save the document again in LibreOffice or WPS to annotate it")
        }
        let lineStarts = lineStarts(of: map)
        var marks: [Place: [(order: Int, index: Int, bytes: String)]] = [:]
        var count = 0
        for comment in comments {
            var paragraphs = comment.paragraphs
            var start = place(of: comment.range.lowerBound, isEnd: false, in: map, lineStarts: lineStarts)
            var end = place(of: comment.range.upperBound, isEnd: true, in: map, lineStarts: lineStarts)
            if start == nil || end == nil {
                start = place(of: fallback.lowerBound, isEnd: false, in: map, lineStarts: lineStarts)
                end = place(of: fallback.upperBound, isEnd: true, in: map, lineStarts: lineStarts)
                if let words = comment.words { paragraphs[0] = "「\(words)」：" + paragraphs[0] }
            }
            guard let start, let end, !paragraphs.isEmpty else { continue }
            let name = "plancheck-\(count + 1)"
            marks[start, default: []].append((1, count, annotation(name: name, paragraphs: paragraphs, map: map)))
            marks[end, default: []].append((start == end ? 2 : 0, count, "<\(map.officePrefix)annotation-end \(map.officePrefix)name=\"\(name)\"/>"))
            count += 1
        }
        let content = edit(map, marks: marks)
        do {
            return try PackageCopy.copy(archive, replacing: ["content.xml": content], adding: [])
        } catch let error as InputFileError {
            throw error
        } catch {
            throw InputFileError(path: path, reason: "cannot write the annotated copy: \(error)")
        }
    }

    private static func annotation(name: String, paragraphs: [String], map: OdtTextMap) -> String {
        let office = map.officePrefix
        let text = map.textPrefix
        let lines = paragraphs.map { "<\(text)p>\(paragraphContent($0, text: text))</\(text)p>" }.joined()
        // Dublin Core is declared here: content.xml need not declare it at its root.
        return "<\(office)annotation \(office)name=\"\(name)\" xmlns:pcdc=\"\(dublinCore)\">"
            + "<pcdc:creator>\(CommentAuthor.name)</pcdc:creator>\(lines)</\(office)annotation>"
    }

    /// A line of a comment as ODF paragraph content. ODF collapses runs of white space in
    /// character data and drops it at a line's ends, so only a single space between two other
    /// characters stays a space; any other run is `text:s`, a tab `text:tab`: `文  号` stays two
    /// spaces apart.
    package static func paragraphContent(_ line: String, text: String) -> String {
        var out = ""
        var spaces = 0
        var afterCharacter = false
        func flush(beforeCharacter: Bool) {
            guard spaces > 0 else { return }
            if spaces == 1, afterCharacter, beforeCharacter {
                out += " "
            } else {
                out += spaces == 1 ? "<\(text)s/>" : "<\(text)s \(text)c=\"\(spaces)\"/>"
            }
            spaces = 0
        }
        for character in line {
            switch character {
            case " ":
                spaces += 1
            case "\t", "\n", "\r", "\r\n":
                flush(beforeCharacter: false)
                out += character == "\t" ? "<\(text)tab/>" : "<\(text)line-break/>"
                afterCharacter = false
            default:
                flush(beforeCharacter: true)
                out += XMLText.escaped(String(character))
                afterCharacter = true
            }
        }
        flush(beforeCharacter: false)
        return out
    }

    private static func lineStarts(of map: OdtTextMap) -> [Int] {
        var starts: [Int] = []
        var offset = 0
        for paragraph in map.paragraphs {
            starts.append(offset)
            offset += paragraph.utf16Count + 1
        }
        return starts
    }

    /// As `DocxTextMap.place`: a start takes the character after the offset, an end the one
    /// before it; an offset in a list label moves to the paragraph's first character.
    static func place(of offset: Int, isEnd: Bool, in map: OdtTextMap, lineStarts: [Int]) -> Place? {
        guard !map.paragraphs.isEmpty else { return nil }
        let probe = isEnd ? max(0, offset - 1) : offset
        let index = max(0, (lineStarts.lastIndex { $0 <= probe }) ?? 0)
        let paragraph = map.paragraphs[index]
        guard paragraph.isMapped else { return nil }
        let within = min(max(0, offset - lineStarts[index]), paragraph.utf16Count)
        let segments = paragraph.segments
        guard let first = segments.first, let last = segments.last else { return .between(byte: paragraph.contentStart) }
        let segmentIndex: Int
        let unit: Int
        if let hit = segments.firstIndex(where: { isEnd ? ($0.utf16Start < within && within <= $0.utf16End) : ($0.utf16Start <= within && within < $0.utf16End) }) {
            segmentIndex = hit
            unit = within - segments[hit].utf16Start
        } else if within <= first.utf16Start {
            (segmentIndex, unit) = (0, 0)
        } else if within >= last.utf16End {
            (segmentIndex, unit) = (segments.count - 1, last.utf16Count)
        } else {
            (segmentIndex, unit) = (segments.firstIndex { $0.utf16Start >= within } ?? segments.count - 1, 0)
        }
        let segment = segments[segmentIndex]
        if unit == 0 { return .between(byte: segment.bytes.lowerBound) }
        if unit == segment.utf16Count { return .between(byte: segment.bytes.upperBound) }
        guard segment.text != nil else { return .between(byte: segment.bytes.upperBound) }
        // A start before the unit's source; an end after the source of the unit before it.
        let source = isEnd ? segment.sourceOffsets[unit - 1] + 1 : segment.sourceOffsets[unit]
        return .inText(paragraph: index, segment: segmentIndex, offset: source)
    }

    /// content.xml with the marks written in.
    private static func edit(_ map: OdtTextMap, marks: [Place: [(order: Int, index: Int, bytes: String)]]) -> [UInt8] {
        func joined(_ place: Place) -> String {
            (marks[place] ?? []).sorted { ($0.order, $0.index) < ($1.order, $1.index) }.map(\.bytes).joined()
        }
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        var splits: [Int: (paragraph: Int, segment: Int, offsets: [Int])] = [:]
        for place in marks.keys {
            switch place {
            case let .between(byte):
                edits.append((byte..<byte, Array(joined(place).utf8)))
            case let .inText(paragraph, segment, offset):
                let start = map.paragraphs[paragraph].segments[segment].bytes.lowerBound
                splits[start, default: (paragraph, segment, [])].offsets.append(offset)
            }
        }
        for (_, split) in splits {
            let segment = map.paragraphs[split.paragraph].segments[split.segment]
            guard let text = segment.text else { continue }
            var bytes = ""
            var previous = text.startIndex
            for offset in split.offsets.sorted() {
                let index = DocxBodyEditor.characterBoundary(in: text, utf16Offset: offset)
                bytes += XMLText.escaped(String(text[previous..<index]))
                bytes += joined(.inText(paragraph: split.paragraph, segment: split.segment, offset: offset))
                previous = index
            }
            bytes += XMLText.escaped(String(text[previous...]))
            edits.append((segment.bytes, Array(bytes.utf8)))
        }
        return ByteEdits.apply(edits, to: map.xml)
    }
}
