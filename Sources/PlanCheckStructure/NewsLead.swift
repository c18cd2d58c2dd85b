import PlanCheckCore
import PlanCheckDocuments

/// A news report's lead (also a New Year's address, or a guide to writing a plan): a newspaper's or a news site's dateline (`本报讯`, `竹溪新闻网讯 记者…`),
/// or a first sentence that dates a meeting by month and day and says it was held
/// (`2月2日，…工作会议在…召开`). A report of the meeting where a plan was announced is about
/// health work but is no plan: its elements are not checked. A plan or a summary opens with its
/// purpose (`为进一步…`) or with the year it covers, not with a day's news.
enum NewsLead {
    /// Whether the title line or the first lines after it read as a news lead.
    static func opens(_ document: Document, piece: Piece, titleLine: (title: String, line: Int)?, contentEnd: Int) -> Bool {
        // A few lines: an e-paper puts its date and page buttons between headline and lead.
        // The lines after the title, and the first lines of the piece when the title was found
        // further down (a guide's introduction above a sentence read as its title).
        var opening = MetadataExtractor.openingLineRanges(of: document, piece: piece, after: titleLine?.line, contentEnd: contentEnd,
                                                          count: openingLineCount, limit: readLength)
        if let line = titleLine?.line, line > 1 {
            opening += MetadataExtractor.openingLineRanges(of: document, piece: piece, after: nil, contentEnd: contentEnd,
                                                           count: openingLineCount, limit: readLength)
        }
        let openingUnits = opening.map { Array(document.utf16[$0]) }
        // The whole title line: a lead copied without its headline is read as a title up to its 总结.
        // Not a site's introduction that names the title (`你们知道怎么写…吗？以下是小编为您整理的…`).
        let title = titleLine.flatMap { title -> [UInt16]? in
            let range = document.sourceMap.lineRange(at: title.line - 1).prefix(readLength)
            return SiteResidue.isResidue(document, line: range) ? nil : Array(document.utf16[range])
        }
        return ([title].compactMap { $0 } + openingUnits).contains { isLead(Array($0.drop { $0 == 0x20 || $0 == 0x3000 })) }
            // A title that ends in a plan's genre (`2024年上海市国家健康素养监测工作方案`) says what the page
            // is, wherever a site filed it (a company's 行业资讯).
            || (!endsInPlanGenre(titleLine?.title) && filesUnderNews(document, piece: piece, above: titleLine?.line, contentEnd: contentEnd))
            || NewsSource.credited(document, piece: piece, contentEnd: contentEnd)
            || NewsByline.appears(in: document, range: piece.range.lowerBound..<max(piece.range.lowerBound, contentEnd))
            || NewsByline.credited(in: document, range: piece.range)
    }

    private static func endsInPlanGenre(_ title: String?) -> Bool {
        guard let title else { return false }
        let folded = TextNormalizer.fold(Array(title.utf16))
        return planGenres.contains { folded.count > $0.count && folded.suffix($0.count).elementsEqual($0) }
    }

