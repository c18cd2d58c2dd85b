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
        "上传人", "文档编号", "上传时间", "返回 下载", "相关 举报", "点击查看更多", "资源描述", "由会员分享", "本站",
        "ICP", "备案号", "经营许可证", "公网安备", "免费预览", "下载本文", "会员上传", "简介:", "简介：",
        "展开阅读全文", "试读结束", "查阅全文", "相关资源", "相关搜索", "猜你喜欢", "当前位置", "相关范文推荐",
        "一键复制", "点此处下载", "声明:", "声明：", "http://", "https://", "www.", ".docx_第",
        // A page image's caption on a sharing site: `乡镇卫生院爱国卫生工作计划_第1页`.
        "_第",
        // A site's offer to add itself to the desktop: `添加某某网到电脑桌面`, `安装后可以在桌面快捷访问`.
        "到电脑桌面", "桌面快捷访问",
        // Government portals: words of the page around a document, never of a plan's sentences.
        "所在位置", "首页>", "首页 >", "首页＞", "首页»", "首页 »", "索引号", "发布机构", "发文机关", "发布日期", "发布时间",
        "成文日期", "信息来源:", "信息来源：", "浏览次数", "访问次数", "阅读次数", "点击数", "字号", "打印本页", "打印此页",
        "关闭窗口", "关闭本页", "分享到", "扫一扫", "网站地图", "主办单位", "欢迎访问", "欢迎您访问", "欢迎你访问", "欢迎光临", "个人中心",
        "立即下载", "内容预览", "今天是", "文案大全",
        // A reprint's credit in brackets after the text: `(内容来自:杨凌示范区管委会网)`.
        "(内容来自", "(信息来自",
        "当前位置", "您的位置", "现在的位置", "網站首頁", "網站首页", "當前位置", "索引號", "釋出於",
        // Document-sharing sites: their own voice (小编, 范文网) and their buttons and counters.
        "小编", "范文网", "范文大全", "精选范文", "文档大全", "文库", "文档评论", "精品文档", "原创力文档", "相关文档", "相关推荐",
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
        "欢迎来到", "文档简介", "购物车", "登录/注册", "注册/登录", "登陆注册", "登录注册",
        // A sharing site's notes on the file it sells and its disclaimer, and its copy button.
        "下载后可修改", "下载后可编辑", "下载后可方便编辑", "下载后可打印", "不为其真实性负责", "侵权请及时联系", "正文复制", "复制正文",
        // A sharing site's label above the outline it shows of a document, and its reading meter.
        "目录/提纲", "免费阅读", "页未读", "浏览记录",
        // A page's dates as labels, never a plan's sentence: `更新日期:2025年01月08日`.
        "更新日期:", "更新日期：", "更新时间:", "更新时间：",
        // A newspaper site's page turner and its copyright lines.
        "上一版", "下一版", "本期共", "版权所有", "不得转载", "不良信息举报", "举报邮箱",
        // A teaser of another page, cut with the site's link to read on: `…提高轮岗的比率;...+阅读`.
        "+阅读",
        // An AI-writing site's tag line under the title it generated: `AI写作,ChatGPT`.
        "AI写作",
        // A sharing site's preview: its label above the pages shown and its line after the last.
        "资源预览", "如果喜欢就下载",
        // A site's paywall over hidden text and its app and service buttons (`查看隐藏内容(*)需先登录`,
        // `招标网APP 中招APP下载`, `微信扫码添加在线客服`).
        "需先登录", "查看隐藏内容", "APP下载", "扫码添加", "在线客服",
        // A members' site's paywall and its label over the preview, and its lists of other pages
        // (`点击查看:3分钟在线开通会员查看此文章!`, `范文预览:`, `其他相关文章: 最新增加文章:`).
        "开通会员", "范文预览", "其他相关文章", "最新增加文章",
        // Its links to the pages before and after (`上一篇:…述职述廉报告 下一篇:…情况汇报`).
        "上一篇:", "上一篇：", "下一篇:", "下一篇：",
        // Its notes on downloading what it sells (`如果您无法下载资料,请参考说明:`, `下载需要金币`, `不重复扣费`).
        "无法下载", "金币", "重复扣费",
        // A site recommending what it shows, and a portal's label over its metadata table.
        "为您推荐", "为您呈现", "欢迎阅读参考", "信息公开元数据",
        // A sharing site's label over the file it offers and its thanks to the uploader; the notes
        // it puts above a file for sale (`温馨提示:` `1. 部分包含数学公式或PPT动画的文件…请放心下载`).
        "【简介】", "供大家参阅", "热心会员", "温馨提示:", "温馨提示：", "放心下载", "网站客服", "PPT动画",
        // A journal site's banner above the 范文 it hosts: `期刊在线咨询服务,发表咨询:400-… 股权代码(211862)`.
        "期刊在线咨询", "期刊咨询", "杂志订阅", "股权代码",
        // A portal's banner: `网站支持 IPv6`.
        "支持IPv6", "支持 IPv6", "支持IPV6", "支持 IPV6",
    ]

    /// Words that make a line residue for the report, though the document's own title may be glued
    /// to them (`2024欧洲杯开户_澳门葡京平台-游戏网站经济贸易局…工作总结`, `20XX 职业病防治法宣传周活动方案
    /// 职业病防治法宣传周就要到了,…下面的这篇…`): the title reader still reads such a line. The
    /// pornographic and gambling keywords a hijacked site puts above a page, and a sharing site
    /// speaking to its reader.
    static let gluedMarkers = [
        "毛片", "黄网站", "黄色网站", "国产三级", "三级片", "人妻", "葡京", "365bet", "bet365", "足球比分", "百家乐", "博彩", "投注", "平台被黑",
        "威尼斯人", "威尼斯城", "金沙娱乐", "娱乐城",
        // A video-spam line (`国产不卡视频…亚洲一级大片`); not 在线播放 or 看片, which a plan may say of its own videos and X-rays.
        "不卡视频", "一级大片", "成年网站", "亚洲综合", "国产精品", "精品国产", "无码", "一区二区",
        "为您整理", "整理分享", "供您参考", "精心整理", "欢迎大家分享", "下面的这篇",
        // An AI-writing site's line slipped into the text it generated: `本篇資料來自 AI 写作助手网站,…`,
        // `本文章出自用心服務的倉颉写作网,請百度查找 倉颉写作,…`.
        "写作助手", "写作网", "本文章出自", "百度查找",
        // Its introduction to a collection, which names the collection's title: `为您精心挑选的10篇…工作计划`.
        "为您精心", "为您挑选", "希望大家通过下面", "帮大家找寻", "一起来了解一下吧", "一起来看看吧", "一起来看一看吧", "给大家讲一讲",
        // Its closing wish to the reader, in the second person a plan does not use: `希望这篇文章能满足您的需求!`.
        "满足您的需求", "对您有所帮助", "对你有所帮助",
        // Its invitation to read what it offers: `…为此医院制定安全生产工作计划,下面是计划范文,欢迎阅读。`.
        "欢迎阅读",
        // A page's HTML left in the text (`…情况" />`, `</p> <p>`, `<a href=`): markup, never a plan's words.
        // A tag whose `<` a garbled character swallowed (`控?zé)熜Ч?/strong>`) keeps its closing part.
        "\" />", "\"/>", "/p>", "<p>", "<a href", "</div>", "<div", "/h1>", "</span>", "<span", "/strong>", "<strong>", "<br", "&nbsp;",
        // Its thanks for the download, printed above the text of the file: `感谢您的下载 书山有路勤为径…`.
        "感谢您的下载", "感谢你的下载", "谢谢您的下载",
    ]

    /// A portal's accessibility buttons and its links to other portals (`中国政府网 山西省政府`):
    /// residue on a short line only (`maximumButtonLineLength`); a disclosure report's sentence
    /// says it published `通过县人民政府网站`. A site's WeChat account (`招标网服务号 微信公众平台`).
    static let buttonWords = ["无障碍", "关怀版", "适老版", "长者助手", "政府网", "服务号"].map { TextNormalizer.fold(Array($0.utf16)) }
    static let maximumButtonLineLength = 30

    /// Words that open the site's footer: everything after them is not the document.
    static let footerOpeners = [
        "展开阅读全文", "试读结束", "相关资源", "相关搜索", "猜你喜欢", "相关范文推荐", "点此处下载",
        "声明:本文", "声明：本文", "当前位置",
    ]

    /// Both word lists compiled once, for lines read on their own (`LineSurvey` walks a
    /// document's lines with them and the domain vocabulary in one automaton).
    /// Both lists are matched on folded text, so 當前位置 and 首页＞ read as 当前位置 and 首页>.
    static let lineMarkerMatcher = AhoCorasick(patterns: lineMarkers.map { TextNormalizer.fold(Array($0.utf16)) })
    private static let footerOpenerMatcher = AhoCorasick(patterns: footerOpeners.map { TextNormalizer.fold(Array($0.utf16)) })

    /// `gluedMarkers` compiled once, for a title candidate read on its own.
    private static let gluedMarkerMatcher = AhoCorasick(patterns: gluedMarkers.map { TextNormalizer.fold(Array($0.utf16)) })

    /// Whether a line holds one of `gluedMarkers` (a hijacked page's keywords, a site's voice).
    static func hasGluedMarker(_ line: String) -> Bool {
        let units = TextNormalizer.fold(Array(line.utf16))
        return gluedMarkerMatcher.containsMatch(in: units, range: 0..<units.count)
    }

    static func isResidue(_ line: String) -> Bool {
        let units = TextNormalizer.fold(Array(line.utf16))
        return lineMarkerMatcher.containsMatch(in: units, range: 0..<units.count) || isPageCounter(line)
            || hasResidueShape(units, 0..<units.count) || isPageLabel(units[...]) || PhotoCaption.isCaption(units[...]) || FileNameLine.isFileName(units[...])
            || HijackedKeywordLine.isKeywordLine(units[...])
    }

    /// A line that is only the page's label for the text below it (`正文内容`, `【正文】`, a form's
    /// `内容:`), read on folded units (`正文內(nèi)容` reads so too). As a word in a sentence it is no
    /// residue, nor is `内容` without its colon: a table copied cell by cell puts its header alone on a line.
    static func isPageLabel(_ folded: ArraySlice<UInt16>) -> Bool {
        guard folded.count <= maximumPageLabelLength else { return false }
        // Read in place, without copying the line's letters out: most short lines are headings.
        let letters = folded.lazy.filter { !isPageLabelFrame($0) }
        return pageLabels.contains { $0.elementsEqual(letters) }
    }

    /// Spaces, brackets and invisible units around a label's words.
    private static func isPageLabelFrame(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x5B || unit == 0x5D || unit == 0x3010 || unit == 0x3011 || unit == TextNormalizer.ignorable
    }

    private static let pageLabels = ["正文", "正文内容", "内容:", "文本内容:", "下载资源"].map { TextNormalizer.fold(Array($0.utf16)) }
    /// `正文內(nèi)容` with its reading: a label is short.
    private static let maximumPageLabelLength = 16

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
        let folded = TextNormalizer.fold(Array(document.utf16[range]))
        return lineMarkerMatcher.containsMatch(in: folded, range: 0..<range.count)
            || isPageCounter(document, line: range)
            || hasResidueShape(document.utf16, range) || isPageLabel(folded[...]) || PhotoCaption.isCaption(folded[...]) || FileNameLine.isFileName(folded[...])
            || HijackedKeywordLine.isKeywordLine(folded[...])
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
