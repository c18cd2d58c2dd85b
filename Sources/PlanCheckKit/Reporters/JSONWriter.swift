/// Writes pretty-printed JSON straight into bytes: two-space indentation, one member or element
/// per line. `JSONValue` is laid out by it, and the JSON reporter writes each finding through it
/// directly (building a `JSONValue` tree per finding and tearing it down cost more than the bytes).
struct JSONWriter {
    var bytes: [UInt8]
    /// Nesting depth of the container being written.
    private(set) var depth: Int
    /// Whether the open container has no member or element yet.
    private var isFirst = true

    init(bytes: [UInt8] = [], depth: Int = 0) {
        self.bytes = bytes
        self.depth = depth
    }

    mutating func beginObject() {
        bytes.append(contentsOf: "{".utf8)
        depth += 1
        isFirst = true
    }

    mutating func endObject() { close("}") }

    /// Opens an array that will hold `count` elements (an empty one is written `[]` at once).
    mutating func beginArray(count: Int) {
        if count == 0 {
            bytes.append(contentsOf: "[]".utf8)
            return
        }
        bytes.append(contentsOf: "[".utf8)
        depth += 1
        isFirst = true
    }

    mutating func endArray(count: Int) {
        if count > 0 { close("]") }
    }

    /// Starts the next member of the open object: its key, then the value is written.
    mutating func key(_ name: String) {
        nextItem()
        JSONValue.writeString(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// `key(_:)` for plain ASCII keys known when compiling, as all of the reporter's are.
    mutating func key(_ name: StaticString) {
        nextItem()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts the next element of the open array.
    mutating func element() { nextItem() }

    mutating func value(_ string: String?) { JSONValue.string(string).write(to: &self) }
    mutating func value(_ number: Int?) { JSONValue.int(number).write(to: &self) }
    mutating func value(_ json: JSONValue) { json.write(to: &self) }

    mutating func member(_ name: StaticString, _ string: String?) { key(name); value(string) }
    mutating func member(_ name: StaticString, _ number: Int?) { key(name); value(number) }

    private mutating func nextItem() {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
        isFirst = false
        indent(depth)
    }

    private mutating func close(_ bracket: String) {
        depth -= 1
        bytes.append(0x0A)
        indent(depth)
        bytes.append(contentsOf: bracket.utf8)
        isFirst = false
    }

    private mutating func indent(_ level: Int) {
        let count = 2 * level
        if count <= JSONWriter.spaces.count {
            bytes.append(contentsOf: JSONWriter.spaces.prefix(count))
        } else {
            bytes.append(contentsOf: repeatElement(0x20, count: count))
        }
    }

    /// Enough spaces for any depth plancheck writes, appended as one slice.
    private static let spaces = [UInt8](repeating: 0x20, count: 64)
}
