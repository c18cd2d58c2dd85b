/// A text's UTF-16 code units and, for each unit, where its character starts in the UTF-8
/// bytes, built in one pass over the bytes.
///
/// Every range in plancheck is a UTF-16 range, but a Swift string is UTF-8: `Array(text.utf16)`
/// transcodes generically, and slicing the string by UTF-16 offsets walks its breadcrumbs each
/// time. With the offsets at hand, the text of a range is a slice of the bytes.
package struct UTF16Layout {
    package var units: [UInt16]
    /// `utf8Offsets[i]`: the UTF-8 offset of the character unit `i` belongs to (a low surrogate
    /// shares its high surrogate's); one more entry for the end of the text.
    package var utf8Offsets: [Int32]
    /// Where each line starts (UTF-16 offsets): 0, then the offset after each line feed. Found by
    /// the same pass, for `SourceMap`.
    package var lineStarts: [Int] = [0]

    package init(_ text: String) {
        var text = text
        var offsets: [Int32] = []
        var lineStarts = [0]
        // Written through unsafe buffers: appending unit by unit checked capacity at every step.
        // Sized exactly by a first count: sized by the bytes, Chinese text (three bytes a unit)
        // kept three times the memory its units need, for as long as the document lived.
        units = text.withUTF8 { bytes in
            let exact = Self.unitCount(bytes)
            return [UInt16](unsafeUninitializedCapacity: exact) { units, unitCount in
                offsets = [Int32](unsafeUninitializedCapacity: exact + 1) { starts, startCount in
                    let count = Self.decode(bytes, into: units.baseAddress!, starts: starts.baseAddress!, lineStarts: &lineStarts)
                    unitCount = count
                    startCount = count + 1
                }
            }
        }
        utf8Offsets = offsets
        self.lineStarts = lineStarts
    }

    /// How many UTF-16 units valid UTF-8 decodes to: one for each byte that starts a character,
    /// and one more for each four-byte character (a surrogate pair).
    private static func unitCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes {
            count &+= (byte & 0xC0 != 0x80 ? 1 : 0) &+ (byte >= 0xF0 ? 1 : 0)
        }
        return count
    }

    /// Decodes valid UTF-8 into UTF-16 units and each unit's UTF-8 start; returns the unit count.
    /// Both buffers hold at least `bytes.count` (+ 1 for `starts`) elements.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into units: UnsafeMutablePointer<UInt16>,
                               starts: UnsafeMutablePointer<Int32>, lineStarts: inout [Int]) -> Int {
        guard let source = bytes.baseAddress else {
            starts[0] = 0
            return 0
        }
        let end = bytes.count
        var index = 0
        var count = 0
        while index < end {
            let (scalar, length) = UTF8Scalar.decode(source, at: index)
            starts[count] = Int32(truncatingIfNeeded: index)
            if length < 4 {
                units[count] = UInt16(truncatingIfNeeded: scalar)
                if length == 1, scalar == 0x0A { lineStarts.append(count + 1) }
            } else {
                let value = scalar &- 0x10000
                units[count] = UInt16(truncatingIfNeeded: 0xD800 | value >> 10)
                count &+= 1
                // A low surrogate shares its high surrogate's start.
                starts[count] = Int32(truncatingIfNeeded: index)
                units[count] = UInt16(truncatingIfNeeded: 0xDC00 | value & 0x3FF)
            }
            index &+= length
            count &+= 1
        }
        starts[count] = Int32(truncatingIfNeeded: end)
        return count
    }
}
