import PlanCheckCore

/// Residue told by the shape of a line rather than by its words: breadcrumbs, stamps, labels,
/// a metadata table's cells, widgets, hashtags, spam keyword chains, labels with their letters
/// spread out.
extension SiteResidue {
    /// Whether a (trimmed) line is residue by its shape rather than its words: a breadcrumb (two
    /// or more of `>` `＞` `»` `›`), a date with a time (`2023-11-19 09:01:27`) or a dashed date
    /// on a short line (`2024-02-06`, `23-04-23`), or a site's label opening a short line (`来源：`, `作者：`,
    /// `责编：`, `标签：`, `栏目：`, `编号：`, `出处：`), a metadata table's row of labelled cells
    /// (`文 号: | 所属主题: | 政策文件 |`), or a watermark in styled letters (`𝗔𝒾𝘹𝓈.𝓒𝗢𝓶`). A plan's own lines write dates with 年月日 and open with headings or sentences.
    static func hasResidueShape(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        // Breadcrumbs, stamps and labels are short lines; a paragraph of a plan is not read.
        guard !range.isEmpty, range.count <= maximumShapedLength else { return false }
        var separators = 0
        // `<` opens a tag or a comparison, never a breadcrumb: `<b>` has a `>` of its own.
        var opensAngle = false
        var dashedDate = false
        var time = false
        var styledLetters = 0
        var pipes = 0
        // Colons outside brackets: a table's head names its unit in them (`金额(单位:万元)`), a label does not.
        var colons = 0
        var bracketDepth = 0
        var underscores = 0
        var dashes = 0
        var hashes = 0
        var dots = 0
        var hasIdeograph = false
        var index = range.lowerBound
        while index < range.upperBound {
            let unit = units[index]
            // Ideographs, most of a line, are none of the marks read here: one compare each
            // (up to the surrogates, which pair into the styled letters read below).
            if unit &- 0x3400 < 0xD800 - 0x3400 {
                hasIdeograph = true
                index += 1
                continue
            }
            switch unit {
            case 0x7C: pipes += 1
            case 0x3A where bracketDepth == 0, 0xFF1A where bracketDepth == 0: colons += 1
            case 0x28, 0xFF08: bracketDepth += 1
            case 0x29, 0xFF09: bracketDepth = max(0, bracketDepth - 1)
            case 0x5F: underscores += 1
            case 0x2D: dashes += 1
            case 0x23, 0xFF03: hashes += 1
            case 0x2E: dots += 1
            default: break
            }
            switch unit {
            case 0x3C, 0xFF1C, 0xAB, 0x2039: opensAngle = true // < ＜ « ‹
            case 0x3E, 0xFF1E, 0xBB, 0x203A: // > ＞ » ›, but not a bound such as `>90%`
                var next = index + 1
                while next < range.upperBound, units[next] == 0x20 || units[next] == 0x3E { next += 1 }
                if next == range.upperBound || !(0x30...0x39).contains(units[next]) { separators += 1 }
            case 0x30...0x39 where index + 7 < range.upperBound && !dashedDate:
                // dddd-dd-dd or dddd/d/d: a year, a month and a day joined by dashes, slashes or
                // dots (a span of years, 2011-2020, is none).
                func isDigit(_ at: Int) -> Bool { at < range.upperBound && (0x30...0x39).contains(units[at]) }
                func isJoin(_ at: Int) -> Bool { at < range.upperBound && [0x2D, 0x2F, 0x2E].contains(units[at]) }
                if (index == range.lowerBound || !isDigit(index - 1)), isDigit(index + 1), isDigit(index + 2), isDigit(index + 3),
                   isJoin(index + 4), isDigit(index + 5) {
                    let month = isDigit(index + 6) ? index + 7 : index + 6
                    dashedDate = isJoin(month) && isDigit(month + 1)
                }
                // dd.mm.yyyy, a stamp written day first (`09.12.2015  16:30`).
                if !dashedDate, index == range.lowerBound || !isDigit(index - 1), isDigit(index + 1), isJoin(index + 2),
                   isDigit(index + 3), isDigit(index + 4), isJoin(index + 5), (6...9).allSatisfy({ isDigit(index + $0) }), !isDigit(index + 10) {
                    dashedDate = true
                }
                // dd-dd-dd, a site's short stamp (`时间:23-04-23 网友`): dashes only, as `1.2.3` numbers a clause.
                func isDash(_ at: Int) -> Bool { at < range.upperBound && units[at] == 0x2D }
                if !dashedDate, index == range.lowerBound || !isDigit(index - 1), isDigit(index + 1), isDash(index + 2),
                   isDigit(index + 3), isDigit(index + 4), isDash(index + 5), isDigit(index + 6), isDigit(index + 7), !isDigit(index + 8) {
                    dashedDate = true
                }
            case 0x3A where index >= 2 && index + 2 < range.upperBound:
                // hh:mm
                time = time || ((0x30...0x39).contains(units[index - 1]) && (0x30...0x39).contains(units[index - 2])
                    && (0x30...0x39).contains(units[index + 1]) && (0x30...0x39).contains(units[index + 2]))
            case 0xD835: // 𝗔𝒾𝘹…: styled letters (U+1D400–1D7FF) spell a site's watermark, never a plan's words
                styledLetters += 1
            default: break
            }
            index += 1
        }
        if styledLetters >= 3 { return true }
        // A portal's label with its letters spread out (`索 引 号:`, `发 布 机 构`).
        if range.count <= maximumSpacedLabelLength, hasSpacedMarker(units, range) { return true }
        // A social page's hashtags (`#生活知识# #社会生活#`); a plan numbers with （一）, not #.
        if hashes >= 4, hashtagCount(units[range]) >= 2 { return true }
        // A spam page's title, keywords chained by underscores (see `isKeywordChain`).
        if underscores >= 2, isKeywordChain(units[range]) { return true }
        if pipes == 1, isTitlePair(units[range]) { return true }
        if pipes >= 2, isLinkRow(units[range]) { return true }
        if range.count <= maximumMenuLength, isMenuRow(units[range]) { return true }
        // A portal's metadata table copied as a row of cells (`文 号: | 所属主题: | 政策文件 |`), and
        // the row of dashes under a table's head (`---|---|`); not a table's empty row (`||||`),
        // which is the document's.
        if pipes >= 2 && (colons >= 1 || (!hasIdeograph && dashes > 0)) { return true }
        if separators >= 2 && !opensAngle { return true }
        // A sharing site's name on a line of its own (天天范文, 第一范文).
        if range.count <= 6, range.count > 2, units[range.upperBound - 2] == 0x8303, units[range.upperBound - 1] == 0x6587 { return true }
        if dashedDate && (time || range.count <= 40) { return true }
        // A site's widget alone on its line (`搜 索`, `微博`, `Qzone`): a plan's heading says what is searched.
        if range.count <= maximumWidgetLineLength, isWidget(units[range]) { return true }
        if range.count <= maximumWidgetRowLength, isWidgetRow(units[range]) { return true }
        // A portal's buttons (无障碍 关怀版) are a short line's words; a plan writes 无障碍环境建设.
        if range.count <= maximumButtonLineLength,
           buttonWords.contains(where: { units[range].containsSubsequence($0) }) { return true }
        guard range.count <= 60 else { return false }
        // A site's name as its address on a short line (`11月25日 编辑 fanwen51.com`).
        if dots > 0, hasDomainName(units, range) { return true }
        // A label may follow a list's bullet, where a page was turned into Markdown (`- 大小:168.50 KB`).
        let labelled = afterBullet(units, range)
        if tableLabels.contains(where: { label in
            label.count < labelled.count && units[labelled.lowerBound..<labelled.lowerBound + label.count].elementsEqual(label)
                && [0x3A, 0xFF1A, 0x7C, 0x20, 0x3000].contains(units[labelled.lowerBound + label.count])
        }) { return true }
        // Most lines open with no label's first letter: told by one set before any label is compared.
        guard let start = labelled.first, siteLabelStarts.contains(units[start]) else { return false }
        return siteLabels.contains { label in
            label.count + 1 <= labelled.count && units[labelled.lowerBound..<labelled.lowerBound + label.count].elementsEqual(label)
                && [0x3A, 0xFF1A].contains(units[labelled.lowerBound + label.count])
        }
    }