    private static let planGenres = ["方案", "计划", "要点", "规划"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// Whether a breadcrumb among the page's first lines, above its title, files it under news.
    private static func filesUnderNews(_ document: Document, piece: Piece, above titleLine: Int?, contentEnd: Int) -> Bool {
        TextLine.lazyLines(of: document, in: piece.range.lowerBound..<contentEnd)
            .prefix { $0.number < (titleLine ?? openingLineCount + 1) }
            .prefix(openingLineCount)
            .contains { line in
                // Measured before it is folded: a page's first line can be a whole paragraph.
                let range = line.trimmed(in: document.utf16)
                return range.count <= breadcrumbLength && isNewsBreadcrumb(TextNormalizer.fold(Array(document.utf16[range])))
            }
    }

    static let openingLineCount = 5

    /// Units of a line read: a lead is the first sentence.
    static let readLength = 200

    static func isLead(_ line: [UInt16]) -> Bool {
        let units = TextNormalizer.fold(line)
        // A dateline, a New Year's address (新年钟声, 新年祝福) or a guide to writing a plan
        // (撰写指南): about the year's work, but none plans it. One pass for all their words; the
        // automaton passes over invisible units, so a line with one is read word by word as before.
        if units.contains(TextNormalizer.ignorable) {
            if (datelines + notAPlanWords).contains(where: { units.containsSubsequence($0) }) { return true }
        } else if leadWords.containsMatch(in: units, range: 0..<units.count) {
            return true
        }
        if citesNewsSource(units) || hasAgencyDateline(units) || quotesTheDocument(units) { return true }
        // `会议指出,…` `会议强调,…`: a report of what a meeting said; a plan says what is to be done.
        if meetingSaid.contains(where: { units.starts(with: $0) }) { return true }
        // A headline's subtitle that reports the meeting (`——资阳市召开2025年免疫规划管理工作会议`).
        if units.first == 0x2014, meetingVerbs.contains(where: { units.containsSubsequence($0) }) { return true }
        let first = firstSentence(of: units, from: 0)
        // `…精神,近日,中山市卫生健康局组织召开全市卫生监督工作会议`: a meeting held lately, as news tells it.
        if heldLately(first) { return true }
        // `为提高…,顺利完成…创建工作。3月8日,县卫健局组织召开…讨论会。`: the purpose in a sentence of
        // its own, then the day's meeting; a plan follows its purpose with what it sets (特制定本方案),
        // and its dates are deadlines (`3月5日前召开`), not a day followed by who met (`3月8日,县卫健局`).
        if units.first == purpose, first.count + 1 < units.count, let afterDate = monthDay(in: units, at: first.count + 1),
           afterDate < units.count, Glyph.isComma(units[afterDate]) || hours.contains(where: { units[afterDate...].starts(with: $0) }),
           dateLedVerbs.contains(where: { firstSentence(of: units, from: afterDate).containsSubsequence($0) }) {
            return true
        }
        if let afterDate = monthDay(in: units, at: 0) {
            // The first sentence only: a meeting held that day, or a deed done
            // (`4月13日至14日,县水务局…顺利完成…采样工作`); a plan dates what is to be done.
            let sentence = firstSentence(of: units, from: afterDate)
            return dateLedVerbs.contains { sentence.containsSubsequence($0) }
        }
        return meetingHeldAtAnHour(first) || attendedOnADay(first)
    }

    /// `为全面总结2023年工作,…,1月10日,县卫健局考核组到…卫生院,开展…述职评议工作,…等20余人参加会议`: a day
    /// after a comma, then who met on it and who attended. A notice that calls a meeting sets the day
    /// ahead (定于, 将, 拟) and asks who is to come (请…参加).
    private static func attendedOnADay(_ sentence: [UInt16]) -> Bool {
        // The day first: most sentences have none after a comma, and the words are not looked for.
        for start in sentence.indices where (0x30...0x39).contains(sentence[start]) {
            guard start == 0 || Glyph.isComma(sentence[start - 1]) || sentence[start - 1] == 0x20,
                  var afterDay = monthDay(in: sentence, at: start) else { continue }
            if let hour = hours.first(where: { sentence[afterDay...].starts(with: $0) }) { afterDay += hour.count }
            guard afterDay < sentence.count, Glyph.isComma(sentence[afterDay]) else { continue }
            let before = Array(sentence[..<start])
            return attendance.contains(where: { sentence.containsSubsequence($0) })
                && !aheadWords.contains { before.containsSubsequence($0) } && !sentence[afterDay...].contains(askingWord)
        }
        return false
    }

    /// Who attended, as a report says it.
    private static let attendance = ["参加会议", "参加了会议", "出席会议", "参加本次会议", "参加了本次会议", "人参加"].map { Array($0.utf16) }
    /// Words that set a day ahead.
    private static let aheadWords = ["定于", "拟", "将"].map { Array($0.utf16) }
    /// 请: a notice asks who is to come.
    private static let askingWord: UInt16 = 0x8BF7

    private static func firstSentence(of units: [UInt16], from start: Int) -> [UInt16] {
        let end = units[start...].firstIndex(where: { $0 == 0x3002 || $0 == 0xFF01 }) ?? units.endIndex
        return Array(units[start..<end])
    }

    /// `为全面盘点…工作，3月9日下午县疾控中心组织召开…汇报会`: a meeting held on a day and at an
    /// hour (上午, 下午, 晚上) or in a place (`5月11日,在…召开`), told after a clause of purpose. Only a report gives the hour a
    /// meeting was held; a notice sets one ahead (定于, 拟于, 将于), and a plan's schedule dates
    /// the work, not the hour.
    private static func meetingHeldAtAnHour(_ sentence: [UInt16]) -> Bool {
        for start in sentence.indices where (0x30...0x39).contains(sentence[start]) {
            // The date opens the sentence or follows a comma or space: not 定于. With its year
            // (`2024年3月9日下午召开动员会`) a plan may set a meeting; a visit made on it is reported
            // (`,2025年3月12日上午,由市政协副主席带领…开展专题调研`).
            guard start == 0 || Glyph.isComma(sentence[start - 1]) || sentence[start - 1] == 0x20 else { continue }
            let year = yearEnd(in: sentence, at: start)
            guard let afterDay = monthDay(in: sentence, at: year ?? start),
                  hours.contains(where: { sentence[afterDay...].starts(with: $0) }) || namesThePlace(sentence, after: afterDay)
                    || namesItselfMeeting(sentence, after: afterDay)
            else { continue }
            return (year == nil ? meetingVerbs + visitVerbs : visitVerbs).contains { Array(sentence[afterDay...]).containsSubsequence($0) }
        }
        return false
    }

    /// Where `2025年` starting at `start` ends, if four digits and 年 stand there.
    private static func yearEnd(in units: [UInt16], at start: Int) -> Int? {
        guard start + 5 <= units.count, (start..<start + 4).allSatisfy({ (0x30...0x39).contains(units[$0]) }),
              units[start + 4] == Glyph.nian else { return nil }
        return start + 5
    }

    private static let hours = ["上午", "下午", "晚上", "晚"].map { Array($0.utf16) }

    /// `近日` opening a clause, and a meeting held after it in the sentence. A plan that cites news
    /// says what was issued lately (`近日，省卫健委印发了…`), not that a meeting was held.
    private static func heldLately(_ sentence: [UInt16]) -> Bool {
        guard let lately = sentence.firstRange(ofSubsequence: latelyWord),
              lately.lowerBound == 0 || Glyph.isComma(sentence[lately.lowerBound - 1]) else { return false }
        let after = Array(sentence[lately.upperBound...])
        return meetingVerbs.contains { after.containsSubsequence($0) }
    }

    private static let latelyWord = Array("近日".utf16)
    private static let purpose: UInt16 = 0x4E3A // 为

    /// `…,7月25日,我中心召开半年度…交流会`: the day, then (after a comma) the writer calling itself
    /// 我中心, 我局 … as the body that met, with no 将 or 拟 to set it ahead: a report of its meeting.
    private static func namesItselfMeeting(_ sentence: [UInt16], after day: Int) -> Bool {
        guard day + 3 < sentence.count, Glyph.isComma(sentence[day]), sentence[day + 1] == 0x6211, // 我
              selfBodies.contains(sentence[day + 2]) else { return false }
        let rest = sentence[(day + 3)...].prefix(selfMeetingReach)
        guard let verb = meetingVerbs.compactMap({ rest.firstRange(ofSubsequence: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        return !rest[..<verb.lowerBound].contains { $0 == 0x5C06 || $0 == 0x62DF } // 将 拟
    }

    /// 中心, 局, 院, 委, 所, 站: the first unit of the body a writer calls itself after 我.
    private static let selfBodies: Set<UInt16> = [0x4E2D, 0x5C40, 0x9662, 0x59D4, 0x6240, 0x7AD9]
    private static let selfMeetingReach = 12

    /// `…,5月11日,在县行政中心召开…`: the day, then (after a comma) where it was held; a scheme
    /// that dates an event ahead says so before the place (`4月1日,将在县广场召开`).
    private static func namesThePlace(_ sentence: [UInt16], after day: Int) -> Bool {
        var index = day
        if index < sentence.count, Glyph.isComma(sentence[index]) { index += 1 }
        return index < sentence.count && sentence[index] == 0x5728 // 在
    }

    /// `据河北省卫生健康委员会消息，…`: a report that names the body it heard the news from. A plan
    /// says 根据 what it is written, never 据…消息.
    private static func citesNewsSource(_ units: [UInt16]) -> Bool {
        guard units.first == 0x636E, let news = units.prefix(sourceReach).firstRange(ofSubsequence: newsWord) else { return false } // 据
        return news.upperBound < units.count && Glyph.isComma(units[news.upperBound])
    }

    /// `人民网北京2月10日电 国家卫生计生委今天上午…`, `新华社北京3月5日电（记者…）`: a news agency's
    /// dateline, the day then 电 and a space or a bracket, within a line's first words.
    private static func hasAgencyDateline(_ units: [UInt16]) -> Bool {
        let end = min(units.count, datelineReach)
        guard end >= 4 else { return false }
        for at in 1..<(end - 1) where units[at] == 0x65E5 && units[at + 1] == 0x7535 { // 日电
            guard Glyph.digit(units[at - 1]) != nil else { continue }
            let next = at + 2 < units.count ? units[at + 2] : 0x20
            if [0x20, 0x3000, 0x28, 0xFF08].contains(next) { return true }
        }
        return false
    }

    /// `…印发《关于开展…的通知》。《通知》指出,…`: a report that quotes a document by its kind
    /// alone, as news does; the document itself, or one forwarding it, says 本通知 or 《通知》要求.
    private static func quotesTheDocument(_ units: [UInt16]) -> Bool {
        // At each 》: a kind alone inside the brackets, and a verb of reporting after them.
        for close in units.indices where units[close] == 0x300B && close >= 3 && close + 2 < units.count {
            guard units[close - 3] == 0x300A, quotedKinds.contains(Array(units[(close - 2)..<close])),
                  reportingVerbs.contains(Array(units[(close + 1)...(close + 2)])) else { continue }
            return true
        }
        return false
    }

    private static let quotedKinds: Set<[UInt16]> = Set(["通知", "方案", "意见", "计划", "要点", "办法"].map { TextNormalizer.fold(Array($0.utf16)) })
    private static let reportingVerbs: Set<[UInt16]> = Set(["指出", "强调"].map { TextNormalizer.fold(Array($0.utf16)) })

    /// `首页 > 新闻 > 宜秀要闻 > 正文`: a portal's breadcrumb that files the page under its news
    /// (a column ending 新闻 or 要闻); plans are filed under 政务公开, 通知公告 or 计划规划.
    private static func isNewsBreadcrumb(_ units: [UInt16]) -> Bool {
        guard units.count <= breadcrumbLength else { return false }
        let names = units.split { breadcrumbSeparators.contains($0) }.map { $0.filter { $0 != 0x20 && $0 != 0x3000 } }.filter { !$0.isEmpty }
        func ends(_ name: [UInt16], in columns: [[UInt16]]) -> Bool {
            columns.contains { name.count >= $0.count && name.suffix($0.count).elementsEqual($0) }
        }
        // A trail that stops at its column (`» 医疗百科 » 行业资讯`, `首页 > 孝感资讯 >`) names the
        // column the page is filed in; one that goes on names the page last (`首页 > 资讯 > 政策`).
        if names.count >= 2, let last = names.last, ends(last, in: newsColumns + lastNewsColumns) { return true }
        guard names.count >= 3 else { return false }
        return names.dropLast().contains { ends($0, in: newsColumns) }
    }

    private static let breadcrumbLength = 80
    private static let breadcrumbSeparators: Set<UInt16> = [0x3E, 0xFF1E, 0xBB, 0x203A] // > ＞ » ›
    private static let newsColumns = ["新闻", "要闻"].map { Array($0.utf16) }
    /// Columns of news when a trail ends with them (行业资讯, 工作动态); a portal also files its
    /// policies under 资讯 (`首页 > 资讯 > 政策`).
    private static let lastNewsColumns = ["资讯", "动态"].map { Array($0.utf16) }

    private static let datelineReach = 24
    private static let sourceReach = 30
    private static let newsWord = Array("消息".utf16)

    /// Where `2月2日` or `12月30日` starting at `start` ends, if one does; at a line's start a date
    /// without a year is a report's (a plan's own dates carry one).
    private static func monthDay(in units: [UInt16], at start: Int) -> Int? {
        var index = start
        func digits() -> Bool {
            let first = index
            while index < units.count, index - first < 2, (0x30...0x39).contains(units[index]) { index += 1 }
            return index > first
        }
        guard digits(), index < units.count, units[index] == 0x6708 else { return nil } // 月
        index += 1
        guard digits(), index < units.count, units[index] == 0x65E5 else { return nil } // 日
        return index + 1
    }

    private static let datelines = ["报讯", "网讯", "日讯", "刊讯", "消息(", "消息（", "讯(记者", "讯（记者", "讯 记者", "电(记者", "电（记者"]
        .map { TextNormalizer.fold(Array($0.utf16)) }
    private static let notAPlanWords = ["新年钟声", "新年祝福", "新春祝福", "新年的祝福", "撰写指南", "写作指南", "怎么写", "如何撰写"]
        .map { TextNormalizer.fold(Array($0.utf16)) }
    private static let leadWords = AhoCorasick(patterns: datelines + notAPlanWords)
    private static let meetingVerbs = ["召开", "举行", "举办"].map { TextNormalizer.fold(Array($0.utf16)) }
    private static let meetingSaid = ["会议指出", "会议强调", "会议要求", "会议认为"].map { TextNormalizer.fold(Array($0.utf16)) }
    /// What a sentence opening with a day reports: a meeting held, or a deed done.
    private static let dateLedVerbs = meetingVerbs + visitVerbs
        + ["顺利完成", "圆满完成", "完成了", "开展了"].map { TextNormalizer.fold(Array($0.utf16)) }
    /// A visit reported: officials who came to look (调研, 视察), or a programme brought to a place
    /// (`“乡村医生培训”走进井陉县`).
    private static let visitVerbs = ["调研", "视察", "走进"].map { TextNormalizer.fold(Array($0.utf16)) }
}
