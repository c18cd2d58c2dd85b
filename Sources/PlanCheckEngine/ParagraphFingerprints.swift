import PlanCheckDocuments

/// Stable hashes of a piece's substantial paragraphs, so reports can find near-duplicate
/// submissions (one county copying another's plan) by the share of paragraphs they have in
/// common, without keeping any document's text.
package enum ParagraphFingerprints {
    /// Paragraphs shorter than this (in letters and ideographs) are headings or boilerplate.
    package static let minimumLength = 20

    /// FNV-1a over the folded letters and ideographs of each long line in `range`, sorted and
    /// unique. FNV rather than `Hasher`, whose seed changes every run.
    package static func of(_ folded: [UInt16], lines: SourceMap, in range: Range<Int>) -> [UInt64] {
        var hashes: Set<UInt64> = []
        let first = lines.lineIndex(of: range.lowerBound)
        let last = lines.lineIndex(of: max(range.lowerBound, range.upperBound - 1))
        for index in first...last {
            let line = lines.lineRange(at: index).clamped(to: range)
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var length = 0
            for unit in folded[line] where isContent(unit) {
                hash = (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01B3
                length += 1
            }
            if length >= minimumLength { hashes.insert(hash) }
        }
        return hashes.sorted()
    }

    /// Letters, digits and ideographs: punctuation and spacing differences do not hide a copy.
    private static func isContent(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x9FFF: true
        default: false
        }
    }
}
