import Foundation
import PlanCheckCore
import PlanCheckDocuments

/// Reads a piece's title, year, issuer and genre.
package enum MetadataExtractor {
    /// The title: a compilation piece's own heading (without its `第N篇：` prefix), else the first
    /// line of the piece that is neither site residue nor a paragraph, without a file extension
    /// such as `.docx` that sites append. Nil when the piece opens with running text.
    package static func title(of document: Document, piece: Piece) -> String? {
        titleLine(of: document, piece: piece)?.title
    }

    /// The year the piece is about: the title's, else the piece heading's, else the first year in
    /// the opening lines, else the dates it gives itself (`OwnDateYear`). Nil when unstated, or when
    /// the first one found is a placeholder (`20xx年`, `20_年`, `xxxx年`).
    package static func year(of document: Document, piece: Piece) -> Int? {
        datedYear(of: document, piece: piece, titleLine: titleLine(of: document, piece: piece),
                  contentEnd: SiteResidue.contentEnd(of: document, in: piece.range))?.year
    }

    /// The year, and where it was read when the text's own dates gave it (`YearOrigin`): a reader
    /// of `inspect` sees why an untitled page is judged against that year.
    static func datedYear(of document: Document, piece: Piece, titleLine title: (title: String, line: Int)?,
                          contentEnd: Int) -> (year: Int, origin: YearOrigin?)? {
        switch statedYear(of: document, piece: piece, titleLine: title, contentEnd: contentEnd) {
        case .year(let year)?: return (year, nil)
        case .placeholder?: return nil
        case nil:
            if let year = title.flatMap({ noticeDateYear(of: document, piece: piece, title: $0) }) { return (year, nil) }
            return OwnDateYear.found(in: document, piece: piece, contentEnd: contentEnd).map { ($0.year, $0.origin) }
        }
    }

    /// The year the title, the piece heading or the opening lines state, or the placeholder they
    /// put first; nil when they state none.
    private static func statedYear(of document: Document, piece: Piece, titleLine title: (title: String, line: Int)?,
                                   contentEnd: Int) -> YearReader.Token? {
        for text in [title?.title, piece.heading].compactMap({ $0 }) {
            switch YearReader.firstToken(in: text) {
            case .year(let year):
                // A sharing site's collection page is dated by its posting; the text below may date itself.
                if let title, text == title.title,
                   let own = SiteCollectionYear.ownYear(of: document, piece: piece, title: title, contentEnd: contentEnd) {
                    return .year(own)
                }
                return .year(year)
            case .placeholder: return .placeholder
            case nil:
                if let year = PatrioticHealthMonthYear.year(in: text) { return .year(year) }
                // `…工作总结范文2020最新精选5篇`: the page's year, without 年, in its collection suffix.
                if let title, text == title.title, let year = CollectionSuffix.year(in: text) {
                    return .year(SiteCollectionYear.ownYear(of: document, piece: piece, title: title, contentEnd: contentEnd) ?? year)
                }
                if let title, text == title.title, let year = StrippedTitleYear.year(of: text, in: document, piece: piece) {
                    return .year(year)
                }
            }
        }
        func isCopy(_ line: String) -> Bool { title.map { TitleCopy.isCopy(line, of: $0.title) } ?? false }
        var lines = openingLines(of: document, piece: piece, after: title?.line, contentEnd: contentEnd)
        // Lines further down are read only when copies of the title took the opening's place.
        if lines.contains(where: isCopy) {
            lines = openingLines(of: document, piece: piece, after: title?.line, contentEnd: contentEnd,
                                 count: openingLineCount + TitleCopy.copiesAllowed).filter { !isCopy($0) }
        }
        for line in lines.prefix(openingLineCount) {
            // `为贯彻落实《健康中国行动(2019—2030年)》`: the cited plan's period does not date the text.
            let opening = CitedPeriod.blanked(withoutSiteStamps(String(line.prefix(openingLength))))
            if let token = YearReader.firstToken(in: opening) { return token }
        }
        return nil
    }

    /// The year of the date line that closes a notice issuing a document (`关于印发…预案的通知`, its
    /// number, addressees, a sentence, then `2020年10月27日`), when neither title nor opening says one.
    private static func noticeDateYear(of document: Document, piece: Piece, title: (title: String, line: Int)) -> Int? {
        guard title.title.hasSuffix("通知"), title.title.contains("印发") else { return nil }
        for line in TextLine.lazyLines(of: document, in: piece.range).prefix(title.line + noticeDateLines) where line.number > title.line {
            let text = line.trimmedText(in: document, limit: titleReadLength)
            guard isBareDate(text), case .year(let year)? = YearReader.firstToken(in: text) else { continue }
            return year
        }
        return nil
    }

    /// The lines a notice takes below its title before its date line.
    private static let noticeDateLines = 10

    /// The issuing body named in the title, else in the opening sentence.
    package static func issuer(of document: Document, piece: Piece) -> String? {
        issuer(of: document, piece: piece, titleLine: titleLine(of: document, piece: piece),
               contentEnd: SiteResidue.contentEnd(of: document, in: piece.range))
    }

    static func issuer(of document: Document, piece: Piece, titleLine title: (title: String, line: Int)?, contentEnd: Int) -> String? {
        if let found = title.flatMap({ IssuerReader.issuer(in: $0.title) }) { return found }
        guard let first = openingLines(of: document, piece: piece, after: title?.line, contentEnd: contentEnd).first else { return nil }
        let sentence = first.prefix { $0 != "。" }
        return IssuerReader.issuer(in: String(sentence.prefix(openingLength)))
    }

    /// The genre a title declares by its words: 计划/要点/安排/打算/思路 a plan; 总结/汇报/报告/
    /// 述职/回顾 a summary; both a summary and plan, except when the plan word only qualifies the
    /// summary (`工作计划总结`, `计划执行情况总结`). Nil when the title has none of these words.
    package static func declaredKind(ofTitle title: String?) -> DocumentKind? {
        guard let title else { return nil }
        // Programme names that contain 计划 but declare nothing. Folded, so 計劃 reads as 计划.
        let units = programmeNames.reduce(TextNormalizer.fold(Array(title.utf16))) { $0.removingAll(of: [$1]) }
        let plan = planWords.contains { units.containsSubsequence($0) }
        let summary = summaryWords.contains { units.containsSubsequence($0) }
        switch (plan, summary) {
        case (true, true): return planQualifiesSummary(units) ? .summary : .summaryPlan
        case (true, false): return .plan
        case (false, true): return .summary
        // `关于开展2025年全市夏季灭蚊蝇活动的通知`: a notice that sets out work to be done plans it.
        case (false, false): return announcesWork(units) ? .plan : nil
        }
    }

    private static func announcesWork(_ units: [UInt16]) -> Bool {
        units.count > noticeWord.count && units.suffix(noticeWord.count).elementsEqual(noticeWord)
            && announcingWords.contains { units.containsSubsequence($0) }
    }

    private static let noticeWord = Array("通知".utf16)
    private static let announcingWords = ["关于开展", "关于组织开展", "关于深入开展", "关于集中开展"].map { Array($0.utf16) }

    private static let programmeNames = ["计划生育", "计划免疫"].map { Array($0.utf16) }
    static let planWords = ["计划", "要点", "安排", "打算", "思路"].map { Array($0.utf16) }
    private static let summaryWords = ["总结", "汇报", "报告", "述职", "回顾"].map { Array($0.utf16) }

    /// `计划(的)?(执行|完成|落实)?(情况)?总结`: the plan word only names what is summarised. Each
    /// optional word differs from what may follow it, so reading greedily is exact.
    private static func planQualifiesSummary(_ units: [UInt16]) -> Bool {
        func has(_ word: String, at position: Int) -> Bool {
            let word = Array(word.utf16)
            return position + word.count <= units.count && units[position..<position + word.count].elementsEqual(word)
        }
        for start in units.indices where has("计划", at: start) {
            var position = start + 2
            if has("的", at: position) { position += 1 }
            if let verb = ["执行", "完成", "落实"].first(where: { has($0, at: position) }) { position += verb.utf16.count }
            if has("情况", at: position) { position += 2 }
            if has("总结", at: position) { return true }
        }
        return false
    }

    /// Below this share of characters outside ASCII, a text is not Chinese prose (a plan is
    /// 75–85 % Chinese; an English README that names a few Chinese terms, under 5 %).
    static let minimumChineseShare = 0.25

    /// Whether most of `range` is Chinese rather than, say, an English README in a folder of
    /// plans. Read from the byte count alone: a Chinese character is three UTF-8 bytes and one
    /// UTF-16 unit, an ASCII one is one and one, so (bytes − units) / 2 counts the Chinese.
    static func isMostlyChinese(_ document: Document, in range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        let chinese = Double(document.utf8Count(in: range) - range.count) / 2
        return chinese >= minimumChineseShare * Double(range.count)
    }

    /// The genre: the declared one refined by the parts found (a declared plan with a summary
    /// heading, or a declared summary with an outermost plan part, is a summary and plan), and
    /// `other` when the text is not a health-administration document (by its vocabulary, or
    /// because it is not Chinese).
    package static func kind(declared: DocumentKind?, parts: [Part], isHealthAdministration: Bool) -> DocumentKind {
        guard isHealthAdministration else { return .other }
        let headed = parts.filter { $0.headingLine != nil }
        let summaryHeaded = headed.contains { $0.kind == .summary }
        let outerPlan = parts.contains { part in
            part.kind == .plan && part.headingLine != nil && !parts.contains { $0 != part && $0.range.lowerBound <= part.range.lowerBound && part.range.upperBound <= $0.range.upperBound }
        }
        switch declared {
        case .summaryPlan: return .summaryPlan
        case .plan: return summaryHeaded ? .summaryPlan : .plan
        case .summary: return outerPlan ? .summaryPlan : .summary
        case .other: return .other
        case nil:
            let summary = parts.contains { $0.kind == .summary }
            let plan = parts.contains { $0.kind == .plan }
            return summary && plan ? .summaryPlan : summary ? .summary : .plan
        }
    }

    // MARK: Lines

    static let maxTitleLength = 60
    static let openingLength = 150
    static let openingLineCount = 2
    private static let fileExtensions = [".docx", ".doc", ".wps", ".pdf", ".txt", ".odt"]

    /// The title and its 1-based line.
    static func titleLine(of document: Document, piece: Piece) -> (title: String, line: Int)? {
        let own = ownTitleLine(of: document, piece: piece)
        if let own, !own.title.utf16.contains(where: Glyph.isComma), !titleLabels.contains(where: own.title.hasPrefix) { return own }
        // No line of its own, a sentence read as one (a notice's `现将《…》印发给你们`), or the
        // metadata's own `标题:` line: the title a portal's metadata or the notice names is the better one.
        // A sentence read as the title gives way to the title a site's introduction names.
        return labelledTitle(of: document, piece: piece) ?? noticedTitle(of: document, piece: piece)
            ?? introducedTitle(of: document, piece: piece) ?? own ?? titleAfterOutline(of: document, piece: piece)
            ?? pageMarkerTitle(of: document, piece: piece) ?? stampedLineTitle(of: document, piece: piece)
    }

    private static func ownTitleLine(of document: Document, piece: Piece) -> (title: String, line: Int)? {
        // Lines one at a time: the title is nearly always on the first.
        let lines = TextLine.lazyLines(of: document, in: piece.range)
        if let heading = piece.heading {
            let line = lines.first { $0.trimmedText(in: document) == heading }?.number ?? lines.first { _ in true }?.number ?? 1
            return (PieceSplitter.headingTitle(heading), line)
        }
        // Sites put a button or their name above the title (`返回`, `绿色圃中小学教育网`): when the
        // first line is that short and names neither a year nor a genre, the next line of the
        // first few that names a genre (计划, 方案, 总结 …) and is no sentence is the title.
        // A title glued to the portal's metadata after it is read without them.
        // Only a residue line can hold the metadata, so it is read for a title only then.
        // Read one at a time as they are needed: the first is nearly always the title, and each
        // line read is folded and searched for residue (a fifth of building an outline when the
        // first few were read for every document).
        var candidates = lines.lazy.compactMap({ line -> (TextLine, String)? in
            let text = SiteResidue.droppingLeadingSlogan(line.trimmedText(in: document, limit: titleReadLength))
            guard !text.isEmpty else { return nil }
            // A site's label for a piece carries the piece's title without the site's number
            // (`职业健康年度工作计划篇一`, `第1篇 2016年…工作计划范文`); a bare `篇一` names none.
            guard SiteResidue.isResidue(text) else {
                guard text.utf16.contains(Glyph.pian), PieceLabel.isLabel(TextNormalizer.fold(Array(text.utf16))[...]) else { return (line, text) }
                // A bare `第一篇` names no title: the site's preface or the text below may.
                return PieceLabel.title(of: text).map { (line, $0) }
            }
            if let title = titleBeforeMetadata(text) { return (line, title) }
            // The file a site offers is named after the document (`…工作计划.docx`).
            if FileNameLine.isFileName(TextNormalizer.fold(Array(text.utf16))[...]) { return (line, titleText(text)) }
            // A collection page copied into one line: its title, count and all, glued to the site's preface.
            // Not the site's own sentence that names its page (`以下是小编为大家整理的…工作计划6篇`).
            // Only a line with 篇 can hold the count: the others are not read again.
            guard text.utf16.contains(Glyph.pian), let glued = gluedTitle(text), SiteCollectionYear.isCollectionLine(glued),
                  !SiteResidue.isResidue(glued) else { return nil }
            return (line, glued)
        })
            // A hijacked page's keyword line names no genre; a title glued to one does (kept).
            .filter { !startsWithBullet($0.1) && !isDocumentNumber($0.1) && !(SiteResidue.hasGluedMarker($0.1) && !namesGenre($0.1))
                && !isSectionLabel($0.1) && !isAddresseeList($0.1) && !isContactLine($0.1) && !isMenuLine($0.1) && !titleLabels.contains($0.1)
                && !isBareDate($0.1) && !SiteTabRow.contains(document, line: $0.0.index) }
            .makeIterator()
        guard let first = candidates.next() else { return nil }
        var later: [(TextLine, String)] = []
        func readLater(upTo count: Int) {
            while later.count < count, let next = candidates.next() { later.append(next) }
        }
        // A title set on two lines, the body's name above what it issues (`五角场街道办事处` /
        // `2020年街道无偿献血工作实施意见`): read as one.
        if isBodyName(first.1) {
            readLater(upTo: 1)
            if let second = later.first, namesGenre(second.1), isTitleShaped(titleText(second.1)) {
                return (titleText(first.1) + titleText(second.1), second.0.number)
            }
        }
        let firstIsTitle = isTitleShaped(titleText(first.1)) && !isSiteLabel(first.1)
        // A site label, or a first line that is no title at all (a pasted sentence, a counter):
        // the next of the first few lines that names a genre or a meeting and reads as a title.
        if !firstIsTitle {
            readLater(upTo: titleCandidates - 1)
            if let named = later.first(where: { candidate in
                (namesGenre(candidate.1) || isNewsOrSpeech(title: candidate.1)) && isTitleShaped(titleText(candidate.1))
                    && candidate.1.last.map { !"。！？.!?".contains($0) } ?? false
            }) {
                return (titleText(named.1), named.0.number)
            }
        }
        let text = titleText(first.1)
        guard isTitleShaped(text) else { return gluedTitle(first.1).map { ($0, first.0.number) } }
        return (text, first.0.number)
    }

    /// Where `word` first starts in `units` at or before `limit`; with `skippingProgrammes`, not
    /// where it opens a programme's name (`计划生育`, `计划免疫` name no genre).
    static func firstIndex(of word: [UInt16], in units: [UInt16], before limit: Int, skippingProgrammes: Bool = false) -> Int? {
        guard word.count <= units.count else { return nil }
        for start in 0...min(limit, units.count - word.count) where units[start..<start + word.count].elementsEqual(word) {
            if skippingProgrammes, programmeNames.contains(where: { name in
                start + name.count <= units.count && units[start..<start + name.count].elementsEqual(name)
            }) { continue }
            return start
        }
        return nil
    }

    /// Whether a line names a document's genre (a plan, a summary, a programme, a notice …).
    static func namesGenre(_ line: String) -> Bool {
        let units = TextNormalizer.fold(Array(line.utf16))
        return genreWords.contains { units.containsSubsequence($0) }
    }

    /// A line as a title: without a Markdown heading's `#` marks or a file extension a site appended.
    static func titleText(_ line: String) -> String {
        // A Markdown heading's `#` marks are layout, not title.
        var text = droppingPageField(String(line.drop { $0 == "#" }.drop { $0 == " " }))
        if text.utf8.contains(UInt8(ascii: ".")) {
            let lowercased = text.lowercased()
            for suffix in fileExtensions where lowercased.hasSuffix(suffix) {
                text = String(text.dropLast(suffix.count))
            }
        }
        return droppingRepeat(text)
    }

    /// A title a page's text printed twice in a row (`…工作思路…工作思路`, a header over its own
    /// first line): once.
    static func droppingRepeat(_ text: String) -> String {
        let units = Array(text.utf16)
        guard units.count >= 8, units.count % 2 == 0, units[..<(units.count / 2)].elementsEqual(units[(units.count / 2)...]) else { return text }
        return String(decoding: units[..<(units.count / 2)], as: UTF16.self)
    }

    /// A title without the page number field a Word page's header left before it when the page
    /// was saved as text (`1、第PAGE20页共NUMPAGES20页2022年妇幼卫生工作年终总结`, `第第頁(yè)2008年…`).
    static func droppingPageField(_ text: String) -> String {
        // Only a line that opens with a digit or 第 is read further: most titles open otherwise.
        guard let first = text.utf16.first, (0x30...0x39).contains(first) || first == 0x7B2C else { return text }
        let head = text.prefix(pageFieldReach)
        if head.utf8.contains(UInt8(ascii: "N")), let field = head.range(of: "NUMPAGES"),
           let page = text[field.upperBound...].prefix(6).firstIndex(where: { $0 == "页" || $0 == "頁" }) {
            return droppingReading(text[text.index(after: page)...])
        }
        for empty in ["第第页", "第第頁", "第页共页", "第頁共頁"] where text.hasPrefix(empty) {
            return droppingReading(text.dropFirst(empty.count))
        }
        return text
    }

    /// The text without the reading some sites put after a character at its start (`(yè)2008年…`).
    private static func droppingReading(_ text: Substring) -> String {
        guard text.hasPrefix("("), let close = text.prefix(8).firstIndex(of: ")") else { return String(text) }
        return String(text[text.index(after: close)...])
    }

    static let pageFieldReach = 30

    /// Short, no sentence inside, and no heading number of its own.
    static func isTitleShaped(_ text: String) -> Bool {
        let units = Array(text.utf16)
        // Counted on the units first: a page read into one line must not be walked character by character.
        // A title names something in Chinese: a table's bar or a counter alone is none.
        // The pinyin readings a reposted copy puts after its characters (`生態(tài)環(huán)境局`) are not
        // counted: the title is as long as what it shows.
        guard !text.isEmpty, units.count <= 3 * maxTitleLength,
              text.count <= maxTitleLength || TextNormalizer.fold(units).count(where: { $0 != TextNormalizer.ignorable }) <= maxTitleLength,
              !units.dropLast().contains(where: Glyph.isSentenceEnd), units.contains(where: { (0x3400...0x9FFF).contains($0) }) else { return false }
        // Only a line that opens like a heading number is parsed for one.
        guard let first = units.first, mayOpenHeading(first) else { return true }
        return HeadingParser.headings(in: Document(path: "", text: text)).first(where: { $0.style != .enumeration }) == nil
    }

    /// Whether a line starting with this unit may be a numbered heading: a Chinese numeral, a
    /// digit, a bracket, a circled number or 第.
    static func mayOpenHeading(_ unit: UInt16) -> Bool {
        ChineseNumeral.isNumeralUnit(unit) || (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit)
            || [0x28, 0xFF08, 0x7B2C, 0x3010, 0x5B].contains(unit) || (0x2460...0x2473).contains(unit)
    }

    /// The first non-empty, non-residue lines after the title, before the site's footer
    /// (`contentEnd`, found once per piece by the caller).
    static func openingLines(of document: Document, piece: Piece, after titleLine: Int?, contentEnd end: Int,
                             count: Int = openingLineCount, limit: Int = .max) -> [String] {
        openingLineRanges(of: document, piece: piece, after: titleLine, contentEnd: end, count: count, limit: limit).map { document.text(in: $0) }
    }

    /// `openingLines` as ranges of the document's units, for a reader that compares units.
    static func openingLineRanges(of document: Document, piece: Piece, after titleLine: Int?, contentEnd end: Int,
                                  count: Int = openingLineCount, limit: Int = .max) -> [Range<Int>] {
        // Read on the document's units: a String's UTF-16 is decoded again at every look.
        Array(TextLine.lazyLines(of: document, in: piece.range.lowerBound..<end)
            .lazy.filter { $0.number > (titleLine ?? 0) }
            .map { line -> Range<Int> in
                let trimmed = line.trimmed(in: document.utf16)
                return limit == .max ? trimmed : trimmed.lowerBound..<min(trimmed.upperBound, trimmed.lowerBound + limit)
            }
            .filter { !$0.isEmpty && !SiteResidue.isResidue(document, line: $0) }
            .prefix(count))
    }
}
