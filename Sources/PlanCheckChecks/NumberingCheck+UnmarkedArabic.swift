import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// A short line after an Arabic heading that opens with the next number and no mark
/// (`5、喷杀操作重点:` … `6注意事项:`): the heading parser needs the mark, so it is read here.
extension NumberingCheck {
    func unmarkedArabicHeadings(rule: Rule, headings: [Heading], in context: CheckContext) -> [Finding] {
        let arabic = headings.filter { $0.style == .arabic }
        guard !arabic.isEmpty else { return [] }
        let units = context.document.utf16
        let lastLine = context.document.sourceMap.lineIndex(of: max(context.piece.range.lowerBound, context.piece.range.upperBound - 1))
        var findings: [Finding] = []
        for (index, heading) in arabic.enumerated() {
            let next = index + 1 < arabic.count ? arabic[index + 1] : nil
            // The next heading is the number due: nothing lost between.
            if next?.value == heading.value + 1 { continue }
            let end = min(next.map { $0.line - 1 } ?? lastLine + 1, heading.line + Self.unmarkedReach)
            let digits = Array(String(heading.value + 1).utf16)
            // Lines are 0-based here: `heading.line` is the line below the heading's.
            guard end > heading.line else { continue }
            for line in heading.line..<end where line <= lastLine {
                let range = Self.trimmedLine(line, in: context)
                guard range.count > digits.count + 1, range.count <= Self.plainHeadingLength,
                      units[range.lowerBound..<range.lowerBound + digits.count].elementsEqual(digits) else { continue }
                let after = units[range.lowerBound + digits.count]
                guard (0x4E00...0x9FFF).contains(after), !Self.measureWords.contains(after),
                      let last = units[range].last, !Self.sentenceEnds.contains(last) else { continue }
                let number = range.lowerBound..<range.lowerBound + digits.count
                let text = context.document.text(in: number)
                let mark = context.document.text(in: heading.markerRange.upperBound - 1..<heading.markerRange.upperBound)
                findings.append(context.finding(rule: rule, range: number,
                                                message: markMessage.filled(match: text, expected: text + mark, year: context.outline.year),
                                                replacement: text + mark))
                break
            }
        }
        return findings
    }

    /// How many lines after a heading its unmarked successor is looked for.
    static let unmarkedReach = 30

    /// Words a number is read with in prose (`6月`, `5岁`, `3个`, `2人`): such a line is no heading.
    static let measureWords: Set<UInt16> = Set("年月日时分秒岁个人次项名家所天周期届级类种份场户号元万千百亿台张件篇床例批套组起处只头条支辆吨米倍成".utf16)
    /// 。；;，,、: a line that ends with one is a sentence or a list, no heading.
    static let sentenceEnds: Set<UInt16> = [0x3002, 0xFF1B, 0x3B, 0xFF0C, 0x2C, 0x3001]
}
