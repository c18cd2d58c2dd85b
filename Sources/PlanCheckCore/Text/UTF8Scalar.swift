/// Reads one Unicode scalar from UTF-8 that is known to be valid (a Swift string's bytes), so
/// the continuation bytes are there and need no checks. Shared by the passes that walk a
/// document's or a line's bytes: the UTF-16 layout and the text report's excerpt cells.
package enum UTF8Scalar {
    /// The scalar whose bytes start at `index`, and how many bytes it takes.
    @inlinable @inline(__always)
    package static func decode(_ bytes: UnsafePointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        // Chinese text is nearly all three-byte characters: tested next.
        if lead >= 0xE0, lead < 0xF0 {
            return ((lead & 0x0F) << 12 | (UInt32(bytes[index &+ 1]) & 0x3F) << 6 | UInt32(bytes[index &+ 2]) & 0x3F, 3)
        }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index &+ 1]) & 0x3F, 2) }
        return ((lead & 0x07) << 18 | (UInt32(bytes[index &+ 1]) & 0x3F) << 12
            | (UInt32(bytes[index &+ 2]) & 0x3F) << 6 | UInt32(bytes[index &+ 3]) & 0x3F, 4)
    }
}
