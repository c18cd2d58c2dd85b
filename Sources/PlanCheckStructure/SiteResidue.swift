import PlanCheckCore
import PlanCheckDocuments

/// Text that websites wrap around a document. Document-sharing sites: uploader lines, page
/// counters, download buttons, disclaimers, ICP numbers, lists of other documents. Government
/// portals: the breadcrumb (`您当前所在位置：首页 > 政务公开 > …`), the metadata block (索引号,
/// 发布机构, 发布日期 …), page furniture (字号 大 中 小, 打印本页, 关闭窗口, 分享到, 扫一扫).
///
/// Structure only needs to step over it: a title is not an uploader line, a year is not an
/// upload date, and the recommendation list after the document must not vote on its genre.
enum SiteResidue {
    /// Words that make a line residue wherever they occur in it.
    static let lineMarkers = [
        "上传人", "文档编号", "上传时间", "返回 下载", "点击查看更多", "资源描述", "由会员分享", "本站",
        "ICP", "备案号", "经营许可证", "公网安备", "免费预览", "下载本文", "会员上传", "简介:", "简介：",
        "展开阅读全文", "试读结束", "查阅全文", "相关资源", "相关搜索", "猜你喜欢", "当前位置", "相关范文推荐",
        "一键复制", "点此处下载", "声明:", "声明：", "http://", "https://", "www.", ".docx_第",
        // A page image's caption on a sharing site: `乡镇卫生院爱国卫生工作计划_第1页`.
        "_第",
        // Government portals: words of the page around a document, never of a plan's sentences.
        "所在位置", "首页>", "首页 >", "首页＞", "首页»", "首页 »", "索引号", "发布机构", "发文机关", "发布日期", "发布时间",
        "成文日期", "信息来源:", "信息来源：", "浏览次数", "访问次数", "阅读次数", "点击数", "字号", "打印本页", "打印此页",
        "关闭窗口", "关闭本页", "分享到", "扫一扫", "网站地图", "主办单位", "欢迎访问",
        "立即下载", "内容预览", "今天是", "文案大全",
        "当前位置", "您的位置", "现在的位置", "網站首頁", "網站首页", "當前位置", "索引號", "釋出於",
        // Document-sharing sites: their own voice (小编, 范文网) and their buttons and counters.
        "小编", "范文网", "范文大全", "文档大全", "文库", "文档评论", "精品文档", "原创力文档", "相关文档", "相关推荐",
        "相關推薦", "您可能关注", "最近下载", "我要投稿", "网友投稿", "文档下载", "全文预览", "上传者", "仅供预览",
        "复制下载", "下载该文章", "会员注册", "请先登录", "阅读全部", "全文共", "当前显示", "此处隐藏", "字体大小",
        "责任编辑", "責任編輯", "新闻报料", "新聞報料", "融媒体中心", "网站首页", "手机版", "下载APP", "下載APP",
        "欢迎登录", "恢复窄屏", "推荐访问", "浏览量", "点击量", "人气:", "人氣:",
        "导语】", "导读】", "路引】", "倾情为你奉上", "精选优质文档", "供大家参考", "供大家阅读", "欢迎大家阅读", "希望对大家",
        "希望大家可以喜欢", "优秀范文", "范文锦集", "合集下载", "网络精选", "千字", "放大 缩小", "附件列表",
        "本文档", "版权归属", "侵权举报", "查看更多", "收益归属", "主题分类", "体裁分类", "组配分类", "生成日期",
        // Paywalls, takedown notices and re-posting sites' own stamps.
        // `VIP` alone could be a hospital's VIP病房; a site's paywall and its file lists say more.
        "VIP会员", "VIP专免", "VIP用户", "VIP免费", "加入VIP", "开通VIP", "赞助VIP", "pdfVIP", "docxVIP", "docVIP",
        ".pdf VIP", ".docx VIP", ".doc VIP", ".pptx VIP", ".ppt VIP", "免费下载", "阅读已结束", "自行甄别", "侵犯您的权益", "人工客服", "如若侵权", "侵权请联系", "侵权可联系",
        "发布于:", "发布于：", "[原创]", "【原创】", "[转载]", "【转载】", "网友分享", "网友 分享",
        // A site's greeting and its label for the summary it shows above a document.
        "欢迎来到", "文档简介", "购物车", "登录/注册", "注册/登录",
        // A sharing site's notes on the file it sells and its disclaimer, and its copy button.
        "下载后可修改", "下载后可编辑", "下载后可方便编辑", "下载后可打印", "不为其真实性负责", "侵权请及时联系", "正文复制", "复制正文",
        // A sharing site's label above the outline it shows of a document, and its reading meter.
        "目录/提纲", "免费阅读", "页未读",
    ]

