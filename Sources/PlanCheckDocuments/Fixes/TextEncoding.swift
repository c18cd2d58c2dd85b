/// Writes text back in the encoding `TextDecoding` read it from, so a fixed file keeps the
/// encoding its author's editor chose (a GB18030 file opened in Notepad must stay GB18030).
package enum TextEncoding {
    /// The bytes of `text` in `encoding` (`UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030`), with a
    /// byte order mark when `byteOrderMark` (UTF-16 always has one: it was read by it). Nil for
    /// another encoding, or text the encoding cannot hold.
    package static func encode(_ text: String, as encoding: String, byteOrderMark: Bool) -> [UInt8]? {
        switch encoding {
        case "UTF-8":
            return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        case "UTF-16LE", "UTF-16BE":
            let little = encoding == "UTF-16LE"
            var bytes: [UInt8] = little ? [0xFF, 0xFE] : [0xFE, 0xFF]
            bytes.reserveCapacity(2 + text.utf16.count * 2)
            for unit in text.utf16 {
                let (low, high) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
                bytes += little ? [low, high] : [high, low]
            }
            return bytes
        case "GB18030":
            return TextDecoding.iconvConvert(Array(text.utf8), from: "UTF-8", to: "GB18030")
        default:
            return nil
        }
    }

    /// Whether writing the decoded text back gives the very bytes it was read from. Only then is
    /// a fixed file the original with the fixed words changed and nothing else: a GB18030 byte
    /// sequence that two code points share, say, would come back different.
    package static func roundTrips(_ bytes: [UInt8], text: String, encoding: String) -> Bool {
        encode(text, as: encoding, byteOrderMark: bytes.starts(with: [0xEF, 0xBB, 0xBF])) == bytes
    }
}
