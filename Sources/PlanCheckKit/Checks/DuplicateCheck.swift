/// `duplicate`: a paragraph that repeats an earlier one of the same document (compared on
/// letters and ideographs, so punctuation and spacing changes do not hide it), at least the
/// rule's `min-length` long. Reported at the repeat, naming the line of the first.
public struct DuplicateCheck: Check {
    public init() {}

    public func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let map = context.document.sourceMap
        let first = map.lineIndex(of: context.piece.range.lowerBound)
        let last = map.lineIndex(of: max(context.piece.range.lowerBound, context.piece.range.upperBound - 1))
        var seen: [[UInt16]: Int] = [:]
        var findings: [Finding] = []
        for index in first...last {
            let line = map.lineRange(at: index).clamped(to: context.piece.range)
            let content = context.folded[line].filter(Self.isContent)
            guard content.count >= rule.parameters.minimumLength else { continue }
            if let earlier = seen[content] {
                let trimmed = trimmedRange(line, in: context.document.utf16)
                let message = MessageTemplate.fill(rule.message, match: context.document.text(in: trimmed),
                                                   expected: "第\(earlier + 1)行", year: context.outline.year)
                findings.append(context.finding(rule: rule, range: trimmed, message: message))
            } else {
                seen[content] = index
            }
        }
        return CheckOutcome(findings: findings)
    }

    static func isContent(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x9FFF: true
        default: false
        }
    }

    /// The line without leading and trailing spaces, so the underline covers the words.
    private func trimmedRange(_ range: Range<Int>, in units: [UInt16]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, [0x20, 0x09, 0x3000].contains(units[start]) { start += 1 }
        while end > start, [0x20, 0x09, 0x3000, 0x0D].contains(units[end - 1]) { end -= 1 }
        return start..<end
    }
}
