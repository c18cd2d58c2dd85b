/// A JSON value whose objects keep their keys in the order given, written by hand so the bytes
/// are the same on every platform and Foundation version (JSONEncoder's pretty printing differs
/// between them, and it omits `nil` optionals where plancheck's formats promise an explicit null).
enum JSONValue: Sendable {
    /// Whether a string holds a character JSON output escapes: a control character, `"`, `\`,
    /// or U+2028/U+2029 (E2 80 A8/A9 in UTF-8; other E2 characters such as “” need nothing).
    static func needsEscaping(_ value: String) -> Bool {
        var value = value
        return value.withUTF8(needsEscaping)
    }

    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Eight bytes at a time skip the runs that hold none of the bytes to look at: a control
        // byte, `"`, `\`, or the 0xE2 that leads U+2028/U+2029 (then checked byte by byte).
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, !mayNeedEscaping(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether any byte of `word` is below 0x20 or is 0x22, 0x5C or 0xE2 (may say yes wrongly,
    /// never no wrongly: the caller then looks byte by byte).
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || hasZeroByte(word ^ (ones &* 0xE2))
    }

    /// Decimal digits straight into the bytes (`String(value)` allocates a string per number).
    static func writeInt(_ value: Int, into output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for position in stride(from: count - 1, through: 0, by: -1) { output.append(buffer[position]) }
        }
    }

    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

    /// Pretty-printed with 2-space indentation, non-ASCII as-is, `/` unescaped, ending in a newline.
    var serialized: String {
        serialized(indent: 0) + "\n"
    }

    /// The value written at a nesting depth, for streaming a larger document piece by piece.
    func serialized(indent: Int) -> String {
        var writer = JSONWriter(depth: indent)
        write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Written as UTF-8 bytes (appending to a String checks and grows it piece by piece, and was
    /// most of the time of a JSON report), laid out by `JSONWriter`.
    func write(to writer: inout JSONWriter) {
        switch self {
        case .null:
            writer.bytes.append(contentsOf: "null".utf8)
        case let .bool(value):
            writer.bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case let .int(value):
            Self.writeInt(value, into: &writer.bytes)
        case let .string(value):
            Self.writeString(value, into: &writer.bytes)
        case let .array(items):
            writer.beginArray(count: items.count)
            for item in items {
                writer.element()
                item.write(to: &writer)
            }
            writer.endArray(count: items.count)
        case let .object(members):
            guard !members.isEmpty else {
                writer.bytes.append(contentsOf: "{}".utf8)
                return
            }
            writer.beginObject()
            for member in members {
                writer.key(member.key)
                member.value.write(to: &writer)
            }
            writer.endObject()
        }
    }

    static func writeString(_ value: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escaping: copy their bytes whole.
        var value = value
        let copied = value.withUTF8 { bytes in
            guard !needsEscaping(bytes) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if copied {
            output.append(UInt8(ascii: "\""))
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: "\\\"".utf8)
            case "\\": output.append(contentsOf: "\\\\".utf8)
            case "\n": output.append(contentsOf: "\\n".utf8)
            case "\r": output.append(contentsOf: "\\r".utf8)
            case "\t": output.append(contentsOf: "\\t".utf8)
            case "\u{08}": output.append(contentsOf: "\\b".utf8)
            case "\u{0C}": output.append(contentsOf: "\\f".utf8)
            // Valid JSON raw, but not valid JavaScript before ES2019; escaping costs nothing.
            case "\u{2028}", "\u{2029}":
                output.append(contentsOf: ("\\u" + String(scalar.value, radix: 16)).utf8)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    output.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
