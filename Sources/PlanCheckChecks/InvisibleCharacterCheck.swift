import PlanCheckCore
import PlanCheckRules

/// `invisible`: characters that show nothing (zero-width spaces and joiners, soft hyphens, BOMs,
/// bidirectional marks, variation selectors, tag characters) inside the text. Document-sharing
/// sites insert them, and a keyword with one inside reads as missing to a reader's search, though
/// plancheck's own literal search passes over them. One finding for each run of them;
/// `{expected}` names the characters.
package struct InvisibleCharacterCheck: Check {
    package static let name = "invisible"
    package static let keys: [String] = []

    package init() {}

    package init(decoding fields: YAMLFields) throws {}

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        var findings = context.findingList()
        let units = context.document.utf16
        for scope in context.ranges(for: rule.scope) {
            var position = scope.lowerBound
            while position < scope.upperBound {
                // Over the buffer to the next unit that may be invisible: most documents have none.
                position = units.withUnsafeBufferPointer { buffer in
                    var cursor = position
                    let end = min(scope.upperBound, buffer.count)
                    while cursor < end, !Self.mayBeInvisible(buffer[cursor]) { cursor += 1 }
                    return cursor
                }
                guard position < scope.upperBound else { break }
                guard TextNormalizer.isInvisible(units[position]) else {
                    position += 1
                    continue
                }
                let start = position
                var names: [String] = []
                while position < scope.upperBound, TextNormalizer.isInvisible(units[position]) {
                    let pair = units[position] == 0xDB40 && position + 1 < units.count
                    let name = Self.name(of: units[position], trail: pair ? units[position + 1] : nil)
                    if !names.contains(name) { names.append(name) }
                    position += pair ? 2 : 1
                }
                let run = start..<min(position, scope.upperBound)
                findings.append(context.finding(
                    rule: rule, range: run,
                    message: rule.messageTemplate.filled(match: context.document.text(in: run), expected: names.joined(separator: "、"),
                                                         year: context.outline.year)))
            }
        }
        return CheckOutcome(findings)
    }

    /// False for the units most text is made of (ASCII, Latin, CJK), which no invisible
    /// character is among: a compare or two per unit instead of a call of `isInvisible` on
    /// every unit of every document.
    @inline(__always)
    static func mayBeInvisible(_ unit: UInt16) -> Bool {
        unit >= 0x00AD && !(0x2070..<0xDB40).contains(unit) && !(0xDB41..<0xFE00).contains(unit)
    }

    /// The character's code point and what it is, as a clerk can look it up (`U+200B 零宽空格`).
    static func name(of unit: UInt16, trail: UInt16?) -> String {
        if unit == 0xDB40, let trail {
            let scalar = 0xE0000 + (Int(trail) - 0xDC00)
            let kind = scalar >= 0xE0100 ? "变体选择符" : "标签字符"
            return "U+\(String(scalar, radix: 16, uppercase: true)) \(kind)"
        }
        let kind = switch unit {
        case 0x00AD: "软连字符"
        case 0x200B: "零宽空格"
        case 0x200C: "零宽不连字"
        case 0x200D: "零宽连字"
        case 0x2060: "词连接符"
        case 0xFEFF: "字节顺序标记（零宽不换行空格）"
        case 0xFE00...0xFE0F: "变体选择符"
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: "文字方向控制符"
        default: "不可见字符"
        }
        let hex = String(unit, radix: 16, uppercase: true)
        return "U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex) \(kind)"
    }
}
