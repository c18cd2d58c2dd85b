import PlanCheckDocuments

/// A lettered item that lost the mark its siblings keep: `A检查库房…` above `B、检查办公室…` and
/// `C、检查室内…`. A capital opening a line is common without being an item (`A群流脑疫苗`, `B超`),
/// so a letter counts only inside a list that runs A, B, C … line by line, with at least two of
/// its items marked the same way and the unmarked one followed by a Han character.
package enum UnmarkedLetterItem {
    package struct Found: Sendable, Equatable {
        /// The letter alone (`A`).
        package var range: Range<Int>
        /// The mark its siblings put after their letters (`、` `.` `．`).
        package var mark: UInt16
    }

    /// The unmarked items of lettered lists in `range`, in text order.
    package static func find(in document: Document, range: Range<Int>) -> [Found] {
        let units = document.utf16
        var found: [Found] = []
        var run: [Item] = []
        func close() {
            defer { run = [] }
            guard run.count >= 3 else { return }
            var counts: [UInt16: Int] = [:]
            for item in run { if let mark = item.mark { counts[mark, default: 0] += 1 } }
            // The mark most items use; ties go to the smaller unit, so the choice does not depend on hashing.
            guard let (mark, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count >= 2 else { return }
            found += run.filter { $0.mark == nil }.map { Found(range: $0.letter..<$0.letter + 1, mark: mark) }
        }
        for line in TextLine.lines(of: document, in: range) {
            let body = line.trimmed(in: units)
            guard let item = item(units, in: body, line: line.number) else { continue }
            if let last = run.last, last.value + 1 == item.value, item.line - last.line <= maximumLineGap {
                run.append(item)
            } else {
                close()
                if item.value == 0 { run = [item] }
            }
        }
        close()
        return found
    }

    private struct Item {
        var letter: Int
        /// 0 for A.
        var value: Int
        var mark: UInt16?
        var line: Int
    }

    /// The lettered item opening a line: a capital A–Z (ASCII or full-width), then a mark or a Han character.
    private static func item(_ units: [UInt16], in body: Range<Int>, line: Int) -> Item? {
        guard body.count >= 3 else { return nil }
        let first = units[body.lowerBound]
        let value: Int
        switch first {
        case 0x41...0x5A: value = Int(first - 0x41)
        case 0xFF21...0xFF3A: value = Int(first - 0xFF21)
        default: return nil
        }
        let next = units[body.lowerBound + 1]
        if marks.contains(next), Glyph.isHan(units[body.lowerBound + 2]) {
            return Item(letter: body.lowerBound, value: value, mark: next, line: line)
        }
        // A letter glued to a word, as `B超`, `A级` are: only an item where the list around it says so.
        guard Glyph.isHan(next) else { return nil }
        return Item(letter: body.lowerBound, value: value, mark: nil, line: line)
    }

    /// Marks after an item's letter: 、 . ．
    private static let marks: Set<UInt16> = [0x3001, 0x2E, 0xFF0E]

    /// Lines an item's text may run over before the next item.
    private static let maximumLineGap = 3
}
