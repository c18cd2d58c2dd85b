/// Folds text so that equivalent spellings match alike, one UTF-16 unit to one: offsets in the
/// folded text are offsets in the original, so findings point at the characters as written.
///
/// Folded: full-width ASCII forms (`（一）` → `(一)`, `４月` → `4月`), the ideographic space,
/// and Traditional characters common in reposted copies (→ Simplified).
package enum TextNormalizer {
    package static func fold(_ unit: UInt16) -> UInt16 {
        table[Int(unit)]
    }

    /// Every UTF-16 unit mapped to its folded form: one array read per character, on the text of
    /// every document.
    private static let table: [UInt16] = {
        // Filled in place: mapping a range of 65,536 through a closure cost a million instructions at start-up.
        var table = [UInt16](unsafeUninitializedCapacity: 0x10000) { table, count in
            for unit in 0...0xFFFF { table[unit] = UInt16(truncatingIfNeeded: unit) }
            count = 0x10000
        }
        for unit in 0xFF01...0xFF5E { table[unit] = UInt16(unit - 0xFEE0) }
        table[0x3000] = 0x20
        for (traditional, simplified) in TraditionalToSimplified.table {
            table[Int(traditional)] = simplified
        }
        return table
    }()

    /// Every unit folded, in one loop over raw buffers with the table fetched once.
    package static func fold(_ units: [UInt16]) -> [UInt16] {
        let table = table
        return [UInt16](unsafeUninitializedCapacity: units.count) { folded, count in
            units.withUnsafeBufferPointer { source in
                table.withUnsafeBufferPointer { table in
                    for index in 0..<source.count {
                        folded[index] = table[Int(source[index])]
                    }
                }
            }
            count = units.count
        }
    }

    package static func fold(_ text: String) -> String {
        String(decoding: fold(Array(text.utf16)), as: UTF16.self)
    }
}
