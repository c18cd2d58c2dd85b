import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
import PlanCheckTestSupport

/// Titles a government portal prints with its metadata glued to them, as pages copied flat read
/// (corpus/real fresh-268, fresh-264), and the kind a joint notice of activities declares.
@Suite struct StructurePortalTitleTests {
    private func outline(_ text: String) -> Outline { firstPieceOutline(text) }

    @Test func aTitleGluedToThePortalsMetadataIsReadBeforeIt() {
        let text = "|\n北京市爱国卫生运动委员会办公室关于开展2025年全市夏季灭蚊蝇活动的通知发布日期:2025-06-04 来源:北京市爱国卫生运动委员会办公室 :"
            + " 各区卫生健康委(爱卫办)、各成员单位: 为有效降低蚊、蝇密度,预防登革热等蚊媒传染病,市爱卫办定于6—9月在全市范围内开展统一灭蚊蝇活动。\n"
        let found = outline(text)
        #expect(found.title == "北京市爱国卫生运动委员会办公室关于开展2025年全市夏季灭蚊蝇活动的通知")
        #expect(found.year == 2025)
        // A notice that sets out work to be done is a plan.
        #expect(found.kind == .plan)
    }

    @Test func theTitleBelowAnOutlineCutShortIsRead() {
        // A sharing site shows the outline, cuts it with `……`, then the document (corpus/real fresh-349).
        let text = "目录/提纲:……\n一、指导思想\n二、目标任务\n(一)爱国卫生组织管理\n(二)健康教育\n三、创建重点\n四、工作时间安排\n……\n"
            + "***镇创建市级卫生镇工作实施方案\n为了进一步提高人民群众的生活质量，制定本方案。\n一、指导思想\n"
        #expect(outline(text).title == "***镇创建市级卫生镇工作实施方案")
    }

    @Test func thePortalsColumnNameAboveTheTitleOpensNoPart() {
        // A county portal prints its column, 工作计划, above the breadcrumb and the title of a
        // summary (corpus/real fresh-641): the summary is not read as a plan from the menu down.
        let text = "欢迎光临某县人民政府门户网 登录个人中心 无障碍阅读\n首页 政府信息公开 新闻中心 网上办事 政民互动\n工作计划\n"
            + "首页 > 政府信息公开 > 规划计划 > 工作计划\n\n某县卫生健康局2022年上半年工作总结暨下半年工作计划\n\n"
            + "2022年以来,全县卫生健康工作稳步推进。\n一、重点工作任务完成情况\n全县13个质控中心开展督查。\n"
            + "二、下半年工作计划\n(一)加强医疗质量管理。\n"
        let found = outline(text)
        #expect(found.title == "某县卫生健康局2022年上半年工作总结暨下半年工作计划")
        let plans = found.parts.filter { $0.kind == .plan }
        #expect(plans.count == 1)
        let document = Document(path: "t.txt", text: text)
        #expect(plans.first.map { document.text(in: $0.range) }?.hasPrefix("二、下半年工作计划") == true)
    }

    @Test func aSitesMenuOfChannelsIsNoTitle() {
        // A sharing site's greeting, account bar and channels above its breadcrumb (corpus/real fresh-015).
        let text = "欢迎来到某发表网,咨询电话:400-000-0000\n\n关于我们 登录/注册 购物车(0)\n\n期刊 科普 SCI期刊 投稿技巧 学术 出书\n\n"
            + "首页 > 优秀范文 > 妇幼保健院工作计划\n\n妇幼保健院工作计划样例十一篇\n\n一、加强孕产妇系统管理。\n"
        #expect(outline(text).title == "妇幼保健院工作计划样例十一篇")
        // A title spaced out in words names its genre, and is read.
        #expect(outline("某县 卫生健康局 2025年 卫生健康 工作计划\n一、加强孕产妇系统管理。\n").title == "某县 卫生健康局 2025年 卫生健康 工作计划")
    }

    /// A county portal spaces out its first item (`首   页`); the menu is residue and no title.
    @Test func aMenuWhoseHomeItemIsSpacedOutIsResidue() {
        let text = "首   页 走进西乡 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n\n《西乡县“十四五”医疗保障事业发展规划》\n\n"
            + "西乡县医疗保障局  西乡县发展和改革局\n各镇人民政府,县政府各部门:\n现将规划予以印发,请认真贯彻执行。\n"
        let found = outline(text)
        #expect(found.title == "《西乡县“十四五”医疗保障事业发展规划》")
        #expect(found.residueLines.count == 1)
        // The medical insurance bureau's plan is another body's (corpus/real fresh-854).
        #expect(found.kind == .other)
        // Two words a line opens with are no menu.
        #expect(outline("首 页 工作计划\n一、加强院感防控。\n").residueLines.isEmpty)
    }

