import Foundation
import PlanCheckCore

/// Reads the text of a web page saved as a document: Word's "single file web page" (.mht), and
/// the HTML or MHT that office systems and document sites hand out under a .doc name. One line
/// per paragraph, like the other readers: a `p`, `div`, `li`, table cell, `br` or heading ends
/// one, and `h1`–`h6` give heading levels. Scripts, styles, the head and comments (Word's
/// conditional ones too) are not text; white space collapses as a browser shows it.
package enum WebPageReader {
    /// Extracts the paragraphs of a web page's bytes (HTML, or MHT holding HTML).
    ///
    /// - Parameter path: names the file in a thrown `InputFileError` or `DocumentTooLargeError`.
    package static func read(_ bytes: [UInt8], path: String = "") throws -> ExtractedParagraphs {
        try read(bytes, path: path, budget: ReadingBudget(path: path, fileSize: bytes.count))
    }

    /// As `read(_:path:)`, the text counted against `budget` (a .docx's, for a page it imports).
    static func read(_ bytes: [UInt8], path: String, budget: ReadingBudget) throws -> ExtractedParagraphs {
        var html = bytes
        if MIMEArchive.isMessage(bytes) {
            guard let page = MIMEArchive.htmlPart(of: bytes) else {
                throw InputFileError(path: path, reason: "a web archive (.mht) without a web page in it")
            }
            html = page
        }
        let (text, _) = try TextDecoding.decode(html, path: path)
        let result = try paragraphs(ofHTML: text, budget: budget)
        guard result.hasText else { throw InputFileError(path: path, reason: "empty document (no text)") }
        return result
    }

    /// Elements that start and end a paragraph.
    private static let blocks: Set<String> = [
        "p", "div", "li", "tr", "td", "th", "br", "table", "ul", "ol", "blockquote", "pre", "section", "article",
        "hr", "dt", "dd", "caption", "center", "address", "body", "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    /// Elements whose content is not text.
    private static let hidden: Set<String> = ["head", "script", "style", "title", "xml", "template", "noscript"]

    /// The paragraphs of a page, counted against `budget` one by one: the page is no larger than
    /// its file, and a paragraph no larger than the page, so each is counted as it is finished.
    static func paragraphs(ofHTML html: String, budget: ReadingBudget = ReadingBudget(path: "")) throws -> ExtractedParagraphs {
        var result = ExtractedParagraphs()
        var paragraph = ""
        var afterSpace = true
        var headingLevel: Int?
        func flush() throws {
            while paragraph.last == " " { paragraph.removeLast() }
            if !paragraph.isEmpty {
                try budget.spendText(paragraph.utf8.count + 1)
                result.append(paragraph, headingLevel: headingLevel)
            }
            paragraph = ""
            afterSpace = true
            headingLevel = nil
        }
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                let tag = Tag(scalars, at: index)
                index = tag.end
                if tag.isMarkup { continue }
                if hidden.contains(tag.name), !tag.isClosing, !tag.isSelfClosing {
                    index = Tag.end(of: tag.name, in: scalars, from: index)
                    continue
                }
                guard blocks.contains(tag.name) else { continue }
                try flush()
                if !tag.isClosing, tag.name.count == 2, tag.name.first == "h", let level = Int(tag.name.dropFirst()) {
                    headingLevel = level
                }
                continue
            }
            var character = scalar
            if scalar == "&" {
                let (decoded, next) = Entity.decode(scalars, at: index)
                index = next
                character = decoded
            } else {
                index += 1
            }
            if character.properties.isWhitespace || character == "\u{A0}" {
                if !afterSpace {
                    paragraph.append(" ")
                    afterSpace = true
                }
            } else {
                paragraph.unicodeScalars.append(character)
                afterSpace = false
            }
        }
        try flush()
        return result
    }

    /// One tag read from `<` on: its lower-case name, and where it ends.
    private struct Tag {
        var name = ""
        var isClosing = false
        var isSelfClosing = false
        /// A comment, declaration or processing instruction: nothing to show.
        var isMarkup = false
        var end: Int

        init(_ scalars: [Unicode.Scalar], at start: Int) {
            var index = start + 1
            if index < scalars.count, scalars[index] == "!" || scalars[index] == "?" {
                isMarkup = true
                let isComment = index + 2 < scalars.count && scalars[index + 1] == "-" && scalars[index + 2] == "-"
                end = isComment ? Self.index(after: "-->", in: scalars, from: index + 3) : Self.index(after: ">", in: scalars, from: index)
                return
            }
            if index < scalars.count, scalars[index] == "/" {
                isClosing = true
                index += 1
            }
            while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) || scalars[index] == ":" {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            name = name.lowercased()
            // Attributes may hold `>` inside quotes.
            var quote: Unicode.Scalar?
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    isSelfClosing = index > start && scalars[index - 1] == "/"
                    break
                }
                index += 1
            }
            end = min(index + 1, scalars.count)
        }

        /// Just past the `</name>` that closes a hidden element, or the end of the text.
        static func end(of name: String, in scalars: [Unicode.Scalar], from start: Int) -> Int {
            let closing = Array("</\(name)".unicodeScalars)
            var index = start
            while index + closing.count <= scalars.count {
                if scalars[index] == "<", zip(closing.indices, closing).allSatisfy({ offset, scalar in
                    String(scalars[index + offset]).lowercased() == String(scalar)
                }) {
                    return Self.index(after: ">", in: scalars, from: index + closing.count)
                }
                index += 1
            }
            return scalars.count
        }

        static func index(after literal: String, in scalars: [Unicode.Scalar], from start: Int) -> Int {
            let target = Array(literal.unicodeScalars)
            var index = start
            while index + target.count <= scalars.count {
                if scalars[index..<(index + target.count)].elementsEqual(target) { return index + target.count }
                index += 1
            }
            return scalars.count
        }
    }

    /// Character references: numeric ones, and the named ones Chinese office pages use.
    private enum Entity {
        static let named: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
            "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "mdash": "\u{2014}",
            "ndash": "\u{2013}", "hellip": "\u{2026}", "middot": "\u{B7}", "times": "\u{D7}", "divide": "\u{F7}",
            "deg": "\u{B0}", "plusmn": "\u{B1}", "sup2": "\u{B2}", "sup3": "\u{B3}", "yen": "\u{A5}", "copy": "\u{A9}",
            "reg": "\u{AE}", "permil": "\u{2030}", "bull": "\u{2022}", "le": "\u{2264}", "ge": "\u{2265}",
        ]

        /// The character `&…;` at `start` stands for, and where reading goes on; a lone `&` is
        /// itself.
        static func decode(_ scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int) {
            var index = start + 1
            var name = ""
            while index < scalars.count, index - start <= 10, scalars[index] != ";" {
                guard scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) || scalars[index] == "#" else {
                    return ("&", start + 1)
                }
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard index < scalars.count, scalars[index] == ";" else { return ("&", start + 1) }
            let value: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                value = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                value = UInt32(name.dropFirst())
            } else {
                return named[name].map { ($0, index + 1) } ?? ("&", start + 1)
            }
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return ("&", start + 1) }
            return (scalar, index + 1)
        }
    }
}
