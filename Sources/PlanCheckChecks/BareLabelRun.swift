import PlanCheckCore
import PlanCheckDocuments

/// Labels that stand alone on their lines, each with a colon and nothing after it, two or more
/// lines in a row (`组 长:` / `副组长:` / `成 员:`): the names that belong after them were left
/// out. A regex reads one line at a time, so the run of lines is looked for here. A single bare
/// label is left alone: a table copied cell by cell puts the name on the next line.
struct BareLabelRun {
    /// The labels, folded and without spaces (`组长`, `副组长`, `成员`).
    let labels: [[UInt16]]

    init(labels: [String]) {
        self.labels = labels.map { TextNormalizer.fold(Array($0.utf16)).filter { !Self.isSpace($0) } }
    }

    /// The trimmed lines in `range` that belong to a run of at least two bare labels, in order.
    func lines(in document: Document, folded: [UInt16], range: Range<Int>) -> [Range<Int>] {
        guard !labels.isEmpty, !range.isEmpty else { return [] }
        let map = document.sourceMap
        var found: [Range<Int>] = []
        var run: [Range<Int>] = []
        func close() {
            if run.count >= 2 { found += run }
            run = []
        }
        for line in map.lineIndex(of: range.lowerBound)...map.lineIndex(of: range.upperBound - 1) {
            let trimmed = Self.trimmed(map.lineRange(at: line).clamped(to: range), in: folded)
            // Blank lines between the labels keep the run going.
            if trimmed.isEmpty { continue }
            if isBareLabel(trimmed, in: folded) { run.append(trimmed) } else { close() }
        }
        close()
        return found
    }

    /// A label's characters, spaces between them allowed, then a colon and nothing else.
    private func isBareLabel(_ line: Range<Int>, in folded: [UInt16]) -> Bool {
        guard line.count <= Self.longestLine, line.count >= 2, [0x3A, 0xFF1A].contains(folded[line.upperBound - 1]) else { return false }
        let word = folded[line.lowerBound..<line.upperBound - 1].filter { !Self.isSpace($0) }
        return labels.contains { $0.elementsEqual(word) }
    }

    private static let longestLine = 12

    private static func trimmed(_ range: Range<Int>, in units: [UInt16]) -> Range<Int> {
        var range = range
        while !range.isEmpty, isSpace(units[range.lowerBound]) || units[range.lowerBound] == 0x0D { range = range.lowerBound + 1..<range.upperBound }
        while !range.isEmpty, isSpace(units[range.upperBound - 1]) || units[range.upperBound - 1] == 0x0D { range = range.lowerBound..<range.upperBound - 1 }
        return range
    }

    private static func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x3000 }
}
