/// A text's UTF-16 code units and, for each unit, where its character starts in the UTF-8
/// bytes, built in one pass over the bytes.
///
/// Every range in plancheck is a UTF-16 range, but a Swift string is UTF-8: `Array(text.utf16)`
/// transcodes generically, and slicing the string by UTF-16 offsets walks its breadcrumbs each
/// time. With the offsets at hand, the text of a range is a slice of the bytes.
struct UTF16Layout {
    var units: [UInt16]
    /// `utf8Offsets[i]`: the UTF-8 offset of the character unit `i` belongs to (a low surrogate
    /// shares its high surrogate's); one more entry for the end of the text.
    var utf8Offsets: [Int32]

    init(_ text: String) {
        var text = text
        var offsets: [Int32] = []
        // Written through unsafe buffers: appending unit by unit checked capacity at every step.
        units = text.withUTF8 { bytes in
            [UInt16](unsafeUninitializedCapacity: bytes.count) { units, unitCount in
                offsets = [Int32](unsafeUninitializedCapacity: bytes.count + 1) { starts, startCount in
                    var index = 0
                    var count = 0
                    func emit(_ unit: UInt32, _ start: Int) {
                        units[count] = UInt16(truncatingIfNeeded: unit)
                        starts[count] = Int32(truncatingIfNeeded: start)
                        count += 1
                    }
                    while index < bytes.count {
                        let lead = UInt32(bytes[index])
                        // The string is valid UTF-8, so the continuation bytes are there.
                        if lead < 0x80 {
                            emit(lead, index)
                            index += 1
                        } else if lead < 0xE0 {
                            emit((lead & 0x1F) << 6 | UInt32(bytes[index + 1]) & 0x3F, index)
                            index += 2
                        } else if lead < 0xF0 {
                            emit((lead & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6 | UInt32(bytes[index + 2]) & 0x3F, index)
                            index += 3
                        } else {
                            let scalar = (lead & 0x07) << 18 | (UInt32(bytes[index + 1]) & 0x3F) << 12
                                | (UInt32(bytes[index + 2]) & 0x3F) << 6 | UInt32(bytes[index + 3]) & 0x3F
                            let value = scalar - 0x10000
                            emit(0xD800 | value >> 10, index)
                            emit(0xDC00 | value & 0x3FF, index)
                            index += 4
                        }
                    }
                    starts[count] = Int32(truncatingIfNeeded: bytes.count)
                    unitCount = count
                    startCount = count + 1
                }
            }
        }
        utf8Offsets = offsets
    }
}
