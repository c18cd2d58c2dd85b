import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// Headings whose number was lost while its mark stayed (`、深入贯彻执行…` under `（一）传染病监测`,
/// `)健全应急管理机构` under `一、我县应急管理工作现状`): no line of text opens with a 、, and none
/// with a closing bracket whose opening one is not on the line before. Reported there, with the
/// number the heading above leaves for it.
extension NumberingCheck {
    func lostNumbers(rule: Rule, headings: [Heading], in context: CheckContext) -> [Finding] {
        let document = context.document
        let units = document.utf16
        let map = document.sourceMap
        let piece = context.piece.range
        guard !piece.isEmpty else { return [] }
        var findings: [Finding] = []
        var previousText: Range<Int>?
        var nextHeading = 0
        for line in map.lineIndex(of: piece.lowerBound)...map.lineIndex(of: piece.upperBound - 1) {
            let range = Self.trimmedLine(line, in: context)
            guard !range.isEmpty else { continue }
            defer { previousText = range }
            let mark = units[range.lowerBound]
            guard mark == 0x3001 || mark == 0x29 || mark == 0xFF09, range.count >= Self.lostNumberLineLength,
                  (0x4E00...0x9FFF).contains(units[range.lowerBound + 1]) else { continue }
            // A bracket closed on the next line is the end of a note wrapped there (`(含…` / `)`).
            if mark != 0x3001, let previousText, Self.leavesBracketOpen(units[previousText]) { continue }
            while nextHeading < headings.count, headings[nextHeading].line <= line { nextHeading += 1 }
            let above = headings[..<nextHeading].last { opensLine($0, in: document) && $0.style != .enumeration }
            guard let above, let (value, style) = Self.lostNumber(closing: mark, under: above, headings: headings[..<nextHeading]) else { continue }
            let textEnd = units[range.dropFirst()].firstIndex(where: Self.endsHeadingText) ?? range.upperBound
            let span = range.lowerBound..<min(textEnd, range.lowerBound + Self.lostNumberExcerpt)
            let text = document.text(in: span.lowerBound + 1..<span.upperBound)
            let expected = NumberingMarker.marker(value, style: style, like: mark == 0x3001 ? "1、" : mark == 0xFF09 ? "（" : "(") + text
            let match = document.text(in: span)
            findings.append(context.finding(rule: rule, range: span,
                                            message: plainMessage.filled(match: match, expected: expected, year: context.outline.year),
                                            replacement: expected))
        }
        return findings
    }

    /// The number and style a lost number takes from the heading above it: after a `一、` the next
    /// `、` heading is its sibling and a bracket its first child; after a `（一）` a `、` is its first
    /// `1、` and a bracket its sibling; after a `1、` a `、` is its sibling and a bracket its first `（1）`.
    /// A child counts on from the last of its style since that heading.
    private static func lostNumber(closing mark: UInt16, under above: Heading, headings: ArraySlice<Heading>) -> (Int, NumberingStyle)? {
        let comma = mark == 0x3001
        let style: NumberingStyle
        switch above.style {
        case .chineseComma: style = comma ? .chineseComma : .chineseParen
        case .chineseParen: style = comma ? .arabic : .chineseParen
        case .arabic: style = comma ? .arabic : .arabicParen
        case .arabicParen where !comma: style = .arabicParen
        default: return nil
        }
        if style == above.style { return (above.value + 1, style) }
        let since = headings.last { $0.style == style && $0.line > above.line }
        return ((since?.value ?? 0) + 1, style)
    }

    /// Whether a line holds an opening bracket that it does not close.
    private static func leavesBracketOpen(_ units: ArraySlice<UInt16>) -> Bool {
        var depth = 0
        for unit in units {
            if unit == 0x28 || unit == 0xFF08 { depth += 1 } else if unit == 0x29 || unit == 0xFF09 { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// The heading's text ends at a clause's end (。，,；;：:).
    private static func endsHeadingText(_ unit: UInt16) -> Bool {
        [0x3002, 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF1A, 0x3A].contains(unit)
    }

    /// A heading's mark and a few words at least (`、加强领导`): a shorter line is a fragment.
    static let lostNumberLineLength = 5
    /// At most this many units of the heading are quoted.
    static let lostNumberExcerpt = 24
}
