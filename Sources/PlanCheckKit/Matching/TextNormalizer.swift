/// Folds text so that equivalent spellings match alike, one UTF-16 unit to one: offsets in the
/// folded text are offsets in the original, so findings point at the characters as written.
///
/// Folded: full-width ASCII forms (`（一）` → `(一)`, `４月` → `4月`), the ideographic space,
/// and Traditional characters common in reposted copies (→ Simplified).
public enum TextNormalizer {
    public static func fold(_ unit: UInt16) -> UInt16 {
        ideographs.withUnsafeBufferPointer { fold(unit, ideographs: $0) }
    }

    @inline(__always)
    private static func fold(_ unit: UInt16, ideographs: UnsafeBufferPointer<UInt16>) -> UInt16 {
        switch unit {
        case 0xFF01...0xFF5E: unit - 0xFEE0
        case 0x3000: 0x20
        case 0x4E00...0x9FFF: ideographs[Int(unit - 0x4E00)]
        default: unit
        }
    }

    /// The CJK unified ideographs block, each mapped to its folded form: an array lookup per
    /// character instead of a hash lookup on the hot path.
    private static let ideographs: [UInt16] = {
        var table = (0x4E00...0x9FFF).map { UInt16($0) }
        for (traditional, simplified) in TraditionalToSimplified.table {
            table[Int(traditional - 0x4E00)] = simplified
        }
        return table
    }()

    /// Every unit folded, in one loop over raw buffers with the table fetched once (mapping
    /// unit by unit went through the lazy table's guard at every character).
    public static func fold(_ units: [UInt16]) -> [UInt16] {
        let table = ideographs
        return [UInt16](unsafeUninitializedCapacity: units.count) { folded, count in
            units.withUnsafeBufferPointer { source in
                table.withUnsafeBufferPointer { ideographs in
                    for index in 0..<source.count {
                        folded[index] = fold(source[index], ideographs: ideographs)
                    }
                }
            }
            count = units.count
        }
    }

    public static func fold(_ text: String) -> String {
        String(decoding: fold(Array(text.utf16)), as: UTF16.self)
    }
}
