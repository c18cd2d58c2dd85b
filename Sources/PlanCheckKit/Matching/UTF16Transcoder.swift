/// Turns UTF-16 units into a `String` by writing the UTF-8 bytes directly: the standard library's
/// generic `String(decoding:as: UTF16.self)` parses scalar by scalar and cost a tenth of a
/// document's checking time. A lone surrogate becomes U+FFFD, one unit for one, so every UTF-16
/// offset stays valid.
enum UTF16Transcoder {
    static func string(from units: [UInt16]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 3)
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            var scalar = UInt32(unit)
            if UTF16.isLeadSurrogate(unit), index < units.count, UTF16.isTrailSurrogate(units[index]) {
                scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                index += 1
            } else if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) {
                scalar = 0xFFFD
            }
            switch scalar {
            case ..<0x80:
                bytes.append(UInt8(scalar))
            case ..<0x800:
                bytes.append(UInt8(0xC0 | (scalar >> 6)))
                bytes.append(UInt8(0x80 | (scalar & 0x3F)))
            case ..<0x10000:
                bytes.append(UInt8(0xE0 | (scalar >> 12)))
                bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (scalar & 0x3F)))
            default:
                bytes.append(UInt8(0xF0 | (scalar >> 18)))
                bytes.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
