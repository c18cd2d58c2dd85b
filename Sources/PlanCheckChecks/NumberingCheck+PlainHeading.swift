import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// A heading written without its number between two that skip it (`一、指导思想 … 目标任务 …
/// 三、重点工作`): the skip is that heading's lost number, so it is reported there, not at the
/// next number, which is right.
extension NumberingCheck {
    /// The one plain heading line between two numbered lines (1-based, exclusive) — short, no
    /// number, no punctuation of a sentence — or nil when there is none or more than one (a list
    /// of plain subheadings is no lost number).
    func plainHeading(between first: Int, and last: Int, headingLines: Set<Int>, in context: CheckContext) -> Range<Int>? {
        guard last - first > 1 else { return nil }
        let units = context.document.utf16
        var found: Range<Int>?
        for line in (first + 1)..<last where !headingLines.contains(line) {
            let range = Self.trimmedLine(line - 1, in: context)
            guard range.count >= Self.plainHeadingMinimum, range.count <= Self.plainHeadingLength,
                  !units[range].contains(where: Self.isPunctuation),
                  !context.outline.residueLines.contains(where: { $0.overlaps(range) }) else { continue }
            if found != nil { return nil }
            found = range
        }
        return found
    }

    /// The one section heading that lost its 、 between a list and the list's restart at 1
    /// (`5、…` / `二卫生工作的主要任务` / `1、加强农村卫生服务网络建设`): a short line without
    /// punctuation that opens with a Chinese number. The restart is that section's own list, not
    /// a slip; the heading's lost mark is. Nil unless there is exactly one such line.
    func unmarkedSection(between first: Int, and last: Int, headingLines: Set<Int>,
                         in context: CheckContext) -> (value: Int, range: Range<Int>)? {
        guard let plain = plainHeading(between: first, and: last, headingLines: headingLines, in: context) else { return nil }
        let line = context.document.sourceMap.lineIndex(of: plain.lowerBound)
        guard let number = UnmarkedHeading.number(in: context.document, line: line), number.range.lowerBound == plain.lowerBound,
              plain.upperBound - number.range.upperBound >= Self.plainHeadingMinimum else { return nil }
        return number
    }

    func plainHeadingFinding(rule: Rule, range: Range<Int>, number: Int, like heading: Heading, in context: CheckContext) -> Finding {
        let text = context.document.text(in: range)
        let marker = context.document.text(in: heading.markerRange)
        let expected = NumberingMarker.marker(number, style: heading.style, like: marker) + text
        return context.finding(rule: rule, range: range,
                               message: plainMessage.filled(match: text, expected: expected, year: context.outline.year),
                               replacement: expected)
    }

    /// A heading has a few characters at least (`目标任务`); a line of one or two is a label or a signature.
    private static let plainHeadingMinimum = 3

    /// Punctuation a heading has none of: sentence ends, commas, colons, brackets, digits and
    /// quotes (a plain line holding them is a sentence, a date or a label, not a lost heading).
    private static func isPunctuation(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x3002, 0xFF0C, 0x2C, 0x3001, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0xFF01, 0x21, 0xFF1F, 0x3F, 0x2E,
             0xFF08, 0xFF09, 0x28, 0x29, 0x300A, 0x300B, 0x201C, 0x201D, 0x22, 0x30...0x39: true
        default: false
        }
    }
}
