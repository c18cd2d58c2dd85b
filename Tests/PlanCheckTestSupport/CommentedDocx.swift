import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An annotated .docx read back with Foundation's XML parser (not plancheck's own reader), for
/// tests of `plancheck annotate`: its parts, its comments and the words each one is anchored on.
package struct CommentedDocx {
    package struct Comment: Equatable {
        package var author: String
        package var text: String

        package init(author: String, text: String) {
            self.author = author
            self.text = text
        }
    }

    /// Every part's bytes by name, in the package's order of names.
    package var parts: [String: Data] = [:]
    package var partNames: [String] = []
    /// Comments by id, from the comments part.
    package var comments: [Int: Comment] = [:]
    /// The text between each comment's range start and end in document.xml (deleted text left out).
    package var anchored: [Int: String] = [:]
    /// Ids of `commentRangeStart`, `commentRangeEnd` and `commentReference`, in document order.
    package var starts: [Int] = []
    package var ends: [Int] = []
    package var references: [Int] = []
    /// For each comment, the run properties (`w:rPr` children's names, sorted) of each piece of
    /// text in its range: formatting kept across a split.
    package var anchoredFormatting: [Int: [(text: String, properties: [String])]] = [:]

    package init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            parts[entry.path] = bytes
            partNames.append(entry.path)
        }
        guard let document = parts["word/document.xml"] else { throw Failure("no word/document.xml") }
        let body = BodyReader()
        try Self.parse(document, with: body, name: "word/document.xml")
        anchored = body.anchored
        starts = body.starts
        ends = body.ends
        references = body.references
        anchoredFormatting = body.formatting
        if let part = parts["word/comments.xml"] {
            let reader = CommentsReader()
            try Self.parse(part, with: reader, name: "word/comments.xml")
            comments = reader.comments
        }
    }

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
        init(_ description: String) { self.description = description }
    }

    /// Parses `data`, failing on any XML that is not well-formed.
    package static func parse(_ data: Data, with delegate: XMLParserDelegate, name: String) throws {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw Failure("\(name) is not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
    }

    private static func id(_ attributes: [String: String]) -> Int? {
        attributes["w:id"].flatMap { Int($0) }
    }

    private final class BodyReader: NSObject, XMLParserDelegate {
        var open: Set<Int> = []
        var anchored: [Int: String] = [:]
        var formatting: [Int: [(text: String, properties: [String])]] = [:]
        var starts: [Int] = []
        var ends: [Int] = []
        var references: [Int] = []
        var inText = false
        var deleted = 0
        var properties: [String]?
        var runProperties: [String] = []
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "w:commentRangeStart":
                if let id = CommentedDocx.id(attributes) { starts.append(id); open.insert(id); anchored[id] = anchored[id] ?? "" }
            case "w:commentRangeEnd":
                if let id = CommentedDocx.id(attributes) { ends.append(id); open.remove(id) }
            case "w:commentReference":
                if let id = CommentedDocx.id(attributes) { references.append(id) }
            case "w:r": runProperties = []
            case "w:rPr" where properties == nil: properties = []
            case "w:t": inText = true; text = ""
            case "w:del": deleted += 1
            default:
                if properties != nil { properties!.append(name) }
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:rPr":
                runProperties = (properties ?? []).sorted()
                properties = nil
            case "w:t":
                inText = false
                guard deleted == 0 else { return }
                for id in open {
                    anchored[id, default: ""] += text
                    formatting[id, default: []].append((text, runProperties))
                }
            case "w:del": deleted -= 1
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }
    }

    private final class CommentsReader: NSObject, XMLParserDelegate {
        var comments: [Int: Comment] = [:]
        var current: Int?
        var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "w:comment", let id = CommentedDocx.id(attributes) {
                current = id
                comments[id] = Comment(author: attributes["w:author"] ?? "", text: "")
            } else if name == "w:p", let current, comments[current]?.text.isEmpty == false {
                comments[current]?.text += "\n"
            } else if name == "w:t" {
                inText = true
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:t" { inText = false }
            if name == "w:comment" { current = nil }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText, let current { comments[current]?.text += string }
        }
    }
}