    /// The line after a leading `- `, `* ` or `• ` and its spaces; the whole line when it has none.
    private static func afterBullet(_ units: [UInt16], _ range: Range<Int>) -> Range<Int> {
        guard range.count > 2, [0x2D, 0x2A, 0x2022].contains(units[range.lowerBound]), Glyph.isSpace(units[range.lowerBound + 1]) else { return range }
        var start = range.lowerBound + 1
        while start < range.upperBound, Glyph.isSpace(units[start]) { start += 1 }
        return start..<range.upperBound
    }

    /// Whether a line holds a web address without its `www.`: letters or digits, a dot and a
    /// top-level domain (`fanwen51.com`, `xx.gov.cn`) that no letter follows. A plan's decimals
    /// (`3.5`) and file names (`附件.docx`) are none.
    private static func hasDomainName(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        func isLetterOrDigit(_ unit: UInt16) -> Bool {
            (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
        }
        for dot in range where units[dot] == 0x2E && dot > range.lowerBound && isLetterOrDigit(units[dot - 1]) {
            for domain in topLevelDomains where dot + 1 + domain.count <= range.upperBound
                && units[dot + 1..<dot + 1 + domain.count].elementsEqual(domain) {
                let end = dot + 1 + domain.count
                // Not a mail address on a plan's contact line (`邮箱：abc@163.com`).
                var start = dot
                while start > range.lowerBound, isLetterOrDigit(units[start - 1]) || units[start - 1] == 0x2E || units[start - 1] == 0x2D { start -= 1 }
                if start > range.lowerBound, units[start - 1] == 0x40 { continue }
                if end == range.upperBound || !isLetterOrDigit(units[end]) { return true }
            }
        }
        return false
    }

    /// The endings of the site addresses read here and in `InlineSiteStamp`.
    static let topLevelDomains = ["com", "cn", "net", "org"].map { Array($0.utf16) }

    /// Words of a site's widgets, read with the spaces between their letters dropped.
    /// A title a site printed twice on one line (`2024 年全省爱国卫生月活动实施方案 2024 年全省…实施方案`,
    /// `2012年黄茅洲…工作计划书黄茅洲…工作计划书`): the line ends with the same words twice over,
    /// spaces aside, and those words end in a document's genre. Reported as residue, it is still
    /// read for the title (once: `MetadataExtractor.titleText`).
    static func endsWithDoubledTitle(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        // Most lines end otherwise: told by their last unit before anything is copied.
        guard let last = range.last, genreEnds.contains(units[last]) else { return false }
        let letters = units[range].filter { $0 != 0x20 && $0 != 0x3000 }
        let count = letters.count
        guard count >= 2 * minimumDoubledTitle else { return false }
        for length in minimumDoubledTitle...(count / 2)
        where letters[(count - 2 * length)..<(count - length)].elementsEqual(letters[(count - length)...]) {
            return true
        }
        return false
    }

    /// A row of links to other pages, each a document's title (`部门工作总结 | 部门年度工作总结 | 部门个人工作总结`):
    /// three or more cells between bars, every one ending in a genre. A table's row holds its values.
    private static func isLinkRow(_ line: ArraySlice<UInt16>) -> Bool {
        let cells = line.split(separator: 0x7C).map { $0.filter { $0 != 0x20 && $0 != 0x3000 } }
        return cells.count >= 3 && cells.allSatisfy { cell in
            cell.count >= 4 && cell.count <= maximumLinkLength && cell.last.map(genreEnds.contains) == true
        }
    }

    private static let maximumLinkLength = 30

    /// A site's menu: 首页 and three or more short items after it, split by spaces or bars
    /// (`首页 政府信息公开 新闻中心 网上办事`, `首页 | 问答 | 咨询 | 手机APP`).
    /// A portal may space out its first item's two characters (`首   页 走进西乡 新闻中心 …`).
    private static func isMenuRow(_ line: ArraySlice<UInt16>) -> Bool {
        // Most short lines do not open with 首: told before anything is split.
        guard line.drop(while: isRowSeparator).first == homePage[0] else { return false }
        var items = line.split(whereSeparator: isRowSeparator)
        if items.count > 1, items[0].elementsEqual(homePage.prefix(1)), items[1].elementsEqual(homePage.suffix(1)) {
            items.removeFirst(2)
            items.insert(homePage[...], at: 0)
        }
        guard items.count >= 4, items.first?.elementsEqual(homePage) == true else { return false }
        return items.allSatisfy { $0.count <= maximumMenuItemLength }
    }

    private static let homePage = Array("首页".utf16)
    private static let maximumMenuLength = 80
    private static let maximumMenuItemLength = 8

    /// The last characters of 计划, 方案, 总结, 要点, 计划书, 安排, 思路, 报告, 意见, 通知.
    private static let genreEnds: Set<UInt16> = Set("划案结点书排路告见知".utf16)
    private static let minimumDoubledTitle = 8

    /// A site's buttons alone on a line; `电脑桌面` names the one that adds the site to the desktop.
    static let widgetWords = ["搜索", "微博", "微信", "Qzone", "QQ空间", "分享", "收藏", "登录", "注册", "朗读", "电脑桌面", "×", "✕"].map { Array($0.utf16) }
    static let maximumWidgetLineLength = 9

    private static func isWidget(_ line: ArraySlice<UInt16>) -> Bool {
        let letters = line.filter { $0 != 0x20 && $0 != 0x3000 }
        return widgetWords.contains { $0.elementsEqual(letters) }
    }

    /// `注册 | 登录 一网搜`: a row of a portal's buttons, each a widget's word, split by spaces or bars.
    private static func isWidgetRow(_ line: ArraySlice<UInt16>) -> Bool {
        // Most short lines are a heading with no separator at all: nothing is split for them.
        guard line.contains(where: isRowSeparator) else { return false }
        let buttons = line.split(whereSeparator: isRowSeparator)
        return buttons.count >= 2 && buttons.allSatisfy { button in rowButtons.contains { $0.elementsEqual(button) } }
    }

    /// A space, a bar or a middle dot between buttons: compared, not hashed, as every unit of a
    /// short line is read.
    private static func isRowSeparator(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x3000 || unit == 0x7C || unit == 0xFF5C || unit == 0xB7
    }

    /// The widgets' words, and words seen only in a row of buttons.
    private static let rowButtons = widgetWords + ["一网搜", "网站地图", "无障碍", "简体", "繁体", "繁體", "English",
        // An e-paper's and a portal's article buttons: `收藏 打印 推荐 朗读 评论 更多功能`, `返回主页 | 版面导航`.
        "打印", "推荐", "朗读", "评论", "更多功能", "关闭", "返回主页", "返回首页", "版面导航", "标题导航", "上一版", "下一版", "上一篇", "下一篇",
        // A QR code's pop-up and its close button (`二维码 关闭`).
        "二维码"]
        .map { Array($0.utf16) }
    static let maximumWidgetRowLength = 24

    /// The longest line read for a label spelled with spaces between its letters (UTF-16 units).
    static let maximumSpacedLabelLength = 40

    /// Whether a short line holds a residue marker once the spaces between its Han letters are
    /// dropped; only a line with a Han, a space and a Han is read again.
    private static func hasSpacedMarker(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        guard range.count >= 3, (range.lowerBound + 1..<range.upperBound - 1).contains(where: { at in
            Glyph.isSpace(units[at]) && Glyph.isHan(units[at - 1]) && Glyph.isHan(units[at + 1])
        }) else { return false }
        let letters = TextNormalizer.fold(units[range].filter { !Glyph.isSpace($0) })
        return lineMarkerMatcher.containsMatch(in: letters, range: 0..<letters.count)
    }

    /// `#话题#` tags: a `#`, two to twelve characters that are no space or `#`, a `#`.
    private static func hashtagCount(_ line: ArraySlice<UInt16>) -> Int {
        var count = 0
        var open: Int?
        for index in line.indices {
            let unit = line[index]
            if unit == 0x23 || unit == 0xFF03 {
                if let start = open, (2...12).contains(index - start - 1) { count += 1; open = nil } else { open = index }
            } else if unit == 0x20 || unit == 0x3000 {
                open = nil
            }
        }
        return count
    }

    /// Whether a line holds only markup tags, perhaps after a list's mark (`1. <dl id="x"></dl>`,
    /// `<th id='a'><noframes id='a'>`): a page's code left bare, no text of the document.
    static func isMarkupOnly(_ line: ArraySlice<UInt16>) -> Bool {
        let units = line.drop { $0 == 0x20 || $0 == 0x2E || $0 == 0x2022 || (0x30...0x39).contains($0) }
        guard let first = units.first, first == 0x3C, units.last == 0x3E else { return false }
        return !units.contains { (0x3400...0x9FFF).contains($0) }
    }

    /// `疫情防控期间学校开学工作方案|疫情小学开学工作方案`: a sharing site's page title, two
    /// titles of one kind joined by a bar; a document's own title names itself once.
    static func isTitlePair(_ line: ArraySlice<UInt16>) -> Bool {
        guard let bar = line.firstIndex(of: 0x7C) else { return false }
        func trimmed(_ side: ArraySlice<UInt16>) -> ArraySlice<UInt16> {
            side.drop { $0 == 0x20 || $0 == 0x3000 }.reversed().drop { $0 == 0x20 || $0 == 0x3000 }.reversed()[...]
        }
        let left = Array(trimmed(line[..<bar])), right = Array(trimmed(line[(bar + 1)...]))
        guard left.count >= minimumPairedTitle, right.count >= minimumPairedTitle else { return false }
        return pairedTitleKinds.contains { kind in left.suffix(kind.count).elementsEqual(kind) && right.suffix(kind.count).elementsEqual(kind) }
    }

    private static let minimumPairedTitle = 6
    private static let pairedTitleKinds = ["方案", "计划", "总结", "要点", "范文", "大全"].map { Array($0.utf16) }

    /// The shortest keyword of a spam title's chain: a template's blanks sit a few characters
    /// apart (`20_年工作方案_镇卫生院20_年`), a spam page's keywords are phrases.
    static let minimumChainedKeyword = 7

    /// `关键词甲甲甲甲_关键词乙乙乙乙_关键词丙丙丙丙_关键词丁丁丁丁`: four or more runs of
    /// `minimumChainedKeyword` or more characters (no space or punctuation) joined by single
    /// underscores (three runs can be a title behind two keywords, which is read as the title).
    /// A masked place (`_市级重点专科`) opens no keyword: a sentence's blank.
    static func isKeywordChain(_ line: ArraySlice<UInt16>) -> Bool {
        // Runs long enough, each ended by an underscore, in a row; then the run after the last.
        var chainedRuns = 0
        var run = 0
        var index = line.startIndex
        for unit in line {
            index += 1
            switch unit {
            case 0x5F:
                let opensPlace = index < line.endIndex && maskedPlaces.contains(line[index])
                chainedRuns = run >= minimumChainedKeyword && !opensPlace ? chainedRuns + 1 : 0
                if chainedRuns >= 4 { return true }
                run = 0
            case 0x20, 0x3000, 0x3002, 0xFF0C, 0x2C, 0x2E, 0x3001, 0xFF1B, 0x3B, 0xFF1A, 0x3A:
                if chainedRuns >= 3, run >= minimumChainedKeyword { return true }
                chainedRuns = 0
                run = 0
            default:
                run += 1
            }
        }
        return chainedRuns >= 3 && run >= minimumChainedKeyword
    }

    private static let maskedPlaces: Set<UInt16> = Set("市县区镇乡村省州".utf16)

    /// The longest line read for a residue shape (UTF-16 units).
    static let maximumShapedLength = 160

    private static let siteLabels = ["来源", "来 源", "出处", "作者", "责编", "責編", "一审", "二审", "标签", "栏目", "欄目", "编号", "分类",
                                     "关键字", "关键词", "關鍵字", "信息分类", "文号", "时效", "大小", "页数", "ID",
                                     // A sharing site's file card: `文档页数:29` (not `格式:`, a plan's rule for its layout).
                                     "文档页数"]
        .map { Array($0.utf16) }

    private static let siteLabelStarts = Set(siteLabels.compactMap(\.first))

    /// A portal's metadata fields that a notice's own text names too (`持续扩大公开范围`, the 版记's
    /// `信息公开方式：主动公开`): residue only as a line's first words, before a colon, a cell's
    /// bar or a space (`公开范围 | 面向全社会 |`).
    private static let tableLabels = ["公开范围", "公开方式"].map { Array($0.utf16) }
}
