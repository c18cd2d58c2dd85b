import Foundation

/// The HTML inside a MIME web archive (.mht, "single file web page"): Word and browsers save a
/// page with its pictures as one multipart message whose HTML part is quoted-printable or
/// base64.
enum MIMEArchive {
    /// Whether `bytes` start as a MIME message does (a web archive, not a bare page).
    static func isMessage(_ bytes: [UInt8]) -> Bool {
        guard let (headers, _) = split(bytes[...]) else { return false }
        return headers["mime-version"] != nil || headers["content-type"] != nil
    }

    /// The decoded bytes of the message's first `text/html` part, or nil when it holds none.
    static func htmlPart(of bytes: [UInt8]) -> [UInt8]? {
        guard let (headers, body) = split(bytes[...]) else { return nil }
        return html(headers: headers, body: body)
    }

    private static func html(headers: [String: String], body: ArraySlice<UInt8>, depth: Int = 0) -> [UInt8]? {
        let type = headers["content-type"]?.lowercased() ?? "text/plain"
        if type.hasPrefix("text/html") {
            return decode(body, transferEncoding: headers["content-transfer-encoding"]?.lowercased() ?? "")
        }
        // Nested multiparts are a few levels deep at most; the bound guards a hostile message.
        guard type.hasPrefix("multipart/"), depth < 4, let boundary = parameter("boundary", in: headers["content-type"] ?? "") else { return nil }
        for part in parts(of: body, boundary: Array(("--" + boundary).utf8)) {
            guard let (partHeaders, partBody) = split(part) else { continue }
            if let html = html(headers: partHeaders, body: partBody, depth: depth + 1) { return html }
        }
        return nil
    }

    /// Headers (lower-case names, folded lines joined) and the body after the blank line.
    private static func split(_ bytes: ArraySlice<UInt8>) -> ([String: String], ArraySlice<UInt8>)? {
        var headers: [String: String] = [:]
        var lastName: String?
        var index = bytes.startIndex
        // Leading blank lines before a part's headers.
        while index < bytes.endIndex, bytes[index] == 0x0D || bytes[index] == 0x0A { index += 1 }
        while index < bytes.endIndex {
            var end = index
            while end < bytes.endIndex, bytes[end] != 0x0A { end += 1 }
            var line = bytes[index..<end]
            if line.last == 0x0D { line = line.dropLast() }
            index = min(end + 1, bytes.endIndex)
            if line.isEmpty { return (headers, bytes[index...]) }
            let text = String(decoding: line, as: UTF8.self)
            if let first = text.first, first == " " || first == "\t", let name = lastName {
                headers[name, default: ""] += " " + text.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let name = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty, !name.contains(" ") else { return nil }
            headers[name] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            lastName = name
        }
        return nil
    }

    /// `name=value` or `name="value"` in a header such as Content-Type.
    private static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// The parts between lines that start with the boundary.
    private static func parts(of body: ArraySlice<UInt8>, boundary: [UInt8]) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var index = body.startIndex
        while index < body.endIndex {
            var end = index
            while end < body.endIndex, body[end] != 0x0A { end += 1 }
            if body[index..<end].starts(with: boundary) {
                if let start = partStart { parts.append(body[start..<index]) }
                partStart = min(end + 1, body.endIndex)
            }
            index = min(end + 1, body.endIndex)
        }
        return parts
    }

    private static func decode(_ body: ArraySlice<UInt8>, transferEncoding: String) -> [UInt8] {
        switch transferEncoding {
        case "quoted-printable": return quotedPrintable(body)
        case "base64": return Data(base64Encoded: Data(body), options: .ignoreUnknownCharacters).map { [UInt8]($0) } ?? []
        default: return Array(body)
        }
    }

    /// `=XX` is a byte, `=` at a line's end joins it to the next.
    static func quotedPrintable(_ body: ArraySlice<UInt8>) -> [UInt8] {
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: byte - 0x30
            case 0x41...0x46: byte - 0x41 + 10
            case 0x61...0x66: byte - 0x61 + 10
            default: nil
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(body.count)
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            guard byte == UInt8(ascii: "=") else {
                result.append(byte)
                index += 1
                continue
            }
            let next = index + 1
            if next < body.endIndex, body[next] == 0x0A {
                index = next + 1
            } else if next + 1 < body.endIndex, body[next] == 0x0D, body[next + 1] == 0x0A {
                index = next + 2
            } else if next + 1 < body.endIndex, let high = hex(body[next]), let low = hex(body[next + 1]) {
                result.append(high << 4 | low)
                index = next + 2
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }
}
