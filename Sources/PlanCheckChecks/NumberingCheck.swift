import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// `numbering`: within one parent heading, each numbering style must count 1, 2, 3 … A number
/// that skips (`2、` then `4、`), repeats (a second `（三）`) or goes back is reported at that
/// heading with the number expected there; going back to 1 starts a new sequence (an attachment,
/// the text after a table of contents), not an error; the entries of a table of contents
/// (`ContentsBlock`) are no sequence and are passed over. A skip whose missing numbers stand at the
/// head of lines between without their mark (`一、… 二加强… 三、…`) is reported as those missing
/// marks instead (`mark-message`); one whose missing number belongs to the one plain heading line
/// between (`一、… 目标任务 … 三、`) is reported there (`plain-message`). `一是/二是` enumerations
/// count within their paragraph.
package struct NumberingCheck: Check {
    package static let name = "numbering"
    package static let keys = ["mark-message", "form-message", "plain-message"]

    /// The message for a number that lost its mark; `{match}` is the number, `{expected}` it with its mark.
    let markMessage: MessageTemplate
    /// The message for a number written in another form than its siblings (`MixedMarker`);
    /// `{match}` is the marker as written, `{expected}` in its siblings' form.
    let formMessage: MessageTemplate
    /// The message for a heading written without its number where the numbers skip it
    /// (`plainHeading`); `{match}` is the heading, `{expected}` it with its number.
    let plainMessage: MessageTemplate

    static let defaultMarkMessage = "标题编号「{match}」后缺少顿号，应为「{expected}」"
    static let defaultFormMessage = "标题编号「{match}」与同级标题的写法不一致，应为「{expected}」"
    static let defaultPlainMessage = "标题「{match}」缺少编号，应为「{expected}」"

    package init(markMessage: String = defaultMarkMessage, formMessage: String = defaultFormMessage,
                 plainMessage: String = defaultPlainMessage) {
        self.markMessage = MessageTemplate(markMessage)
        self.formMessage = MessageTemplate(formMessage)
        self.plainMessage = MessageTemplate(plainMessage)
    }

    package init(decoding fields: YAMLFields) throws {
        self.init(markMessage: try fields.string("mark-message") ?? Self.defaultMarkMessage,
                  formMessage: try fields.string("form-message") ?? Self.defaultFormMessage,
                  plainMessage: try fields.string("plain-message") ?? Self.defaultPlainMessage)
    }

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let all = context.outline.headings
        // The outline is the piece's own, so its headings nearly always lie in the piece: kept
        // as they are rather than copied (a text of half a million headings).
        var headings = all.allSatisfy { context.piece.range.contains($0.markerRange.lowerBound) } ? all
            : all.filter { context.piece.range.contains($0.markerRange.lowerBound) }
        headings.sortIfNeeded { $0.markerRange.lowerBound < $1.markerRange.lowerBound }
        // A table's cells copied one to a line (`1.已开展…; |`) number their own lists, cell by cell.
        let cellLines = TableCellLines(context.document, range: context.piece.range)
        if !cellLines.isEmpty { headings = headings.filter { !cellLines.contains($0.line) } }
        var findings = findings(rule: rule, headings: headings, contents: nil, in: context)
        // A table of contents is looked for only when something was found (most documents have
        // none and number well): its entries are no sequence, so the headings are read again without them.
        if !findings.findings.isEmpty,
           let block = ContentsBlock.find(in: context.document, range: context.piece.range, headingLines: headings.map(\.line)) {
            let body = headings.filter { !block.lines.contains($0.line) }
            findings = self.findings(rule: rule, headings: body, contents: block.lines.lowerBound, in: context)
        }
        for finding in mixedForms(rule: rule, headings: headings, in: context) + unmarkedItems(rule: rule, in: context)
            + unmarkedLetters(rule: rule, in: context)
            + unmarkedRuns(rule: rule, headings: headings, in: context) + inlineSkips(rule: rule, headings: headings, in: context)
            + unmarkedArabicHeadings(rule: rule, headings: headings, in: context)
            + lostNumbers(rule: rule, headings: headings, in: context)
            where !(finding.span.map { cellLines.contains($0.start.line) } ?? false) {
            findings.append(finding)
        }
        return CheckOutcome(findings)
    }

    /// The findings over `headings` (in text order); `contents` is the line of a table of
    /// contents already passed over, after which numbering may start again at 1.
    private func findings(rule: Rule, headings: [Heading], contents: Int?, in context: CheckContext) -> FindingList {
        // The last number of each sibling group, groups in the order met: a document has a few
        // dozen, and the latest is the likeliest, so a search from the end beats hashing them.
        var groups: [SiblingGroup] = []
        var lastValues: [Int] = []
        var lastLines: [Int] = []
        var lastEnds: [Int] = []
        // Found at the first restart that needs it, once.
        lazy var contents = contents ?? contentsLine(in: context)
        var findings = context.findingList()
        let parents = parentIndices(of: headings)
        // The line of the latest heading (not an enumeration) that has had no enumeration under it yet.
        var awaitingFirstEnumeration: Int?
        lazy var headingLines = Set(headings.map(\.line))
        for (index, heading) in headings.enumerated() {
            // Only an enumeration that opens a line of its own below the heading: one inside a
            // paragraph often follows a `一是` the page lost at a break or wrote after a `.`.
            let opensEnumeration = heading.style == .enumeration && awaitingFirstEnumeration.map { $0 < heading.line } == true
                && opensLine(heading, in: context.document)
            awaitingFirstEnumeration = heading.style == .enumeration ? nil : heading.line
            let group = SiblingGroup(heading: heading, parent: parents[index])
            guard let slot = groups.lastIndex(of: group) else {
                groups.append(group)
                lastValues.append(heading.value)
                lastLines.append(heading.line)
                lastEnds.append(heading.markerRange.upperBound)
                // The first `一是` under a heading went missing (`（一）疫情防控工作` then `二是…`),
                // or the document's first `一、` (its outline opens at `二、` on a line of its own).
                if (opensEnumeration && heading.value > 1) || opensOutlineAtTwo(heading, index: index, in: headings, context: context)
                    || opensListAfterLeadIn(heading, in: context) {
                    let marker = context.document.text(in: heading.markerRange)
                    let expected = NumberingMarker.marker(1, style: heading.style, like: marker)
                    findings.append(context.finding(rule: rule, range: heading.markerRange,
                                                    message: rule.messageTemplate.filled(match: marker, expected: expected, year: context.outline.year),
                                                    replacement: expected))
                }
                continue
            }
            let previous = lastValues[slot]
            let previousLine = lastLines[slot]
            let previousEnd = lastEnds[slot]
            lastValues[slot] = heading.value
            lastLines[slot] = heading.line
            lastEnds[slot] = heading.markerRange.upperBound
            // Back to 1 under a line that heads it without a number (an attachment's title, the
            // text after a 目录, a subheading written plain): a new sequence, not a repeat.
            guard heading.value != previous + 1,
                  !(heading.value == 1 && (followsPlainHeading(heading, after: index, in: headings, parents: parents, context: context)
                                           || (heading.style != .chineseComma && followsLeadIn(heading, in: context))
                                           || (heading.style == .enumeration && followsColon(heading, in: context))
                                           || contents.map { $0 < heading.line } == true
                                           || documentTitle(between: previousLine, and: heading.line, in: context)
                                           || runOnHeading(above: heading, after: previousEnd, in: context))) else { continue }
            // A site cut text out between them (`……此处隐藏6794个字……`): what was numbered there is unseen.
            if hidesText(between: previousLine, and: heading.line, in: context)
                || hidesTextInline(previousEnd..<heading.markerRange.lowerBound, in: context) { continue }
            if heading.value == 1, heading.style != .chineseComma, heading.style != .enumeration,
               let lost = unmarkedSection(between: previousLine, and: heading.line, headingLines: headingLines, in: context) {
                findings.append(markFinding(rule: rule, number: lost, in: context))
                continue
            }
            // `1.提高护理质量; 2.促进疾病的恢复` then `3.…` on the next line: the numbers between run on
            // inside the line above, after a clause's end.
            if heading.style == .arabic, heading.value > previous + 1,
               runsOnInline(previous + 1..<heading.value, between: previousEnd..<heading.markerRange.lowerBound, like: heading, in: context) {
                continue
            }
            if heading.value > previous + 1, heading.style == .chineseComma,
               let unmarked = unmarkedNumbers(from: previous + 1, to: heading.value - 1, after: previousLine, before: heading.line, in: context) {
                for number in unmarked { findings.append(markFinding(rule: rule, number: number, in: context)) }
                continue
            }
            if heading.value == previous + 2, heading.style == .chineseComma,
               let plain = plainHeading(between: previousLine, and: heading.line, headingLines: headingLines, in: context) {
                findings.append(plainHeadingFinding(rule: rule, range: plain, number: previous + 1, like: heading, in: context))
                continue
            }
            let marker = context.document.text(in: heading.markerRange)
            let expected = NumberingMarker.marker(previous + 1, style: heading.style, like: marker)
            let message = rule.messageTemplate.filled(match: marker, expected: expected, year: context.outline.year)
            findings.append(context.finding(rule: rule, range: heading.markerRange, message: message, replacement: expected))
        }
        return findings
    }

    /// Whether a line between two lines (1-based, exclusive) is a document's title
    /// (`市卫健委2022年度工作总结与2023年度工作计划`): an outline of the document above it, or a
    /// second document after it, numbers on its own.
    private func documentTitle(between first: Int, and last: Int, in context: CheckContext) -> Bool {
        guard last - first > 1 else { return false }
        let map = context.document.sourceMap
        let units = context.document.utf16
        for line in first..<(last - 1) {
            let range = map.lineRange(at: line)
            guard range.count <= Self.titleLength, !range.isEmpty else { continue }
            let text = TextNormalizer.fold(Array(units[range]))
            let endsSentence = text.last(where: { $0 != 0x20 }).map { [0x3002, 0xFF1B, 0x3B, 0xFF0C, 0x2C].contains($0) } ?? true
            if !endsSentence, Self.titleWords.contains(where: { text.containsSubsequence($0) }), text.contains(0x5E74) { return true } // 年
        }
        return false
    }

    private static let titleLength = 48

    /// Whether each of `numbers` stands in `range`, in order, as `2.` (with `heading`'s delimiter)
    /// right after a clause's end (`;` `；` `。` or a space) and before a Chinese character.
    private func runsOnInline(_ numbers: Range<Int>, between range: Range<Int>, like heading: Heading, in context: CheckContext) -> Bool {
        let units = context.document.utf16
        guard let delimiter = heading.markerRange.last.map({ units[$0] }) else { return false }
        var cursor = range.lowerBound
        for number in numbers {
            let digits = Array(String(number).utf16)
            var found = false
            while cursor + digits.count + 1 < range.upperBound {
                defer { cursor += 1 }
                guard cursor > range.lowerBound, Self.isClauseEnd(units[cursor - 1]),
                      units[cursor..<cursor + digits.count].elementsEqual(digits), units[cursor + digits.count] == delimiter,
                      InlineSequence.opensItemText(units[cursor + digits.count + 1]) else { continue }
                found = true
                break
            }
            if !found { return false }
        }
        return true
    }

    /// Whether a colon stands right before `heading`'s marker in its line (`在综合管理层面:一要…`):
    /// a run-in list of 一要 or 一是 starts again under the words that lead into it.
    private func followsColon(_ heading: Heading, in context: CheckContext) -> Bool {
        let start = heading.markerRange.lowerBound
        return start > 0 && [0x3A, 0xFF1A].contains(context.document.utf16[start - 1])
    }

    /// `;` `；` `。` or a space: a switch, not a set, as it is asked at every unit between two headings.
    private static func isClauseEnd(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x3B, 0xFF1B, 0x3002, 0x20, 0x3000: true
        default: false
        }
    }

    /// Whether a marker of a style above `heading`'s stands in the text since the previous number
    /// of its list, run on into a sentence where the parser could not read it as a heading
    /// (`…以下二、采取有力措施` before a `（一）`, `(二)重点工作。` before a `一是`): the list is new.
    private func runOnHeading(above heading: Heading, after previousEnd: Int, in context: CheckContext) -> Bool {
        let between = previousEnd..<heading.markerRange.lowerBound
        let styles: [NumberingStyle] = switch heading.style {
        case .part, .chineseComma, .article: []
        case .chineseParen: [.chineseComma]
        case .arabic, .arabicParen, .circled, .enumeration: [.chineseComma, .chineseParen]
        }
        return styles.contains { RunOnMarker.occurs($0, in: context.document, range: between) }
    }
    private static let titleWords = ["工作计划", "工作总结", "工作要点", "实施方案", "工作方案"].map { Array($0.utf16) }

    /// Whether `heading`'s marker is the first text on its line.
    func opensLine(_ heading: Heading, in document: Document) -> Bool {
        let units = document.utf16
        var start = document.sourceMap.lineRange(at: heading.line - 1).lowerBound
        while start < heading.markerRange.lowerBound, [0x20, 0x09, 0x3000].contains(units[start]) { start += 1 }
        return start == heading.markerRange.lowerBound
    }

    /// Whether the nearest line with text before `heading` heads a new list: a short line without
    /// a number or a sentence's end (a heading written plain), or a heading of another style.
    /// `headings` are the piece's in text order, `heading` the one at `index`.
    /// Line `index` (0-based) without the spaces, tabs and carriage return around it.
    static func trimmedLine(_ index: Int, in context: CheckContext) -> Range<Int> {
        let units = context.document.utf16
        var range = context.document.sourceMap.lineRange(at: index)
        while !range.isEmpty, isBlank(units[range.lowerBound]) { range = range.lowerBound + 1..<range.upperBound }
        while !range.isEmpty, isBlank(units[range.upperBound - 1]) { range = range.lowerBound..<range.upperBound - 1 }
        return range
    }

    private static func isBlank(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x3000 || unit == 0x0D }

    private func followsPlainHeading(_ heading: Heading, after index: Int, in headings: [Heading], parents: [Int], context: CheckContext) -> Bool {
        let units = context.document.utf16
        var line = heading.line - 2 // 0-based index of the line before
        while line >= 0 {
            let range = Self.trimmedLine(line, in: context)
            guard range.isEmpty else {
                // A heading of another numbering style right above: a list under it.
                if let aboveIndex = Self.headingIndex(onLine: line + 1, before: index, in: headings) {
                    let above = headings[aboveIndex]
                    // `1、` under the earlier `(一)`, itself under a heading (`四、`): this `(一)` returns to
                    // its own level, where it repeats. (An excerpt cut inside a list, `(3)…(5)` then `3、`,
                    // has no heading above its first list to tell the levels by.)
                    let parent = parents[aboveIndex]
                    return above.style != heading.style
                        && !(parent >= 0 && headings[parent].style == heading.style && parents[parent] >= 0)
                }
                let last = units[range.upperBound - 1]
                let endsSentence = Self.sentenceEnds.contains(last)
                return range.count <= Self.plainHeadingLength && !endsSentence
            }
            line -= 1
        }
        return false
    }

    /// The first heading on `line` among those before `index` (in text order, so a search back
    /// from `index` stops as soon as it passes the line).
    private static func headingIndex(onLine line: Int, before index: Int, in headings: [Heading]) -> Int? {
        var candidate = index - 1
        var found: Int?
        while candidate >= 0, headings[candidate].line >= line {
            if headings[candidate].line == line { found = candidate }
            candidate -= 1
        }
        return found
    }

    /// The 1-based line of a table of contents (a short line opening with 目录, 提纲 or 目次) in
    /// the piece, if there is one: the body's numbering starts again after it.
    private func contentsLine(in context: CheckContext) -> Int? {
        let map = context.document.sourceMap
        let units = context.document.utf16
        let first = map.lineIndex(of: context.piece.range.lowerBound)
        let last = map.lineIndex(of: max(context.piece.range.lowerBound, context.piece.range.upperBound - 1))
        for line in first...last {
            let range = map.lineRange(at: line)
            guard range.count >= 2, range.count <= 16 else { continue }
            var start = range.lowerBound
            while start < range.upperBound - 1, [0x20, 0x09, 0x3000].contains(units[start]) { start += 1 }
            // Spaces and one character: no two to read (the last line may end the text).
            guard start + 1 < range.upperBound else { continue }
            let pair = (units[start], units[start + 1])
            var second = start + 1
            while second < range.upperBound - 1, [0x20, 0x09, 0x3000].contains(units[second]) { second += 1 }
            let spaced = (units[start], units[second])
            for word in Self.contentsWords where pair == word || spaced == word { return line + 1 }
        }
        return nil
    }

    /// 目录, 提纲, 目次 (a space may stand between the two characters).
    private static let contentsWords: [(UInt16, UInt16)] = [(0x76EE, 0x5F55), (0x63D0, 0x7EB2), (0x76EE, 0x6B21)]

    /// Whether a residue line between two lines (1-based, exclusive) says the site hid or cut
    /// text there (`此处隐藏6794个字`, `展开阅读全文`, `试读结束`).
    private func hidesText(between first: Int, and last: Int, in context: CheckContext) -> Bool {
        let map = context.document.sourceMap
        return context.outline.residueLines.contains { range in
            let line = map.lineIndex(of: range.lowerBound) + 1
            guard first < line, line < last else { return false }
            let units = TextNormalizer.fold(Array(context.document.utf16[range.prefix(Self.hiddenTextReadLength)]))
            return Self.hiddenTextWords.contains { units.containsSubsequence($0) }
        }
    }

    /// A site's cut inside a paragraph (`…提 ……此处隐藏4620个字……行决定。`): the text between the two
    /// numbers is read for it only when they do not follow on, which is seldom.
    private func hidesTextInline(_ range: Range<Int>, in context: CheckContext) -> Bool {
        guard !range.isEmpty else { return false }
        return TextNormalizer.fold(Array(context.document.utf16[range])).containsSubsequence(Self.inlineCut)
    }

    private static let inlineCut = TextNormalizer.fold(Array("此处隐藏".utf16))
    private static let hiddenTextWords = ["隐藏", "省略", "展开", "试读", "预览", "阅读全文"].map { Array($0.utf16) }
    private static let hiddenTextReadLength = 80

    /// The longest line (UTF-16 units) read as a plain heading.
    static let plainHeadingLength = 24

    /// The lines between two headings (1-based, exclusive) that open with `first` … `last` in
    /// order without a mark, or nil unless every one of them is there.
    private func unmarkedNumbers(from first: Int, to last: Int, after start: Int, before end: Int,
                                 in context: CheckContext) -> [(value: Int, range: Range<Int>)]? {
        var found: [(value: Int, range: Range<Int>)] = []
        var wanted = first
        var line = start
        while line < end - 1, wanted <= last {
            if let number = UnmarkedHeading.number(in: context.document, line: line), number.value == wanted {
                found.append(number)
                wanted += 1
            }
            line += 1
        }
        return wanted > last ? found : nil
    }

    private func markFinding(rule: Rule, number: (value: Int, range: Range<Int>), in context: CheckContext) -> Finding {
        let text = context.document.text(in: number.range)
        let expected = text + "、"
        return context.finding(rule: rule, range: number.range,
                               message: markMessage.filled(match: text, expected: expected, year: context.outline.year),
                               replacement: expected)
    }

    /// For each heading, the nearest earlier heading of a shallower level that is not an
    /// enumeration (-1 when none): numbering restarts under each parent. One pass, keeping the
    /// latest heading of each level (a search back from each heading was quadratic in a
    /// document of many top-level headings).
    private func parentIndices(of headings: [Heading]) -> [Int] {
        var latestByLevel: [Int: Int] = [:]
        var parents: [Int] = []
        parents.reserveCapacity(headings.count)
        for (index, heading) in headings.enumerated() {
            var parent = -1
            for (level, latest) in latestByLevel where level < heading.level && latest > parent { parent = latest }
            parents.append(parent)
            if heading.style != .enumeration { latestByLevel[heading.level] = index }
        }
        return parents
    }

    /// Headings numbered in one sequence: same style and level under the same parent; an
    /// enumeration (一是、二是) counts within its own paragraph.
    private struct SiblingGroup: Equatable {
        var style: NumberingStyle
        var level: Int
        var parent: Int
        var paragraph: Int?

        init(heading: Heading, parent: Int) {
            style = heading.style
            level = heading.level
            self.parent = heading.style == .enumeration ? -1 : parent
            paragraph = heading.style == .enumeration ? heading.line : nil
        }
    }
}
