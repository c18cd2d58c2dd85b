/// A text's UTF-16 code units and, every `checkpointSpacing` units, where that unit's character
/// starts in the UTF-8 bytes, built in one pass over the bytes.
///
/// Every range in plancheck is a UTF-16 range, but a Swift string is UTF-8: `Array(text.utf16)`
/// transcodes generically, and slicing the string by UTF-16 offsets walks its breadcrumbs each
/// time. With the checkpoints, the UTF-8 offset of any unit is a checkpoint and a walk over at
/// most 31 units (`utf8Offset(of:)`), and the text of a range is a slice of the bytes. (An
/// offset for every unit took four bytes a unit: more than the units themselves.)
package struct UTF16Layout {
    package var units: [UInt16]
    /// `utf8Checkpoints[k]`: the UTF-8 offset of the character unit `k * checkpointSpacing`
    /// belongs to (a low surrogate shares its high surrogate's); one more entry for the end
    /// when the count is a multiple of the spacing.
    package var utf8Checkpoints: [Int32]
    /// Where each line starts (UTF-16 offsets): 0, then the offset after each line feed. Found by
    /// the same pass, for `SourceMap`.
    package var lineStarts: [Int] = [0]

    package static let checkpointSpacing = 32

    package init(_ text: String) {
        var text = text
        var checkpoints: [Int32] = []
        var lineStarts = [0]
        // Written through unsafe buffers: appending unit by unit checked capacity at every step.
        // Sized exactly by a first count: sized by the bytes, Chinese text (three bytes a unit)
        // kept three times the memory its units need, for as long as the document lived.
        units = text.withUTF8 { bytes in
            let exact = Self.unitCount(bytes)
            let checkpointCount = exact / Self.checkpointSpacing + 1
            return [UInt16](unsafeUninitializedCapacity: exact) { units, unitCount in
                checkpoints = [Int32](unsafeUninitializedCapacity: checkpointCount) { starts, startCount in
                    let count = Self.decode(bytes, into: units.baseAddress!, checkpoints: starts.baseAddress!, lineStarts: &lineStarts)
                    unitCount = count
                    startCount = checkpointCount
                }
            }
        }
        utf8Checkpoints = checkpoints
        self.lineStarts = lineStarts
    }

    /// The UTF-8 offset where the character of unit `index` starts in the text these units were
    /// decoded from (`units.count`: the text's length); a low surrogate gives its pair's start.
    @inlinable
    package static func utf8Offset(of index: Int, units: UnsafeBufferPointer<UInt16>, checkpoints: UnsafeBufferPointer<Int32>) -> Int {
        var index = index
        if index < units.count, index > 0, UTF16.isTrailSurrogate(units[index]) { index -= 1 }
        let block = index / checkpointSpacing
        var offset = Int(checkpoints[block])
        var cursor = block * checkpointSpacing
        // A checkpoint on a low surrogate stands at its pair's start: the pair is four bytes.
        if cursor < index, UTF16.isTrailSurrogate(units[cursor]) {
            offset += 4
            cursor += 1
        }
        while cursor < index {
            let unit = units[cursor]
            offset += unit < 0x80 ? 1 : unit < 0x800 ? 2 : UTF16.isLeadSurrogate(unit) ? 4 : UTF16.isTrailSurrogate(unit) ? 0 : 3
            cursor += 1
        }
        return offset
    }

    /// How many UTF-16 units valid UTF-8 decodes to: one for each byte that starts a character,
    /// and one more for each four-byte character (a surrogate pair).
    static func unitCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var index = 0
        // Eight bytes at a time (a Chinese document is three bytes a unit, read byte by byte a
        // tenth of loading it): bit 7 of each byte, shifted from the bits below it, tells a
        // continuation byte (10xxxxxx) and a four-byte lead (11110xxx) apart from the rest.
        let high: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let continuations = word & ~(word << 1) & high
            let fourByteLeads = word & (word << 1) & (word << 2) & (word << 3) & high
            count &+= 8 &- continuations.nonzeroBitCount &+ fourByteLeads.nonzeroBitCount
            index &+= 8
        }
        while index < bytes.count {
            let byte = base[index]
            count &+= (byte & 0xC0 != 0x80 ? 1 : 0) &+ (byte >= 0xF0 ? 1 : 0)
            index &+= 1
        }
        return count
    }

    /// Decodes valid UTF-8 into UTF-16 units and each unit's UTF-8 start; returns the unit count.
    /// Both buffers hold at least `bytes.count` (+ 1 for `starts`) elements.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into units: UnsafeMutablePointer<UInt16>,
                               checkpoints: UnsafeMutablePointer<Int32>, lineStarts: inout [Int]) -> Int {
        guard let source = bytes.baseAddress else {
            checkpoints[0] = 0
            return 0
        }
        let end = bytes.count
        var index = 0
        var count = 0
        let mask = checkpointSpacing - 1
        while index < end {
            let (scalar, length) = UTF8Scalar.decode(source, at: index)
            if count & mask == 0 { checkpoints[count / checkpointSpacing] = Int32(truncatingIfNeeded: index) }
            if length < 4 {
                units[count] = UInt16(truncatingIfNeeded: scalar)
                if length == 1, scalar == 0x0A { lineStarts.append(count + 1) }
            } else {
                let value = scalar &- 0x10000
                units[count] = UInt16(truncatingIfNeeded: 0xD800 | value >> 10)
                count &+= 1
                // A low surrogate shares its high surrogate's start.
                if count & mask == 0 { checkpoints[count / checkpointSpacing] = Int32(truncatingIfNeeded: index) }
                units[count] = UInt16(truncatingIfNeeded: 0xDC00 | value & 0x3FF)
            }
            index &+= length
            count &+= 1
        }
        if count & mask == 0 { checkpoints[count / checkpointSpacing] = Int32(truncatingIfNeeded: end) }
        return count
    }
}
