/// Tests on eight bytes at once (one `UInt64` loaded from a string's UTF-8), for the scans that
/// run over every string a report writes: a word that holds none of the bytes looked for is
/// passed over whole. Each test may answer yes wrongly, never no wrongly (a borrow can flag the
/// byte above a match), so a flagged word is then checked byte by byte.
package enum ByteWords {
    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// Whether some byte of `word` may be `byte`.
    @inlinable @inline(__always)
    package static func mayHold(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highs != 0
    }

    /// Whether some byte of `word` may be below `limit` (at most 0x80).
    @inlinable @inline(__always)
    package static func mayHold(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether `bytes` hold a byte `exact` accepts (given the bytes and an offset), testing eight
    /// at a time with `mayHold` first.
    @inlinable @inline(__always)
    package static func contains(_ bytes: UnsafeBufferPointer<UInt8>, mayHold: (UInt64) -> Bool,
                         where exact: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            if mayHold(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                for position in index..<(index + 8) where exact(bytes, position) { return true }
            }
            index += 8
        }
        while index < bytes.count {
            if exact(bytes, index) { return true }
            index += 1
        }
        return false
    }
}
