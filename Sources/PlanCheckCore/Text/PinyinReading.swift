/// Pinyin readings that document-sharing sites insert after Traditional characters
/// (`國家基本公共衛(wèi)生服務(wù)項(xiàng)目`): a bracket right after a Han character holding one
/// syllable of at most six Latin letters, at least one with a tone mark. No plan writes pinyin in
/// brackets after a character, so such a reading is never the document's own text.
enum PinyinReading {
    /// Vowels with a pinyin tone mark (ā á ǎ à and the same on e i o u ü).
    @inlinable
    static func isToneMarked(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x00E0, 0x00E1, 0x00E8, 0x00E9, 0x00EC, 0x00ED, 0x00F2, 0x00F3, 0x00F9, 0x00FA,
             0x0101, 0x0113, 0x011B, 0x012B, 0x014D, 0x016B, 0x01CE, 0x01D0, 0x01D2, 0x01D4,
             0x01D6, 0x01D8, 0x01DA, 0x01DC: true
        default: false
        }
    }

    static let longestSyllable = 6

    /// Sets every unit of each reading in `folded` (already folded: `（` is `(`) to `ignorable`.
    static func foldReadings(in folded: UnsafeMutableBufferPointer<UInt16>, count: Int, ignorable: UInt16) {
        var index = 1
        while index < count {
            guard folded[index] == 0x28, isHan(folded[index - 1]) else { index += 1; continue } // (
            var end = index + 1
            var marked = false
            while end < count, end - index - 1 < longestSyllable, isPinyinLetter(folded[end]) {
                marked = marked || isToneMarked(folded[end])
                end += 1
            }
            guard marked, end < count, folded[end] == 0x29 else { index += 1; continue } // )
            for unit in index...end { folded[unit] = ignorable }
            index = end + 1
        }
    }

    private static func isHan(_ unit: UInt16) -> Bool {
        (0x4E00...0x9FFF).contains(unit) || (0x3400...0x4DBF).contains(unit)
    }

    private static func isPinyinLetter(_ unit: UInt16) -> Bool {
        (0x61...0x7A).contains(unit) || unit == 0xFC || isToneMarked(unit)
    }
}
