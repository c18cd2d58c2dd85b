import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// The numbering check's findings of form: a number written otherwise than its siblings.
extension NumberingCheck {
    /// Headings written in another form than the style their siblings use (`二.` among `一、`,
    /// `二)` or `（二）、` among `（一）`, `(1)、` among `(2)`): reported only where the piece has headings of that style
    /// written properly, so a document that numbers `一.` `二.` or `（一）、` throughout is left
    /// alone; and once per style, at the first, since the rest follow from it.
    func mixedForms(rule: Rule, headings: [Heading], in context: CheckContext) -> [Finding] {
        let units = context.document.utf16
        var proper: Set<NumberingStyle> = []
        for heading in headings where heading.style == .chineseComma || MixedMarker.isParen(heading.style) {
            let end = heading.markerRange.upperBound
            if heading.style != .chineseComma, end < units.count, MixedMarker.extraMarks.contains(units[end]) { continue }
            proper.insert(heading.style)
        }
        let mixed = MixedMarker.find(in: context.document, range: context.piece.range, headings: headings)
        var found = commaItems(headings, rule: rule, in: context) + enumerationWords(headings, rule: rule, in: context)
            + dottedSequence(rule: rule, headings: headings, mixed: mixed, in: context)
        guard !proper.isEmpty else { return found }
        func example(of style: NumberingStyle) -> String {
            headings.first { $0.style == style }.map { context.document.text(in: $0.markerRange) } ?? "（"
        }
        var reported: Set<NumberingStyle> = []
        found += mixed
            .filter { proper.contains($0.style) && reported.insert($0.style).inserted }
            .map { found in
                let text = context.document.text(in: found.range)
                let expected = NumberingMarker.marker(found.value, style: found.style, like: example(of: found.style))
                return context.finding(rule: rule, range: found.range,
                                       message: formMessage.filled(match: text, expected: expected, year: context.outline.year),
                                       replacement: expected)
            }
        return found
    }

    /// `三是` after `一要` and `二要` in one paragraph: the first enumeration whose word differs
    /// from the one its paragraph's run opened with, reported with that word.
    func enumerationWords(_ headings: [Heading], rule: Rule, in context: CheckContext) -> [Finding] {
        let units = context.document.utf16
        func word(_ heading: Heading) -> UInt16 { units[heading.markerRange.upperBound - 1] }
        var findings: [Finding] = []
        var index = headings.startIndex
        while index < headings.endIndex {
            guard headings[index].style == .enumeration else { index += 1; continue }
            let first = headings[index]
            var next = index + 1
            var differing: Heading?
            while next < headings.endIndex, headings[next].style == .enumeration, headings[next].line == first.line {
                if differing == nil, word(headings[next]) != word(first) { differing = headings[next] }
                next += 1
            }
            if let differing {
                let text = context.document.text(in: differing.markerRange)
                let expected = String(text.dropLast()) + String(decoding: [word(first)], as: UTF16.self)
                findings.append(context.finding(rule: rule, range: differing.markerRange,
                                                message: formMessage.filled(match: text, expected: expected, year: context.outline.year),
                                                replacement: expected))
            }
            index = next
        }
        return findings
    }

    /// `6,` among `5、` and `7、`: the first arabic item written with a comma where its siblings
    /// use another mark, reported with theirs.
    func commaItems(_ headings: [Heading], rule: Rule, in context: CheckContext) -> [Finding] {
        let units = context.document.utf16
        func mark(_ heading: Heading) -> UInt16 { units[heading.markerRange.upperBound - 1] }
        let arabic = headings.filter { $0.style == .arabic }
        guard let comma = arabic.first(where: { [0x2C, 0xFF0C].contains(mark($0)) }),
              let sibling = arabic.first(where: { ![0x2C, 0xFF0C].contains(mark($0)) }) else { return [] }
        let text = context.document.text(in: comma.markerRange)
        let expected = NumberingMarker.marker(comma.value, style: .arabic, like: context.document.text(in: sibling.markerRange))
        return [context.finding(rule: rule, range: comma.markerRange,
                                message: formMessage.filled(match: text, expected: expected, year: context.outline.year),
                                replacement: expected)]
    }

