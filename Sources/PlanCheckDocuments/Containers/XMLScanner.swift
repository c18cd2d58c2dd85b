/// A small, safe, push-style XML scanner for the XML inside .docx and .odt packages.
///
/// It works on UTF-8 bytes and reports start tags, end tags and character data to a handler.
/// It is deliberately not a full XML parser: it never reads or expands a DTD (a `<!DOCTYPE` with
/// an internal subset is refused, so "billion laughs" cannot happen), it knows only the five
/// predefined entities and numeric character references, and it bounds nesting depth. That is all
/// that Office and LibreOffice documents need, and it keeps hostile files cheap to reject.
struct XMLScanner {
    /// One thing found in the XML, in document order.
    enum Event {
        /// A start tag; a self-closing tag is reported as `start` followed by `end`.
        case start(name: String, attributes: [String: String])
        case end(name: String)
        /// Character data with entities decoded; CDATA sections arrive as text too.
        case text(String)
    }

    /// Why the XML was refused; `description` is a short English reason.
    struct Failure: Error, CustomStringConvertible {
        let message: String
        let offset: Int
        var description: String { "malformed XML at byte \(offset): \(message)" }
    }

    /// The deepest element nesting accepted; real documents stay far below it.
    var maximumDepth = 512

    /// Scans `bytes` (UTF-8) and calls `handler` for each event.
    func scan(_ bytes: [UInt8], handler: (Event) throws -> Void) throws {
        try scanLocated(bytes) { event, _ in try handler(event) }
    }

    /// As `scan`, with the bytes each event was read from: a whole tag for `start` (the
    /// `<…/>` of a self-closing one, whose `end` then gets the empty range after it), the end
    /// tag for `end`, the raw characters (or CDATA section) for `text`. Annotating a document
    /// rewrites it at these offsets and leaves every other byte as it was.
    func scanLocated(_ bytes: [UInt8], handler: (Event, Range<Int>) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(bytes: buffer, maximumDepth: maximumDepth)
            try cursor.run(handler)
        }
    }
}

