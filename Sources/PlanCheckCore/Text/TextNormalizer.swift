/// Folds text so that equivalent spellings match alike, one UTF-16 unit to one: offsets in the
/// folded text are offsets in the original, so findings point at the characters as written.
///
/// Folded: full-width ASCII forms (`（一）` → `(一)`, `４月` → `4月`), the ideographic space and
/// the no-break space, Traditional characters common in reposted copies (→ Simplified), and
/// characters that show nothing (zero-width spaces and joiners, word joiner, soft hyphen, BOM,
/// bidirectional marks, variation selectors, tag characters) to one unit, `ignorable`, that the
/// literal search passes over: `院\u{200B}感` still reads as 院感. (Document-sharing sites put them
/// inside words.) So do the pinyin readings some sites put after each Traditional character
/// (`衛(wèi)生服務(wù)`): a bracketed syllable with a tone mark right after a Han character folds to
/// `ignorable` too, and 衛(wèi)生 reads as 卫生.
package enum TextNormalizer {
    /// What every invisible character folds to (both halves of one outside the BMP).
    package static let ignorable: UInt16 = 0x200B

    /// Whether a unit of the original text is one that folds to `ignorable` (a lead surrogate of
    /// plane 14, which holds only tags and variation selectors, counts for its pair).
    @inlinable
    package static func isInvisible(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x00AD, 0x034F, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
             0xFE00...0xFE0F, 0xFEFF, 0xDB40: true
        default: false
        }
    }

    /// The units `isInvisible` accepts, as ranges: the table is filled from these rather than
    /// by asking `isInvisible` of all 65,536 units, which was a million instructions at start-up.
    /// A test holds the two to the same units.
    static let invisibleRanges: [ClosedRange<UInt16>] = [
        0x00AD...0x00AD, 0x034F...0x034F, 0x061C...0x061C, 0x180E...0x180E, 0x200B...0x200F, 0x202A...0x202E,
        0x2060...0x2064, 0x2066...0x206F, 0xFE00...0xFE0F, 0xFEFF...0xFEFF, 0xDB40...0xDB40,
    ]

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
        table[0x00A0] = 0x20
        for range in invisibleRanges { for unit in range { table[Int(unit)] = ignorable } }
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
                    var planeFourteen = false
                    var toneMarks = false
                    for index in 0..<source.count {
                        // The trail of a plane-14 pair (tags, variation selectors) is invisible too.
                        folded[index] = planeFourteen ? ignorable : table[Int(source[index])]
                        planeFourteen = source[index] == 0xDB40
                        // Tone-marked vowels lie between à (U+00E0) and ǜ (U+01DC): one compare for the rest.
                        toneMarks = toneMarks || (source[index] &- 0xE0 <= 0x1DC - 0xE0 && PinyinReading.isToneMarked(source[index]))
                    }
                    // Only a text with a tone-marked letter can hold a reading: most have none.
                    if toneMarks { PinyinReading.foldReadings(in: folded, count: source.count, ignorable: ignorable) }
                }
            }
            count = units.count
        }
    }

    package static func fold(_ text: String) -> String {
        String(decoding: fold(Array(text.utf16)), as: UTF16.self)
    }
}
