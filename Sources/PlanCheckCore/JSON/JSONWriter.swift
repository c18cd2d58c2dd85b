/// Writes pretty-printed JSON straight into bytes: two-space indentation, one member or element
/// per line. `JSONValue` is laid out by it, and the JSON reporter writes each document through it
/// directly (building a `JSONValue` tree per finding and tearing it down cost more than the bytes).
package struct JSONWriter: ~Copyable {
    private var bytes: ByteBuffer
    /// Nesting depth of the container being written.
    private(set) var depth: Int
    /// Whether the open container has no member or element yet.
    private var isFirst = true

    package init(capacity: Int = 256, depth: Int = 0) {
        bytes = ByteBuffer(capacity: capacity)
        self.depth = depth
    }

    /// The bytes written.
    package consuming func finish() -> [UInt8] {
        bytes.finish()
    }

    // MARK: Structure

    package mutating func beginObject() {
        append(UInt8(ascii: "{"))
        depth += 1
        isFirst = true
    }

    package mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array that will hold `count` elements (an empty one is written `[]` at once).
    package mutating func beginArray(count: Int) {
        if count == 0 {
            append("[]")
            return
        }
        append(UInt8(ascii: "["))
        depth += 1
        isFirst = true
    }

    package mutating func endArray(count: Int) {
        if count > 0 { close(UInt8(ascii: "]")) }
    }

    /// Starts the next member of the open object: its key, then the value is written.
    package mutating func key(_ name: String) {
        nextItem()
        string(name)
        append(": ")
    }

    /// `key(_:)` for plain ASCII keys known when compiling, as all of the reporter's are.
    package mutating func key(_ name: StaticString) {
        nextItem()
        reserve(name.utf8CodeUnitCount + 4)
        put(UInt8(ascii: "\""))
        put(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        put(UInt8(ascii: " "))
    }

    /// Starts the next element of the open array.
    package mutating func element() { nextItem() }

    mutating func value(_ string: String?) {
        if let string { self.string(string) } else { append("null") }
    }

    mutating func value(_ number: Int?) {
        if let number { int(number) } else { append("null") }
    }

    package mutating func member(_ name: StaticString, _ string: String?) { key(name); value(string) }
    package mutating func member(_ name: StaticString, _ number: Int?) { key(name); value(number) }

    private mutating func nextItem() {
        reserve(2 + 2 * depth)
        if !isFirst { put(UInt8(ascii: ",")) }
        put(0x0A)
        isFirst = false
        putIndent()
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        reserve(2 + 2 * depth)
        put(0x0A)
        putIndent()
        put(bracket)
        isFirst = false
    }

    private mutating func putIndent() {
        bytes.append(repeating: 0x20, count: 2 * depth)
    }

    // MARK: Values

    /// A JSON string: quoted, escaped where JSON needs it (see `JSONValue.needsEscaping`).
    package mutating func string(_ value: String) {
        var value = value
        let copied = value.withUTF8 { utf8 in
            // Most strings need no escaping: copy their bytes whole.
            guard !JSONValue.needsEscaping(utf8) else { return false }
            reserve(utf8.count + 2)
            put(UInt8(ascii: "\""))
            put(utf8)
            put(UInt8(ascii: "\""))
            return true
        }
        if !copied { escapedString(value) }
    }

    private mutating func escapedString(_ value: String) {
        append(UInt8(ascii: "\""))
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": append("\\\"")
            case "\\": append("\\\\")
            case "\n": append("\\n")
            case "\r": append("\\r")
            case "\t": append("\\t")
            case "\u{08}": append("\\b")
            case "\u{0C}": append("\\f")
            // Valid JSON raw, but not valid JavaScript before ES2019; escaping costs nothing.
            case "\u{2028}": append("\\u2028")
            case "\u{2029}": append("\\u2029")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    append("\\u")
                    for _ in hex.count..<4 { append(UInt8(ascii: "0")) }
                    for byte in hex.utf8 { append(byte) }
                } else {
                    for byte in String(scalar).utf8 { append(byte) }
                }
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// Decimal digits straight into the bytes (`String(value)` allocates a string per number).
    mutating func int(_ value: Int) {
        reserve(21)
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var scale: UInt = 10
        while digits < 19, magnitude >= scale {
            digits += 1
            scale &*= 10
        }
        var position = digits - 1
        repeat {
            bytes.put(UInt8(ascii: "0") + UInt8(magnitude % 10), at: position)
            magnitude /= 10
            position -= 1
        } while magnitude > 0
        bytes.advance(by: digits)
    }

    package mutating func raw(_ literal: StaticString) { append(literal) }

    // MARK: Bytes

    private mutating func append(_ byte: UInt8) { bytes.append(byte) }
    private mutating func append(_ literal: StaticString) { bytes.append(literal) }
    @inline(__always) private mutating func reserve(_ extra: Int) { bytes.reserve(extra) }
    @inline(__always) private mutating func put(_ byte: UInt8) { bytes.put(byte) }
    @inline(__always) private mutating func put(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.put(buffer) }
}
