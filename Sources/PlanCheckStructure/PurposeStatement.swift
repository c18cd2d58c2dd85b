import PlanCheckCore
import PlanCheckDocuments

/// The opening sentence of an untitled document when it states what the plan is for
/// (`为进一步做好农村妇女“两癌”检查工作，…`, `以“创建卫生环境”为主题，开展全镇环境卫生整治`).
///
/// Pages copied without their title still say their subject there, where a plan across the
/// health work opens with the year's circumstances (`2022年，是具有特殊重要意义的一年`) or its
/// headings. Checks read it where they would read the title for the plan's topic.
package enum PurposeStatement {
    /// The longest opening sentence read (UTF-16 units): purpose clauses run long, cited documents and all.
    static let maxLength = 300

    /// The range of the first sentence of the first content line in `range` (a line that is
    /// neither site residue, a notice's addressees, a section's label such as `引言` nor a date
    /// alone), when it states a purpose.
    /// A short first sentence that only names the occasion (`2024年4月是全国第36个爱国卫生月。`) is
    /// read with the purpose sentence after it on the same line.
    static func range(in document: Document, range: Range<Int>, folded: [UInt16]) -> Range<Int>? {
        guard let sentence = openingSentence(in: document, range: range, folded: folded) else { return nil }
        if statesPurpose(sentence, folded) { return sentence }
        let line = document.sourceMap.lineRange(at: document.sourceMap.lineIndex(of: sentence.lowerBound))
        guard sentence.count <= maxOccasionLength, sentence.upperBound + 1 < line.upperBound else { return nil }
        let window = sentence.upperBound + 1..<min(line.upperBound, sentence.upperBound + 1 + maxLength)
        let next = window.lowerBound..<(folded[window].firstIndex(where: Glyph.isSentenceEnd) ?? window.upperBound)
        return statesPurpose(next, folded) ? sentence.lowerBound..<next.upperBound : nil
    }

    private static func statesPurpose(_ sentence: Range<Int>, _ folded: [UInt16]) -> Bool {
        markers.contains(where: { folded[sentence].containsSubsequence($0) })
    }

    /// The longest first sentence read as naming an occasion before the purpose (UTF-16 units).
    private static let maxOccasionLength = 40

    /// The first sentence of the first content line in `range` (at most `maxLength` units), whatever it says.
    static func openingSentence(in document: Document, range: Range<Int>, folded: [UInt16]) -> Range<Int>? {
        guard let line = TextLine.lazyLines(of: document, in: range).lazy
            .map({ afterSiteLabel($0.trimmed(in: document.utf16), in: document.utf16) })
            .first(where: { !$0.isEmpty && !SiteResidue.isResidue(document, line: $0)
                && !LineSurvey.isAddresseeList(document.utf16, $0)
                && ($0.count > 12 || !MetadataExtractor.isSectionLabel(document.text(in: $0)) && !MetadataExtractor.isBareDate(document.text(in: $0))) })
        else { return nil }
        let window = line.lowerBound..<min(line.upperBound, line.lowerBound + maxLength)
        let end = folded[window].firstIndex(where: Glyph.isSentenceEnd) ?? window.upperBound
        return line.lowerBound..<end
    }

    /// The line without a site's label that opens it (`【导读】省爱卫办…`): the document's
    /// first sentence follows the label on the same line.
    static func afterSiteLabel(_ line: Range<Int>, in units: [UInt16]) -> Range<Int> {
        guard line.count > maxLabelLength, units[line.lowerBound] == 0x3010 else { return line } // 【
        let reach = line.lowerBound + 1..<line.lowerBound + maxLabelLength
        guard let close = units[reach].firstIndex(of: 0x3011) else { return line } // 】
        return close + 1..<line.upperBound
    }

    /// The longest site label read before a line's text (`【导读】`, `【导语】`).
    private static let maxLabelLength = 6

    /// The opening sentence of a titled document's body when it states a purpose, else the
    /// clause of it that names the plan it makes (`…特制定20xx年健康教育工作计划`): a generic
    /// title (`村卫生室年度工作计划`) leaves the subject to it. Lines between the title and the body — the title repeated by a
    /// compilation (`…篇1`), a site's line, a heading — are short and passed over.
    static func openingRange(in document: Document, range: Range<Int>, afterLine titleLine: Int, folded: [UInt16]) -> Range<Int>? {
        var read = 0
        for line in TextLine.lazyLines(of: document, in: range) where line.number > titleLine {
            let body = line.trimmed(in: document.utf16)
            if body.isEmpty || SiteResidue.isResidue(document, line: body) { continue }
            read += 1
            if read > maxLinesBeforeBody { return nil }
            if body.count <= maxHeadingLength, !folded[body].contains(where: { Glyph.isSentenceEnd($0) || Glyph.isComma($0) }) { continue }
            let window = body.lowerBound..<min(body.upperBound, body.lowerBound + maxLength)
            let end = folded[window].firstIndex(where: Glyph.isSentenceEnd) ?? window.upperBound
            let sentence = body.lowerBound..<end
            if markers.contains(where: { folded[sentence].containsSubsequence($0) }) { return sentence }
            // A sentence that gives no purpose (`根据上级要求…`) says the subject only in the
            // name of the plan it makes or of the work it sets out to do as a whole; its reasons
            // may name any one field of the work.
            return selfNamingClause(in: sentence, folded: folded) ?? scopeClause(in: sentence, folded: folded)
        }
        return nil
    }

    /// Where `sentence` names the plan it makes: from 制定 (制订, 现将) to the 计划, 方案 or 要点 it
    /// names (`特制定x年卫生防疫工作计划`), which says the subject more narrowly than the
    /// reasons around it (`为了更好的贯彻落实《国家基本公共卫生服务项目》…`).
    package static func selfNamingClause(in sentence: Range<Int>, folded: [UInt16]) -> Range<Int>? {
        for verb in selfNaming {
            guard let start = folded[sentence].firstRange(ofSubsequence: verb) else { continue }
            let window = start.upperBound..<min(sentence.upperBound, start.upperBound + maxClauseLength)
            let ends = planNouns.compactMap { folded[window].firstRange(ofSubsequence: $0)?.upperBound }
            if let end = ends.min() { return start.lowerBound..<end }
        }
        return nil
    }

    /// The writer an untitled summary opens with (`2006年某区计划生育协会在区委、区政府的正确领导下，…`):
    /// the words before 在 when a 领导下/指导下/支持下 follows it soon, with no comma between. A body
    /// says what it is there, as a title would.
    static func writerClause(in sentence: Range<Int>, folded: [UInt16]) -> Range<Int>? {
        let reach = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + maxWriterLength)
        guard let at = folded[reach].firstIndex(of: 0x5728), at - sentence.lowerBound >= minWriterLength, // 在
              !folded[sentence.lowerBound..<at].contains(where: Glyph.isComma) else { return nil }
        let after = at..<min(sentence.upperBound, at + maxGuidanceLength)
        return guidanceWords.contains(where: { folded[after].containsSubsequence($0) }) ? sentence.lowerBound..<at : nil
    }

    private static let guidanceWords = ["领导下", "指导下", "支持下"].map { Array($0.utf16) }
    private static let maxWriterLength = 40
    private static let minWriterLength = 4
    private static let maxGuidanceLength = 30

    /// Where `sentence` names the whole of the work it sets out to do: from 做好 to 各项工作
    /// (`依照健康教育工作规范要求，做好健康教育与健康促进各项工作任务`).
    static func scopeClause(in sentence: Range<Int>, folded: [UInt16]) -> Range<Int>? {
        guard let start = folded[sentence].firstRange(ofSubsequence: scopeVerb) else { return nil }
        let window = start.upperBound..<min(sentence.upperBound, start.upperBound + maxClauseLength)
        return folded[window].firstRange(ofSubsequence: scopeNoun).map { start.lowerBound..<$0.upperBound }
    }

    private static let scopeVerb = TextNormalizer.fold(Array("做好".utf16))
    private static let scopeNoun = TextNormalizer.fold(Array("各项工作".utf16))

    /// Lines read after the title before giving up on finding the body.
    private static let maxLinesBeforeBody = 8
    /// A line this short without a sentence's end or a comma is a heading or a repeated title, not the body.
    private static let maxHeadingLength = 40
    /// How far after 制定 the plan's name may end.
    private static let maxClauseLength = 40

    private static let selfNaming = ["制定", "制订", "现将"].map { TextNormalizer.fold(Array($0.utf16)) }
    private static let planNouns = ["计划", "方案", "要点", "安排"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// How a plan says what it is for. Folded, so 為貫徹 reads as 为贯彻.
    private static let markers = ["为了", "为进一步", "为做好", "为弘扬", "为加强", "为贯彻", "为深入", "为切实", "为全面", "为推进", "为巩固",
                                  "为提高", "为认真", "为有效", "为确保", "为扎实", "为持续", "为更好", "为主题", "旨在", "决定在", "决定开展"]
        .map { TextNormalizer.fold(Array($0.utf16)) }
}