    /// Arabic items run on after sentences whose number lost its mark (`3 .推进…。4 不断加强…`),
    /// reported with their siblings' mark.
    func unmarkedItems(rule: Rule, in context: CheckContext) -> [Finding] {
        UnmarkedItem.find(in: context.document, range: context.piece.range).map { item in
            let text = String(item.value)
            let mark = String(decoding: [item.mark], as: UTF16.self)
            let template = mark == "、" ? markMessage : formMessage
            return context.finding(rule: rule, range: item.range,
                                   message: template.filled(match: text, expected: text + mark, year: context.outline.year),
                                   replacement: text + mark)
        }
    }

    /// A lettered item without the mark its siblings keep (`A检查…` above `B、检查…`), reported
    /// with theirs.
    func unmarkedLetters(rule: Rule, in context: CheckContext) -> [Finding] {
        UnmarkedLetterItem.find(in: context.document, range: context.piece.range).map { item in
            let text = context.document.text(in: item.range)
            let expected = text + String(decoding: [item.mark], as: UTF16.self)
            let template = item.mark == 0x3001 ? markMessage : formMessage
            return context.finding(rule: rule, range: item.range,
                                   message: template.filled(match: text, expected: expected, year: context.outline.year),
                                   replacement: expected)
        }
    }

    /// Lists whose numbers all lost their marks, run on in one paragraph (`…指标1每月…。2落实…`,
    /// `…工作:一加强…。二进一步…`): each number reported with the mark its scheme takes — 、 after a
    /// Chinese numeral, and after digits the mark most of the piece's Arabic headings use (、 when none do).
    func unmarkedRuns(rule: Rule, headings: [Heading], in context: CheckContext) -> [Finding] {
        let items = UnmarkedRun.find(in: context.document, range: context.piece.range)
        guard !items.isEmpty else { return [] }
        let arabicMark = Self.commonMark(of: headings.filter { $0.style == .arabic }, in: context.document) ?? "、"
        return items.map { item in
            let text = context.document.text(in: item.range)
            let mark = item.isChinese ? "、" : arabicMark
            let template = mark == "、" ? markMessage : formMessage
            return context.finding(rule: rule, range: item.range,
                                   message: template.filled(match: text, expected: text + mark, year: context.outline.year),
                                   replacement: text + mark)
        }
    }

    /// Numbers skipped in a list run on inside one line (`InlineSequence`), except at a marker
    /// the parser read as a heading: the sequence of headings reports those.
    func inlineSkips(rule: Rule, headings: [Heading], in context: CheckContext) -> [Finding] {
        let skips = InlineSequence.skips(in: context.document, range: context.piece.range)
        guard !skips.isEmpty else { return [] }
        let headingStarts = Set(headings.map(\.markerRange.lowerBound))
        return skips.filter { !headingStarts.contains($0.range.lowerBound) }.map { item in
            let text = context.document.text(in: item.range)
            let expected = NumberingMarker.marker(item.expected, style: item.style, like: text)
            return context.finding(rule: rule, range: item.range,
                                   message: rule.messageTemplate.filled(match: text, expected: expected, year: context.outline.year),
                                   replacement: expected)
        }
    }

    /// The mark most of `headings` put after their numbers (the first met among equals), or nil.
    private static func commonMark(of headings: [Heading], in document: Document) -> String? {
        var counts: [UInt16: Int] = [:]
        var order: [UInt16] = []
        for heading in headings where !heading.markerRange.isEmpty {
            let mark = document.utf16[heading.markerRange.upperBound - 1]
            guard [0x2E, 0xFF0E, 0x3001].contains(mark) else { continue } // . ． 、
            if counts[mark] == nil { order.append(mark) }
            counts[mark, default: 0] += 1
        }
        guard let best = order.max(by: { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }) else { return nil }
        return String(decoding: [best], as: UTF16.self)
    }
}
