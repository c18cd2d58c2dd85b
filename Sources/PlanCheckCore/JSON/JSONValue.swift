/// A JSON value whose objects keep their keys in the order given, written by hand so the bytes
/// are the same on every platform and Foundation version (JSONEncoder's pretty printing differs
/// between them, and it omits `nil` optionals where plancheck's formats promise an explicit null).
package enum JSONValue: Sendable {
    /// Whether a string holds a character JSON output escapes: a control character, `"`, `\`,
    /// or U+2028/U+2029 (E2 80 A8/A9 in UTF-8; other E2 characters such as “” need nothing).
    static func needsEscaping(_ value: String) -> Bool {
        var value = value
        return value.withUTF8(needsEscaping)
    }

    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A word is looked at byte by byte only when it may hold a control byte, `"`, `\`, or the
        // 0xE2 that leads U+2028/U+2029 (“” lead with 0xE2 too).
        ByteWords.contains(bytes, mayHold: { word in
            ByteWords.mayHold(word, below: 0x20) || ByteWords.mayHold(word, 0x22) || ByteWords.mayHold(word, 0x5C)
                || ByteWords.mayHold(word, 0xE2)
        }, where: needsEscaping(_:at:))
    }

    /// Whether the byte at `index` starts something JSON output escapes.
    @inline(__always)
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
        return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
    }

    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    package static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

    /// Pretty-printed with 2-space indentation, non-ASCII as-is, `/` unescaped, ending in a newline.
    package var serialized: String {
        serialized(indent: 0) + "\n"
    }

    /// The value written at a nesting depth, for streaming a larger document piece by piece.
    package func serialized(indent: Int) -> String {
        var writer = JSONWriter(depth: indent)
        write(to: &writer)
        return String(decoding: writer.finish(), as: UTF8.self)
    }

    /// Written as UTF-8 bytes (appending to a String checks and grows it piece by piece, and was
    /// most of the time of a JSON report), laid out by `JSONWriter`.
    func write(to writer: inout JSONWriter) {
        switch self {
        case .null:
            writer.raw("null")
        case let .bool(value):
            writer.raw(value ? "true" : "false")
        case let .int(value):
            writer.int(value)
        case let .string(value):
            writer.string(value)
        case let .array(items):
            writer.beginArray(count: items.count)
            for item in items {
                writer.element()
                item.write(to: &writer)
            }
            writer.endArray(count: items.count)
        case let .object(members):
            guard !members.isEmpty else {
                writer.raw("{}")
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
}