private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    var position = 0
    var openElements: [String] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    func failure(_ message: String, at offset: Int? = nil) -> XMLScanner.Failure {
        XMLScanner.Failure(message: message, offset: offset ?? position)
    }

    mutating func run(_ handler: (XMLScanner.Event, Range<Int>) throws -> Void) throws {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        var sawRoot = false
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let textStart = position
                let text = try readText()
                if !openElements.isEmpty { try handler(.text(text), textStart..<position) }
                continue
            }
            if matches("<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if matches("<!--") {
                try skip(past: "-->", what: "comment")
            } else if matches("<![CDATA[") {
                let start = position + 9
                guard let end = find("]]>", from: start) else { throw failure("unterminated CDATA section") }
                if !openElements.isEmpty { try handler(.text(String(decoding: bytes[start..<end], as: UTF8.self)), position..<(end + 3)) }
                position = end + 3
            } else if matches("<!DOCTYPE") {
                try skipDoctype()
            } else if matches("</") {
                let tagStart = position
                position += 2
                let name = readName()
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw failure("expected '>' in end tag") }
                position += 1
                guard let open = openElements.popLast() else { throw failure("end tag </\(name)> without start tag") }
                guard open == name else { throw failure("end tag </\(name)> does not match <\(open)>") }
                try handler(.end(name: name), tagStart..<position)
            } else {
                let tagStart = position
                position += 1
                let name = readName()
                guard !name.isEmpty else { throw failure("expected an element name", at: tagStart) }
                if openElements.isEmpty && sawRoot { throw failure("content after the root element") }
                let (attributes, selfClosing) = try readAttributes()
                guard openElements.count < maximumDepth else {
                    throw failure("elements nested deeper than \(maximumDepth)", at: tagStart)
                }
                sawRoot = true
                try handler(.start(name: name, attributes: attributes), tagStart..<position)
                if selfClosing {
                    try handler(.end(name: name), position..<position)
                } else {
                    openElements.append(name)
                }
            }
        }
        if let open = openElements.last { throw failure("unexpected end of XML inside <\(open)>") }
        guard sawRoot else { throw failure("no root element") }
    }

    // MARK: Pieces

    func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for index in 0..<count where bytes[position + index] != pointer[index] { return false }
        return true
    }

    func find(_ literal: StaticString, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        let pointer = literal.utf8Start
        var index = start
        while index + count <= bytes.count {
            if bytes[index] == pointer[0] {
                var equal = true
                for offset in 1..<count where bytes[index + offset] != pointer[offset] {
                    equal = false
                    break
                }
                if equal { return index }
            }
            index += 1
        }
        return nil
    }

    mutating func skip(past literal: StaticString, what: String) throws {
        guard let end = find(literal, from: position + 2) else { throw failure("unterminated \(what)") }
        position = end + literal.utf8CodeUnitCount
    }

    /// A DOCTYPE without an internal subset is harmless and skipped; one with `[` … `]` could
    /// declare entities, and expanding them is how XML bombs work, so it is refused outright.
    mutating func skipDoctype() throws {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "["):
                throw failure("DOCTYPE with an internal subset (entity declarations) is not accepted", at: start)
            case UInt8(ascii: ">"):
                position += 1
                return
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let quote = bytes[position]
                position += 1
                while position < bytes.count && bytes[position] != quote { position += 1 }
                position += 1
            default:
                position += 1
            }
        }
        throw failure("unterminated DOCTYPE", at: start)
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
             UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "<"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "&"):
            return false
        default:
            return true
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    mutating func readName() -> String {
        let start = position
        while position < bytes.count && Cursor.isNameByte(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    mutating func skipWhitespace() {
        while position < bytes.count && Cursor.isWhitespace(bytes[position]) { position += 1 }
    }

    mutating func readAttributes() throws -> ([String: String], Bool) {
        var attributes: [String: String] = [:]
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw failure("unterminated start tag") }
            switch bytes[position] {
            case UInt8(ascii: ">"):
                position += 1
                return (attributes, false)
            case UInt8(ascii: "/"):
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw failure("expected '/>'") }
                position += 2
                return (attributes, true)
            default:
                let name = readName()
                guard !name.isEmpty else { throw failure("expected an attribute name") }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw failure("expected '=' after attribute \(name)") }
                position += 1
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                    throw failure("expected a quoted value for attribute \(name)")
                }
                let quote = bytes[position]
                position += 1
                let start = position
                while position < bytes.count && bytes[position] != quote {
                    guard bytes[position] != UInt8(ascii: "<") else { throw failure("'<' in attribute value") }
                    position += 1
                }
                guard position < bytes.count else { throw failure("unterminated attribute value") }
                attributes[name] = try decodeEntities(start..<position)
                position += 1
            }
        }
    }

    mutating func readText() throws -> String {
        let start = position
        while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try decodeEntities(start..<position)
    }

    /// Decodes the predefined entities and character references in a byte range; any other
    /// entity reference is an error, because its definition would have to come from a DTD.
    func decodeEntities(_ range: Range<Int>) throws -> String {
        guard let firstAmpersand = bytes[range].firstIndex(of: UInt8(ascii: "&")) else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        var out = [UInt8](bytes[range.lowerBound..<firstAmpersand])
        var index = firstAmpersand
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = bytes[index..<min(range.upperBound, index + 12)].firstIndex(of: UInt8(ascii: ";")) else {
                throw failure("'&' that starts no entity reference", at: index)
            }
            let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch name {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                } else {
                    throw failure("undefined entity &\(name); (DTD entities are never expanded)", at: index)
                }
            }
            guard let scalar, scalar.value != 0 else { throw failure("invalid character reference &\(name);", at: index) }
            out.append(contentsOf: String(scalar).utf8)
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
