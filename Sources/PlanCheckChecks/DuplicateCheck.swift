import PlanCheckCore
import PlanCheckRules

/// `duplicate`: a paragraph that repeats an earlier one of the same document (compared on
/// letters and ideographs, so punctuation and spacing changes do not hide it), at least the
/// rule's `min-length` long. Reported at the repeat, naming the line of the first.
package struct DuplicateCheck: Check {
    package static let name = "duplicate"
    package static let keys = ["min-length"]

    /// The shortest paragraph (letters and ideographs) worth reporting.
    package let minimumLength: Int

    package init(minimumLength: Int = 20) {
        self.minimumLength = minimumLength
    }

    package init(decoding fields: YAMLFields) throws {
        self.init(minimumLength: try fields.int("min-length", in: 2...10_000) ?? 20)
    }

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let map = context.document.sourceMap
        let first = map.lineIndex(of: context.piece.range.lowerBound)
        let last = map.lineIndex(of: max(context.piece.range.lowerBound, context.piece.range.upperBound - 1))
        // Lines keyed by a hash of their content, confirmed unit by unit on a hit: hashing the
        // units themselves as dictionary keys was most of this check's time. Lines whose hash
        // is taken by a different line (all but never) wait in `collided`.
        var seen = [UInt64: Int](minimumCapacity: min(last - first + 1, 4096))
        var collided: [(hash: UInt64, line: Int)] = []
        var findings = context.findingList()
        let folded = context.folded
        func content(_ line: Int) -> some Sequence<UInt16> {
            folded[map.lineRange(at: line).clamped(to: context.piece.range)].lazy.filter(Self.isContent)
        }
        for index in first...last {
            let (hash, length) = Self.contentHash(folded, map.lineRange(at: index).clamped(to: context.piece.range))
            guard length >= minimumLength else { continue }
            guard let firstSeen = seen[hash] else {
                seen[hash] = index
                continue
            }
            let candidates = [firstSeen] + collided.filter { $0.hash == hash }.map(\.line)
            if let earlier = candidates.first(where: { content($0).elementsEqual(content(index)) }) {
                let line = map.lineRange(at: index).clamped(to: context.piece.range)
                // A task list's field says the same for many tasks (`牵头单位：县卫健委`): no copy slip.
                if Self.isTaskField(folded[line]) { continue }
                let trimmed = trimmedRange(line, in: context.document.utf16)
                let message = rule.messageTemplate.filled(match: context.document.text(in: trimmed),
                                                   expected: "第\(earlier + 1)行", year: context.outline.year)
                findings.append(context.finding(rule: rule, range: trimmed, message: message))
            } else {
                collided.append((hash, index))
            }
        }
        return CheckOutcome(findings)
    }

    /// FNV-1a over the content units of `range`, and how many there are: one loop over the raw
    /// units, since every line of every document goes through it.
    private static func contentHash(_ units: [UInt16], _ range: Range<Int>) -> (hash: UInt64, length: Int) {
        units.withUnsafeBufferPointer { units in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var length = 0
            for position in range where isContent(units[position]) {
                hash = (hash ^ UInt64(units[position])) &* 0x100_0000_01B3
                length += 1
            }
            return (hash, length)
        }
    }

    @inline(__always)
    static func isContent(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x9FFF: true
        default: false
        }
    }

    /// Whether a line is a field of a task list or table, flattened to `label：value`: a short
    /// label naming who does a task or by when (`主要协作单位：`, `责任部门：`, `完成时限：`,
    /// `责任人：`). Told only for a repeat, so the cost is nothing on most lines.
    static func isTaskField(_ line: ArraySlice<UInt16>) -> Bool {
        let text = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x3000 }
        guard let colon = text.prefix(maximumFieldLabel + 1).firstIndex(where: { $0 == 0x3A || $0 == 0xFF1A }) else { return false }
        let label = text[..<colon]
        return taskFieldEnds.contains { label.count > $0.count && label.suffix($0.count).elementsEqual($0) }
    }

    private static let maximumFieldLabel = 10
    private static let taskFieldEnds = ["单位", "部门", "时限", "时间", "责任人", "负责人", "联系人"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// The line without leading and trailing spaces, so the underline covers the words.
    private func trimmedRange(_ range: Range<Int>, in units: [UInt16]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, [0x20, 0x09, 0x3000].contains(units[start]) { start += 1 }
        while end > start, [0x20, 0x09, 0x3000, 0x0D].contains(units[end - 1]) { end -= 1 }
        return start..<end
    }
}