    /// A portal's accessibility buttons and its links to other portals (`中国政府网 山西省政府`):
    /// residue on a short line only (`maximumButtonLineLength`); a disclosure report's sentence
    /// says it published `通过县人民政府网站`.
    static let buttonWords = ["无障碍", "关怀版", "适老版", "长者助手", "政府网"].map { TextNormalizer.fold(Array($0.utf16)) }
    static let maximumButtonLineLength = 30

    /// Words that open the site's footer: everything after them is not the document.
    static let footerOpeners = [
        "展开阅读全文", "试读结束", "相关资源", "相关搜索", "猜你喜欢", "相关范文推荐", "点此处下载",
        "声明:本文", "声明：本文", "当前位置",
    ]

    /// Both word lists compiled once, for lines read on their own (`LineSurvey` walks a
    /// document's lines with them and the domain vocabulary in one automaton).
    /// Both lists are matched on folded text, so 當前位置 and 首页＞ read as 当前位置 and 首页>.
    private static let lineMarkerMatcher = AhoCorasick(patterns: lineMarkers.map { TextNormalizer.fold(Array($0.utf16)) })
    private static let footerOpenerMatcher = AhoCorasick(patterns: footerOpeners.map { TextNormalizer.fold(Array($0.utf16)) })

    static func isResidue(_ line: String) -> Bool {
        let units = TextNormalizer.fold(Array(line.utf16))
        return lineMarkerMatcher.containsMatch(in: units, range: 0..<units.count) || isPageCounter(line)
            || hasResidueShape(units, 0..<units.count)
    }

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
        var colons = 0
        var underscores = 0
        var hashes = 0
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
            case 0x3A, 0xFF1A: colons += 1
            case 0x5F: underscores += 1
            case 0x23, 0xFF03: hashes += 1
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
        // A portal's metadata table copied as a row of cells (`文 号: | 所属主题: | 政策文件 |`), and
        // the row of dashes under a table's head (`---|---|`).
        if pipes >= 2 && (colons >= 1 || !hasIdeograph) { return true }
        if separators >= 2 && !opensAngle { return true }
        // A sharing site's name on a line of its own (天天范文, 第一范文).
        if range.count <= 6, range.count > 2, units[range.upperBound - 2] == 0x8303, units[range.upperBound - 1] == 0x6587 { return true }
        if dashedDate && (time || range.count <= 40) { return true }
        // A site's widget alone on its line (`搜 索`, `微博`, `Qzone`): a plan's heading says what is searched.
        if range.count <= maximumWidgetLineLength, isWidget(units[range]) { return true }
        // A portal's buttons (无障碍 关怀版) are a short line's words; a plan writes 无障碍环境建设.
        if range.count <= maximumButtonLineLength,
           buttonWords.contains(where: { units[range].containsSubsequence($0) }) { return true }
        guard range.count <= 60 else { return false }
        if tableLabels.contains(where: { label in
            label.count < range.count && units[range.lowerBound..<range.lowerBound + label.count].elementsEqual(label)
                && [0x3A, 0xFF1A, 0x7C, 0x20, 0x3000].contains(units[range.lowerBound + label.count])
        }) { return true }
        return siteLabels.contains { label in
            label.count + 1 <= range.count && units[range.lowerBound..<range.lowerBound + label.count].elementsEqual(label)
                && [0x3A, 0xFF1A].contains(units[range.lowerBound + label.count])
        }
    }

    /// Words of a site's widgets, read with the spaces between their letters dropped.
    static let widgetWords = ["搜索", "微博", "微信", "Qzone", "QQ空间", "分享", "收藏", "登录", "注册"].map { Array($0.utf16) }
    static let maximumWidgetLineLength = 9

    private static func isWidget(_ line: ArraySlice<UInt16>) -> Bool {
        let letters = line.filter { $0 != 0x20 && $0 != 0x3000 }
        return widgetWords.contains { $0.elementsEqual(letters) }
    }

    /// The longest line read for a label spelled with spaces between its letters (UTF-16 units).
    static let maximumSpacedLabelLength = 40

    /// Whether a short line holds a residue marker once the spaces between its Han letters are
    /// dropped; only a line with a Han, a space and a Han is read again.
    private static func hasSpacedMarker(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        func isHan(_ unit: UInt16) -> Bool { (0x4E00...0x9FFF).contains(unit) }
        guard range.count >= 3, (range.lowerBound + 1..<range.upperBound - 1).contains(where: { at in
            Glyph.isSpace(units[at]) && isHan(units[at - 1]) && isHan(units[at + 1])
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
                                     "关键字", "关键词", "關鍵字", "信息分类", "文号", "时效"]
        .map { Array($0.utf16) }

    /// A portal's metadata fields that a notice's own text names too (`持续扩大公开范围`, the 版记's
    /// `信息公开方式：主动公开`): residue only as a line's first words, before a colon, a cell's
    /// bar or a space (`公开范围 | 面向全社会 |`).
    private static let tableLabels = ["公开范围", "公开方式"].map { Array($0.utf16) }

    /// `第2页 / 共6页`, or a viewer's bare `1/16`.
    static func isPageCounter(_ line: String) -> Bool {
        (line.hasPrefix("第") && line.includes("页") && line.includes("共") && line.count <= 16) || isBarePageCounter(line)
    }

    /// `3/16`: a page of at most three digits over a page count no smaller, and nothing else
    /// (`2024/2025` is a span of years).
    static func isBarePageCounter(_ line: String) -> Bool {
        // Most lines are longer: told by the unit count before anything is split.
        guard line.utf16.count <= 7 else { return false }
        let parts = line.split(separator: "/", omittingEmptySubsequences: false)
        guard line.count <= 7, parts.count == 2,
              parts.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let page = Int(parts[0]), let count = Int(parts[1]) else { return false }
        return 1 <= page && page <= count
    }

    /// `isResidue` for a (trimmed) line of a document, without copying it out unless it could
    /// be a page counter.
    static func isResidue(_ document: Document, line range: Range<Int>) -> Bool {
        lineMarkerMatcher.containsMatch(in: TextNormalizer.fold(Array(document.utf16[range])), range: 0..<range.count)
            || isPageCounter(document, line: range)
            || hasResidueShape(document.utf16, range)
    }

    /// Whether a (trimmed) line of a document is a page counter: only a line that starts with 第
    /// is copied out to be read.
    static func isPageCounter(_ document: Document, line range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        if document.utf16[first] == 0x7B2C { return isPageCounter(document.text(in: range)) } // 第
        return range.count <= 9 && (0x30...0x39).contains(document.utf16[first]) && isBarePageCounter(document.text(in: range))
    }

    /// A sharing site's slogan that opens the page's text: `精选优质文档-倾情为你奉上` before a title
    /// glued to it, in a page copied into one line.
    static let leadingSlogans = ["精选优质文档-倾情为你奉上", "精选优质文档", "倾情为你奉上", "精品文档"]
        .map { TextNormalizer.fold(Array($0.utf16)) }
    private static let sloganHeads = Set(leadingSlogans.compactMap(\.first))

    /// The line without the sharing site's slogans that open it (and the dashes and spaces after
    /// them), so the title glued behind them can be read; the line itself when none opens it.
    static func droppingLeadingSlogan(_ line: String) -> String {
        // Nearly every line opens with no slogan's first character: told before it is copied out.
        // (Folding a whole line may turn its first unit invisible, which opens no slogan either.)
        guard let head = line.utf16.first, sloganHeads.contains(TextNormalizer.fold(head)) else { return line }
        let units = Array(line.utf16)
        // Folding keeps every unit's offset, so the folded text is indexed like `units`.
        let folded = TextNormalizer.fold(units)
        var start = 0
        while let slogan = leadingSlogans.first(where: { start + $0.count <= folded.count && folded[start..<start + $0.count].elementsEqual($0) }) {
            start += slogan.count
            while start < units.count, [0x2D, 0x2014, 0x5F, 0x20, 0x3000, 0x7C, 0xB7].contains(units[start]) { start += 1 }
        }
        return start == 0 ? line : String(decoding: units[start...], as: UTF16.self)
    }

    static func opensFooter(_ line: String) -> Bool {
        let units = TextNormalizer.fold(Array(line.utf16))
        if footerOpenerMatcher.containsMatch(in: units, range: 0..<units.count) { return true }
        // `下载卫生健康局…word格式文档`, `下载….doc`
        return line.hasPrefix("下载") && (line.lowercased().includes("word") || line.includes(".doc"))
    }

    /// Where the document's own text ends inside `range`: the start of the first footer line, or
    /// the end of the range.
    static func contentEnd(of document: Document, in range: Range<Int>) -> Int {
        LineSurvey(document, range: range, folded: TextNormalizer.fold(document.utf16)).contentEnd
    }
}
