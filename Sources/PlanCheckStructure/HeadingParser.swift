import PlanCheckDocuments

/// Finds numbered headings and enumerations: `第一部分`, `一、`, `（一）`/`(一)`, `1.`/`1、`/`1．`,
/// `（1）`/`(1)`, `①`, and inline `一是`/`二是`.
///
/// A marker counts only at the start of a line (after optional indentation); `一是`-style
/// enumerations may also follow a sentence end or a colon inside a paragraph. Numbers are read as
/// written, so a skipped or repeated number stays visible to the numbering check.
package enum HeadingParser {
    /// The headings in `range` (the whole document when nil), in text order.
    package static func headings(in document: Document, range: Range<Int>? = nil) -> [Heading] {
        let units = document.utf16
        let scope = range ?? 0..<units.count
        var found: [Heading] = []
        // The latest `一、` value and the latest `（一）` value after it: what is due next.
        var latestTop: Int?
        var latestParen = 0
        func track(_ heading: Heading) {
            if heading.style == .chineseComma { latestTop = heading.value; latestParen = 0 }
            if heading.style == .chineseParen, latestTop != nil { latestParen = heading.value }
        }
        for line in TextLine.lines(of: document, in: scope) {
            let body = line.trimmed(in: units)
            let heading = structuralHeading(units, line: line, start: body.lowerBound, end: body.upperBound, document: document)
            if let heading { found.append(heading); track(heading) }
            // `3、一是完善制度`: an enumeration may start right after a heading's marker.
            let enumerationStart = heading?.markerRange.upperBound ?? body.lowerBound
            var inLine = enumerations(units, line: line, start: enumerationStart, end: body.upperBound, document: document)
            // A page joined into one line keeps its breaks as spaces; one that lost some glues
            // headings to the sentence before them. Either way the headings found so far on the
            // line tell which numbers are due next.
            let joined = body.count > joinedLineLength
                ? joinedHeadings(units, line: line, start: enumerationStart, end: body.upperBound, document: document) : []
            inLine += headingsAfterSentences(units, line: line, start: enumerationStart, end: body.upperBound,
                                             expecting: (latestTop.map { $0 + 1 }, latestParen + 1),
                                             titleStart: heading.flatMap { $0.style == .part ? nil : $0.markerRange.upperBound },
                                             known: joined, document: document)
            inLine.sortIfNeeded { $0.markerRange.lowerBound < $1.markerRange.lowerBound }
            for heading in inLine { track(heading) }
            found += inLine
        }
        assignLevels(&found, styled: document.styledHeadingLevels)
        return found
    }

    // MARK: Markers

    private static func structuralHeading(_ units: [UInt16], line: TextLine, start: Int, end: Int, document: Document) -> Heading? {
        guard start < end else { return nil }
        let first = units[start]
        var match: (style: NumberingStyle, value: Int, end: Int)?

        if first == Glyph.di {
            match = partMarker(units, start: start, end: end) ?? articleMarker(units, start: start, end: end)
        } else if let value = Glyph.circledValue(first) {
            match = (.circled, value, start + 1)
        } else if Glyph.isOpenParen(first) || first == Glyph.openTortoiseShell {
            match = parenMarker(units, start: start, end: end)
        } else if Glyph.digit(first) != nil {
            // Up to three digits: list items run past 99 rarely, and a four-digit run is a year.
            if let number = ChineseNumeral.readArabic(units, at: start, end: end, maxDigits: 3),
               number.end < end, Glyph.isArabicDelimiter(units[number.end]),
               number.end + 1 >= end || Glyph.digit(units[number.end + 1]) == nil
                || units[number.end] == Glyph.ideographicComma {
                // A digit after the dot makes it a decimal (`1.5万元`) or a date (`4.25`); after
                // `、` it starts the item's text (`4、7岁以下儿童保健管理率≥95%`).
                match = (.arabic, number.value, number.end + 1)
            } else if let number = ChineseNumeral.readArabic(units, at: start, end: end, maxDigits: 2),
                      number.end + 1 < end, units[number.end] == 0x2C || units[number.end] == 0xFF0C,
                      (0x4E00...0x9FFF).contains(units[number.end + 1]) {
                // `6,加强对乡村医生的培训`: an item whose 、 became a comma; kept in its sequence,
                // and its form is reported by the numbering check.
                match = (.arabic, number.value, number.end + 1)
            }
        } else if let number = ChineseNumeral.read(units, at: start, end: end),
                  number.end < end, units[number.end] == Glyph.ideographicComma {
            match = (.chineseComma, number.value, number.end + 1)
        }
        guard let match else { return nil }
        return heading(line: line, marker: start..<match.end, style: match.style, value: match.value, titleEnd: end, document: document)
    }

    /// `第一部分` or `第1部分`.
    private static func partMarker(_ units: [UInt16], start: Int, end: Int) -> (style: NumberingStyle, value: Int, end: Int)? {
        let numberStart = start + 1
        guard let number = ChineseNumeral.read(units, at: numberStart, end: end)
            ?? ChineseNumeral.readArabic(units, at: numberStart, end: end, maxDigits: 2) else { return nil }
        let word = Array("部分".utf16)
        guard number.end + word.count <= end, Array(units[number.end..<number.end + word.count]) == word else { return nil }
        return (.part, number.value, number.end + word.count)
    }

    /// `第一条` or `第12条` opening an article of a regulation (`第二条本办法所称…`, `第三条 …`).
    private static func articleMarker(_ units: [UInt16], start: Int, end: Int) -> (style: NumberingStyle, value: Int, end: Int)? {
        let numberStart = start + 1
        guard let number = ChineseNumeral.read(units, at: numberStart, end: end)
            ?? ChineseNumeral.readArabic(units, at: numberStart, end: end, maxDigits: 3),
              number.end < end, units[number.end] == 0x6761 else { return nil } // 条
        let after = number.end + 1
        // 第一条例 is a name; 第X条 at the end of a line numbers nothing; `第二十条第(一)项`,
        // `第五条规定`, `第三条的` cite an article rather than open one.
        guard after < end, !citingUnits.contains(units[after]) else { return nil }
        return (.article, number.value, after)
    }

    /// 例 第 规 的 之 中 款 项 、 ， , 。: what follows 第N条 where it names an article instead of opening it.
    private static let citingUnits: Set<UInt16> = Set("例第规的之中款项、，,。".utf16)

    /// `（一）` `(一)` `（1）` `(1)`, in either width and even mixed; `〔一〕` with a Chinese numeral
    /// (with digits, `〔2016〕` is a document number's year).
    private static func parenMarker(_ units: [UInt16], start: Int, end: Int) -> (style: NumberingStyle, value: Int, end: Int)? {
        let inner = start + 1
        if units[start] == Glyph.openTortoiseShell {
            guard let number = ChineseNumeral.read(units, at: inner, end: end), number.end < end,
                  units[number.end] == Glyph.closeTortoiseShell else { return nil }
            return (.chineseParen, number.value, number.end + 1)
        }
        if let number = ChineseNumeral.read(units, at: inner, end: end), number.end < end, Glyph.isCloseParen(units[number.end]) {
            return (.chineseParen, number.value, number.end + 1)
        }
        if let number = ChineseNumeral.readArabic(units, at: inner, end: end, maxDigits: 2), number.end < end,
           Glyph.isCloseParen(units[number.end]) {
            return (.arabicParen, number.value, number.end + 1)
        }
        return nil
    }

    /// A line longer than this may be a page whose lines were joined with spaces (text taken
    /// from a PDF or a sharing site's preview).
    static let joinedLineLength = 400

    /// Headings inside a joined line: a `一、` marker after a sentence's end or a colon and a
    /// space (`…防止滥用抗生素。 四、严格执行…`), or a `1、` item after a space, where the page had a
    /// line break. Chinese prose puts no space after 。 or ：, so a paragraph's own enumeration
    /// is not read.
    private static func joinedHeadings(_ units: [UInt16], line: TextLine, start: Int, end: Int, document: Document) -> [Heading] {
        var result: [Heading] = []
        var cursor = start + 2
        while cursor < end {
            defer { cursor += 1 }
            guard Glyph.isSpace(units[cursor - 1]), !Glyph.isSpace(units[cursor]) else { continue }
            var before = cursor - 1
            while before > start, Glyph.isSpace(units[before - 1]) { before -= 1 }
            guard before > start,
                  let heading = structuralHeading(units, line: line, start: cursor, end: end, document: document) else { continue }
            switch heading.style {
            // `一、`: the top of the outline, after a sentence's end or a colon.
            case .chineseComma where joinedBreaks.contains(units[before - 1]):
                result.append(heading)
            // `1、` items often lost the punctuation before them: the space alone marks the
            // break, but only with 、 (`2.5万`, `1.` in a sentence's figures are none) and not
            // after a number (`2、3月份`).
            case .arabic where units[heading.markerRange.upperBound - 1] == Glyph.ideographicComma
                && Glyph.digit(units[before - 1]) == nil:
                result.append(heading)
            default: continue
            }
        }
        return result
    }

    /// The `一、` and `（一）` headings glued to the sentence before them on a line of a page that
    /// lost some of its line breaks (`本次活动时间为4月1日至30日。三、活动内容`): only the numbers
    /// due next in their style, right after a sentence's end, so prose such as `。二、三级医院要…`
    /// is read as a heading only where 二 is the number due.
    /// `known` are the headings already found on the line (a joined page's, after spaces): they
    /// are returned too, and move what is due. No `一、` seen yet: only a `一、` after a sentence's
    /// end is due at the top (a page that runs its whole outline on). A `（一）` due may also be
    /// glued to the short title of the heading before it on the line (`三、活动内容（一）宣传发动`);
    /// `titleStart` is where the title of the line's opening heading starts, if it has one.
    private static func headingsAfterSentences(_ units: [UInt16], line: TextLine, start: Int, end: Int,
                                               expecting: (top: Int?, paren: Int), titleStart: Int?, known: [Heading],
                                               document: Document) -> [Heading] {
        var expected = expecting
        var titleStart = titleStart
        var result: [Heading] = []
        var next = known.startIndex
        var cursor = start + 1
        while cursor < end {
            // Over the buffer to the next unit that may open a marker, stopping at the next known
            // heading: most units of a line are neither.
            let stop = next < known.endIndex ? min(end, max(cursor, known[next].markerRange.lowerBound)) : end
            cursor = units.withUnsafeBufferPointer { buffer in
                var at = cursor
                while at < stop, !ChineseNumeral.isNumeralUnit(buffer[at]), !Glyph.isOpenParen(buffer[at]) { at += 1 }
                return at
            }
            guard cursor < end else { break }
            defer { cursor += 1 }
            if next < known.endIndex, known[next].markerRange.lowerBound == cursor {
                let heading = known[next]
                next += 1
                result.append(heading)
                titleStart = heading.markerRange.upperBound
                if heading.style == .chineseComma { expected = (heading.value + 1, 1) }
                continue
            }
            // Nearly every unit opens no marker: told before the unit before it is read.
            guard ChineseNumeral.isNumeralUnit(units[cursor]) || Glyph.isOpenParen(units[cursor]) else { continue }
            let previous = units[cursor - 1]
            // A page's full stop may be a dot (`机制.二、工作目标`).
            let afterSentence = Glyph.isSentenceEnd(previous) || previous == 0x2E || previous == 0xFF0E
            guard afterSentence || (expected.top != nil && gluesHeading(units, at: cursor, end: end))
                    || (Glyph.isOpenParen(units[cursor]) && titleStart.map { isShortTitle(units, from: $0, to: cursor) } == true),
                  let heading = structuralHeading(units, line: line, start: cursor, end: end, document: document) else { continue }
            if heading.style == .chineseComma, heading.value == expected.top
                || (expected.top == nil && heading.value == 1 && Glyph.isSentenceEnd(previous) && opensTopList(units, heading, end: end)) {
                expected = (heading.value + 1, 1)
            } else if heading.style == .chineseParen, expected.top != nil, heading.value == expected.paren {
                expected.paren = heading.value + 1
            } else {
                continue
            }
            result.append(heading)
            titleStart = heading.markerRange.upperBound
        }
        return result + known[next...]
    }

    /// Whether the text from `start` to `end` is a heading's short title with nothing to end it
    /// (`活动内容`, `领导小组`): what comes next was a line of its own.
    private static func isShortTitle(_ units: [UInt16], from start: Int, to end: Int) -> Bool {
        (1...shortTitleLength).contains(end - start) && units[start..<end].allSatisfy(Glyph.isHanOrExtensionA)
    }

    private static let shortTitleLength = 12

    /// A `一、` that opens an outline rather than listing numbers (`一、二级医院`).
    private static func opensTopList(_ units: [UInt16], _ heading: Heading, end: Int) -> Bool {
        let after = heading.markerRange.upperBound
        return after < end && Glyph.isHanOrExtensionA(units[after]) && !ChineseNumeral.isNumeralUnit(units[after])
    }

    /// A `二、` glued to the words before it without a sentence's end (`控制在50%以下二、采取有力措施`):
    /// not after a numeral (`十二、`) and not before one (`二、三级医院`, `第一、二季度`), which is
    /// how prose lists numbers.
    private static func gluesHeading(_ units: [UInt16], at start: Int, end: Int) -> Bool {
        guard !ChineseNumeral.isNumeralUnit(units[start - 1]), Glyph.digit(units[start - 1]) == nil,
              let number = ChineseNumeral.read(units, at: start, end: end), number.end + 1 < end,
              units[number.end] == Glyph.ideographicComma else { return false }
        let next = units[number.end + 1]
        return !ChineseNumeral.isNumeralUnit(next) && Glyph.digit(next) == nil && Glyph.isHanOrExtensionA(next)
    }

    /// What ends a line of a page before a heading: a sentence's end or a colon.
    private static let joinedBreaks: Set<UInt16> = Set("。；;：:！!？?.．".utf16)

    /// `一是` `二是` (or `一要` `二要`) at the line start, after a heading marker, or after `。；：，`.
    private static func enumerations(_ units: [UInt16], line: TextLine, start: Int, end: Int, document: Document) -> [Heading] {
        // Every enumeration ends in 是 or 要 after its numeral: most lines have none, and one pass
        // over the raw units tells them apart far faster than testing each position for a boundary.
        // 要 is common (主要, 要求): a line is read only where a numeral stands right before 是 or 要.
        guard start < end, units.withUnsafeBufferPointer({ buffer in
            (start + 1..<end).contains { (buffer[$0] == Glyph.shi || buffer[$0] == Glyph.yao) && ChineseNumeral.isNumeralUnit(buffer[$0 - 1]) }
        }) else { return [] }
        var result: [Heading] = []
        var cursor = start
        while cursor < end {
            // The next number of a run may also follow a masked or figure-like value (`优良率*二是`),
            // or a sentence whose 。 a page lost (`推动责任措施落实二是抓集中攻坚`): 是 right after it,
            // and no numeral before it (`十二是` is not `二是`).
            let atBoundary = cursor == start || Glyph.isEnumerationBoundary(units[cursor - 1])
                || (result.last.map { ChineseNumeral.digit(units[cursor]) == $0.value + 1 } == true
                    && (!Glyph.isHanOrExtensionA(units[cursor - 1])
                        || cursor + 1 < end && units[cursor + 1] == Glyph.shi && !ChineseNumeral.isNumeralUnit(units[cursor - 1])))
            if atBoundary {
                var markerStart = cursor
                while markerStart < end, Glyph.isSpace(units[markerStart]) { markerStart += 1 }
                // `一是` and `一要` (一要明确方向，二要围绕中心): the words of a spoken enumeration.
                if let number = ChineseNumeral.read(units, at: markerStart, end: end),
                   number.end < end, units[number.end] == Glyph.shi || units[number.end] == Glyph.yao {
                    let markerEnd = number.end + 1
                    result.append(heading(line: line, marker: markerStart..<markerEnd, style: .enumeration,
                                          value: number.value, titleEnd: end, document: document))
                    cursor = markerEnd
                    continue
                }
            }
            cursor += 1
        }
        return result
    }


    /// Where the heading's text lies: from the marker to the end of its sentence or line.
    private static func titleRange(_ units: [UInt16], from start: Int, end: Int) -> Range<Int> {
        var cursor = start
        while cursor < end, !Glyph.isSentenceEnd(units[cursor]) { cursor += 1 }
        var low = start
        var high = cursor
        while low < high, Glyph.isSpace(units[low]) { low += 1 }
        while high > low, Glyph.isSpace(units[high - 1]) { high -= 1 }
        return low..<high
    }

    private static func heading(line: TextLine, marker: Range<Int>, style: NumberingStyle, value: Int,
                                titleEnd end: Int, document: Document) -> Heading {
        Heading(line: line.number, markerRange: marker, style: style, value: value, level: 0,
                titleRange: titleRange(document.utf16, from: marker.upperBound, end: end))
    }

    // MARK: Levels

    /// Levels follow the order in which styles first appear, which is how a writer nests them
    /// (`一、` before `（一）` before `1.`). When the document's paragraph styles give levels, a
    /// style takes the level its first styled heading has, and unstyled styles come after.
    /// Set in place: a copy would hold every heading twice.
    private static func assignLevels(_ headings: inout [Heading], styled: [Int: Int]) {
        // Per-style tables indexed by the style's position: a dictionary keyed by the style would
        // hash its string raw value at every heading.
        func slot(_ style: NumberingStyle) -> Int { style.ordinal }
        var order: [NumberingStyle] = []
        var levels = [Int?](repeating: nil, count: NumberingStyle.allCases.count)
        for heading in headings {
            if !order.contains(heading.style) { order.append(heading.style) }
            if levels[slot(heading.style)] == nil, !styled.isEmpty, let level = styled[heading.line] {
                levels[slot(heading.style)] = level
            }
        }
        var next = (levels.compactMap { $0 }.max() ?? 0) + 1
        for style in order where levels[slot(style)] == nil {
            levels[slot(style)] = next
            next += 1
        }
        for index in headings.indices {
            headings[index].level = levels[slot(headings[index].style)] ?? 1
        }
    }
}
