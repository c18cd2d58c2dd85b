/// Replacements in the bytes of an XML part, each a range of the original and what stands there
/// instead (an empty range inserts): the one way the comment writers rewrite a part, so every
/// byte they do not touch is copied as it was.
enum ByteEdits {
    /// `xml` with `edits` made, in the order of their ranges; an insertion at the start of a
    /// replaced range goes before it, and an edit overlapping an earlier one is left out.
    static func apply(_ edits: [(range: Range<Int>, bytes: [UInt8])], to xml: [UInt8]) -> [UInt8] {
        let ordered = edits.sorted { ($0.range.lowerBound, $0.range.isEmpty ? 0 : 1) < ($1.range.lowerBound, $1.range.isEmpty ? 0 : 1) }
        var out: [UInt8] = []
        out.reserveCapacity(xml.count + edits.reduce(0) { $0 + $1.bytes.count })
        var copied = 0
        for edit in ordered where edit.range.lowerBound >= copied {
            out += xml[copied..<edit.range.lowerBound]
            out += edit.bytes
            copied = edit.range.upperBound
        }
        out += xml[copied...]
        return out
    }
}