    /// A members' site's paywall and its lists of other pages, and a site inviting its reader to read.
    @Test func aMembersSitesPromptsAndInvitationsAreResidue() {
        let text = "卫生局群众满意度提升工作方案\n• 点击查看:3分钟在线开通会员查看此文章!\n• 范文预览:根据县委办公室的通知要求,特制定本实施方案。\n"
            + "其他相关文章: 最新增加文章:\n"
        #expect(outline(text).residueLines.count == 3)
        let invited = "安全第一,预防为主,为此医院制定安全生产工作计划,下面是计划范文,欢迎阅读。 医院 安全生产工作计划范文一: 安全是人民生存和发展的最基本条件。\n一、继续加强安全生产工作的领导。\n"
        #expect(outline(invited).residueLines.count == 1)
    }

    /// A table's row flattened with its 标题: label in one cell names the title; the site's links to
    /// the pages before and after are residue, not a title (corpus/real fresh-858).
    @Test func aFlattenedTitleCellNamesTheTitleAndPageLinksAreResidue() {
        let text = "| 标题:2013年乡镇麻疹疫苗补充免疫活动实施方案 | ||\n|\n一、背景 我国积极响应消除麻疹目标。\n"
            + "上一篇:食品药品监督管理局局长述职述廉报告 下一篇:关于开展取消和调整行政审批项目落实情况汇报 相关\n"
        let found = outline(text)
        #expect(found.title == "2013年乡镇麻疹疫苗补充免疫活动实施方案")
        let document = Document(path: "t.txt", text: text)
        #expect(found.residueLines.contains { document.text(in: $0).hasPrefix("上一篇:") })
    }

    @Test func aSitesDesktopButtonIsNoTitle() {
        // corpus/real fresh-820: a secretary site's offer to be added to the desktop, above the file's name.
        let text = "电脑桌面\n添加主题教育 某秘书网到电脑桌面\n安装后可以在桌面快捷访问\n\n"
            + "2023年XX县爱国卫生工作要点\n一、大力开展卫生县城创建工作。\n"
        let found = outline(text)
        #expect(found.title == "2023年XX县爱国卫生工作要点")
        #expect(found.residueLines.count == 3)
    }

    @Test func aNewsHeadlineGluedToItsLeadIsReadUpToTheDateline() {
        // corpus/real fresh-825: a news item copied into one line, its headline, spaces, then the lead's date.
        let text = "我旗召开卫生、计生和食品药品 监督管理工作会议 4月13日,我旗召开卫生、计生和食品药品监督管理工作会议,"
            + "总结工作,安排部署工作任务。旗政府副旗长出席会议并讲话。\n"
        let found = outline(text)
        #expect(found.title == "我旗召开卫生、计生和食品药品 监督管理工作会议")
        #expect(found.kind == .other)
        // A plan's glued title still ends at its genre word.
        #expect(outline("某县卫生健康局2025年工作计划 1月5日前完成部署。全面加强院感防控，每季度督查1次。\n").title == "某县卫生健康局2025年工作计划")
    }

    @Test func aTableOfMetadataCellsIsNoTitle() {
        #expect(MetadataExtractor.titleBeforeMetadata("公开目录 | 发展规划 | 发布日期 | 2022-12-22 |") == nil)
        #expect(MetadataExtractor.titleBeforeMetadata("为有效降低蚊蝇密度,现将方案印发来源:市卫健委") == nil)
    }

    @Test func aLabelledTitleOfAJointNoticeIsReadWithoutTheNextLabel() {
        let bodies = "淄博市卫生健康委员会 淄博市民政局 淄博市人力资源和社会保障局 淄博市医疗保障局 淄博市总工会"
        let text = "标题\n\(bodies)关于开展2025年《职业病防治法》宣传周活动的通知发文机关\n淄博市卫生健康委员会\n发文字号\n淄卫函〔2025〕98号\n"
            + "各区县卫生健康局:\n一、活动主题\n二、活动时间\n三、活动内容\n开展职业病防治法律法规宣传。\n"
        let found = outline(text)
        #expect(found.title == "\(bodies)关于开展2025年《职业病防治法》宣传周活动的通知")
        // The federation of unions among the issuers does not make it a union's own work.
        #expect(found.kind == .plan)
        #expect(MetadataExtractor.isPartyOrUnionWork(title: "2024年卫生院工会工作计划"))
        // A body's catalogue of the information it publishes (fresh-552): its disclosure duty.
        #expect(MetadataExtractor.isPartyOrUnionWork(title: "淄博市卫生健康委员会政府信息主动公开基本目录(2023版)"))
        #expect(!MetadataExtractor.isPartyOrUnionWork(title: found.title))
    }
}

