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
        "一键复制", "点此处下载", "声明:", "声明：", "http://", "https://", ".docx_第",
        // Government portals: words of the page around a document, never of a plan's sentences.
        "所在位置", "首页>", "首页 >", "首页＞", "首页»", "首页 »", "索引号", "发布机构", "发文机关", "发布日期", "发布时间",
        "成文日期", "信息来源:", "信息来源：", "浏览次数", "访问次数", "阅读次数", "点击数", "字号", "打印本页", "打印此页",
        "关闭窗口", "关闭本页", "分享到", "扫一扫", "网站地图", "主办单位", "政府网", "无障碍", "关怀版", "欢迎访问",
        "立即下载", "内容预览", "今天是", "文案大全",
    ]

    /// Words that open the site's footer: everything after them is not the document.
    static let footerOpeners = [
        "展开阅读全文", "试读结束", "相关资源", "相关搜索", "猜你喜欢", "相关范文推荐", "点此处下载",
        "声明:本文", "声明：本文", "当前位置",
    ]

    /// Both word lists compiled once, for lines read on their own (`LineSurvey` walks a
    /// document's lines with them and the domain vocabulary in one automaton).
    private static let lineMarkerMatcher = AhoCorasick(patterns: lineMarkers.map { Array($0.utf16) })
    private static let footerOpenerMatcher = AhoCorasick(patterns: footerOpeners.map { Array($0.utf16) })

    static func isResidue(_ line: String) -> Bool {
        let units = Array(line.utf16)
        return lineMarkerMatcher.containsMatch(in: units, range: 0..<units.count) || isPageCounter(line)
    }

    /// `第2页 / 共6页`.
    static func isPageCounter(_ line: String) -> Bool {
        line.hasPrefix("第") && line.includes("页") && line.includes("共") && line.count <= 16
    }

    /// `isResidue` for a (trimmed) line of a document, without copying it out unless it could
    /// be a page counter.
    static func isResidue(_ document: Document, line range: Range<Int>) -> Bool {
        lineMarkerMatcher.containsMatch(in: document.utf16, range: range) || isPageCounter(document, line: range)
    }

    /// Whether a (trimmed) line of a document is a page counter: only a line that starts with 第
    /// is copied out to be read.
    static func isPageCounter(_ document: Document, line range: Range<Int>) -> Bool {
        guard let first = range.first, document.utf16[first] == 0x7B2C else { return false } // 第
        return isPageCounter(document.text(in: range))
    }

    static func opensFooter(_ line: String) -> Bool {
        let units = Array(line.utf16)
        if footerOpenerMatcher.containsMatch(in: units, range: 0..<units.count) { return true }
        // `下载卫生健康局…word格式文档`, `下载….doc`
        return line.hasPrefix("下载") && (line.lowercased().includes("word") || line.includes(".doc"))
    }

    /// Where the document's own text ends inside `range`: the start of the first footer line, or
    /// the end of the range.
    static func contentEnd(of document: Document, in range: Range<Int>) -> Int {
        LineSurvey(document, range: range).contentEnd
    }
}
