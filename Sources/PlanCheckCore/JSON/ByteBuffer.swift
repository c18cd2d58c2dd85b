/// Bytes a report is built in, in memory of its own rather than an `Array`: a report is hundreds
/// of small appends per finding, and an array checks uniqueness and capacity through several
/// calls for each, where growing a `String` piece by piece re-checks and re-grows it at every step.
package struct ByteBuffer: ~Copyable {
    // Usable from inlinable code: reporters in other modules append on every finding, and the
    // appends must inline there as they did when the library was one module.
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int

    @inlinable
    package init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written.
    @inlinable
    package consuming func finish() -> [UInt8] {
        [UInt8](UnsafeBufferPointer(start: base, count: count))
    }

    @inlinable
    package mutating func append(_ byte: UInt8) {
        reserve(1)
        put(byte)
    }

    @inlinable
    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        put(bytes)
    }

    @inlinable
    package mutating func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    @inlinable
    package mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    @inlinable
    package static func += (buffer: inout ByteBuffer, text: String) {
        buffer.append(text)
    }

    /// `count` copies of `byte` (spaces for indentation and padding).
    @inlinable
    package mutating func append(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        reserve(count)
        (base + self.count).initialize(repeating: byte, count: count)
        self.count += count
    }

    @inlinable
    package mutating func appendSpaces(_ count: Int) {
        append(repeating: UInt8(ascii: " "), count: count)
    }

    /// Makes room for `extra` more bytes, so the `put`s that follow need no check.
    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @usableFromInline
    mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// Writes one byte where `reserve` made room.
    @inlinable @inline(__always)
    mutating func put(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Writes bytes where `reserve` made room.
    @inlinable @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Writes one byte `offset` bytes past those counted so far, in the room `reserve` made (for
    /// digits, written last first); `advance` then counts them in.
    @inlinable @inline(__always)
    mutating func put(_ byte: UInt8, at offset: Int) {
        base[count + offset] = byte
    }

    @inlinable @inline(__always)
    mutating func advance(by written: Int) {
        count += written
    }
}