/// A hijacked page: keyword spam and a site's motto above the breadcrumb and the title (corpus/real fresh-344).
@Suite struct StructureHijackedPageTests {
    private static let page = "毛片在线视频观看,一级日韩免费大片,在线网站黄色,澳门在线高清一级毛片\n\n荟聚奇文、博采众长、见贤思齐\n"
        + "当前位置:公文素材库 > 精选好文 > 关于2022年卫生健康工作要点\n\n关于2022年卫生健康工作要点\n\n"
        + "一、聚焦一条主线，毫不放松抓好常态化疫情防控和突发本土疫情应急处置。\n二、做好免疫规划工作，适龄儿童接种率达95%。\n"

    @Test func theBreadcrumbBelowSpamIsTheHeaderNotTheFooter() {
        let document = Document(path: "t.txt", text: Self.page)
        let found = OutlineBuilder.outline(of: document, piece: PieceSplitter.pieces(of: document)[0])
        #expect(found.title == "关于2022年卫生健康工作要点")
        #expect(found.year == 2022)
        // The document's text runs on past the breadcrumb: its plan part holds the last line.
        let last = document.sourceMap.lineRange(at: document.sourceMap.lineCount - 2)
        #expect(found.ranges(of: .plan).contains { $0.contains(last.lowerBound) })
    }
}

/// Pages that are about health work but no health body's plan (corpus/real fresh-193, fresh-310, fresh-356).
@Suite struct StructureNotAHealthPlanTests {
    private func outline(_ text: String) -> Outline { firstPieceOutline(text) }

    @Test func aPortalsIPv6BannerIsNoTitle() {
        let found = outline("网站支持 IPv6\n【国家免疫规划疫苗工作情况】木垒县2025年国家免疫规划工作落实情况\n截至3月31日，全县适龄儿童接种率达95%以上。\n")
        #expect(found.title == "【国家免疫规划疫苗工作情况】木垒县2025年国家免疫规划工作落实情况")
    }

    @Test func aDelegationsVisitIsNews() {
        let found = outline("我院党委书记一行到定陶区调研妇幼工作\n3月5日，我院党委书记一行到定陶区妇幼保健院调研，详细了解孕产妇保健工作开展情况。\n")
        #expect(found.kind == .other)
    }

    @Test func aPortalsDateBannerIsNoTitleAndAUnionsPlanIsItsOwnWork() {
        let found = outline("2024年04月27日 星期六 谷雨\n\n2023年全市工会开展关爱职工健康体检服务活动工作方案\n为关爱职工身心健康，市总工会组织开展职工健康体检服务活动。\n")
        #expect(found.title == "2023年全市工会开展关爱职工健康体检服务活动工作方案")
        #expect(found.kind == .other)
        #expect(MetadataExtractor.isBareDate("2024年04月27日 星期六 谷雨"))
        #expect(!MetadataExtractor.isBareDate("2024年4月27日 星期六开展义诊活动"))
    }

    @Test func aNewsAgencysDatelineIsNews() {
        let news = outline("卫计委:推进“单独两孩”政策稳妥实施\n人民网北京2月10日电 国家卫生计生委今天上午举行发布会，介绍2014年工作要点。\n")
        #expect(news.kind == .other)
        let plan = outline("某镇卫生院2014年工作计划\n12月31日电话通知各村卫生室报送全年免疫规划接种数据。\n")
        #expect(plan.kind == .plan)
    }

    @Test func aGrainBureausPestControlSchemeIsItsOwnWork() {
        let found = outline("粮食局除四害工作方案\n为做好我局机关及所属粮库除四害工作，配合全县创建国家卫生县城，制定本方案。\n一、灭鼠\n二、灭蚊蝇\n")
        #expect(found.kind == .other)
    }
}

/// A government's notice that commends its units is news of the year's work, no plan (corpus/real fresh-370).
@Suite struct StructureCommendationTests {
    @Test func aCommendationIsNoPlan() {
        let document = Document(path: "t.txt", text: "延安市人民政府关于表彰2019年度全市卫生健康和医改工作先进集体的通报\n各县（市、区）人民政府：\n2019年，各地各部门认真落实健康延安建设部署，现予以通报表彰。\n")
        #expect(OutlineBuilder.outline(of: document, piece: PieceSplitter.pieces(of: document)[0]).kind == .other)
    }
}
