import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
import PlanCheckTestSupport

/// Pages about health work that plan nothing, told by how the page says so (corpus/real
/// fresh-395, fresh-396, fresh-405): an interpretation of a policy, a page the portal files under
/// its news, a report that quotes a notice by its kind; and a sharing site's page title and
/// button row that are no document's title (fresh-407, fresh-394).
@Suite struct StructurePageKindTests {
    private func outline(_ text: String) -> Outline { firstPieceOutline(text) }

    @Test func anInterpretationOfAPolicyIsNoPlan() {
        let interpretation = outline("关于《某市人民政府关于推进健康某市行动的实施意见》的政策解读\n一、起草背景\n为贯彻落实健康中国行动，制定本实施意见。\n二、主要内容\n")
        #expect(interpretation.kind == .other)
        #expect(outline("一图读懂：某市2024年爱国卫生运动工作方案\n一、开展爱国卫生月活动。\n").kind == .other)
        // A plan that names its own reading in its body is still a plan.
        #expect(outline("某县卫生健康局2024年工作计划\n一、开展政策解读，加强健康教育。\n").kind == .plan)
    }

    @Test func aPageFiledUnderThePortalsNewsIsNews() {
        let news = outline("首页 > 新闻 > 某区要闻 > 正文\n\n某乡全面启动60岁以上老年人免费健康体检\n日期:2014-04-24 09:39:04\n近日,某乡启动老年人健康体检活动,乡卫生院具体负责实施。\n")
        #expect(news.kind == .other)
        let plan = outline("首页 > 政务公开 > 计划规划 > 正文\n\n某乡卫生院2014年工作计划\n一、开展老年人健康体检。\n")
        #expect(plan.kind == .plan)
        // A title that ends in its plan's genre says what the page is, wherever a site filed it
        // (a company's 行业资讯, corpus/real fresh-888).
        let filed = outline(" 首页 > 新闻动态 > 行业资讯\n\n2024年上海市国家健康素养监测工作方案\n\n为掌握居民健康素养水平变化趋势，开展健康素养监测。\n")
        #expect(filed.kind == .plan)
    }

    /// A sharing site's chatter to its reader before the pieces (`…我们一起来看一看吧。`) is residue
    /// (corpus/real fresh-891).
    @Test func aSharingSitesChatterToItsReaderIsResidue() {
        #expect(SiteResidue.hasGluedMarker("写总结的时候需要注意什么呢?那么下面我就给大家讲一讲总结怎么写才比较好,我们一起来看一看吧。"))
        #expect(SiteResidue.hasGluedMarker("有哪些格式需要注意呢?我们一起来看看吧!"))
        #expect(!SiteResidue.hasGluedMarker("组织居民一起来参加健康讲座,看一看健康展板。"))
    }

    /// A hijacked mirror's line of video-site keywords above the copied page is residue, not its
    /// title (corpus/real fresh-879, fresh-887, fresh-888, fresh-889).
    @Test func aHijackedMirrorsKeywordLineIsResidue() {
        let line = "久热国产VS视频在线观看,国产放荡对白视频在线观看,99精品热这里只有精品,国产国产人免费人成免费视频"
        let page = outline(line + "\n\n清远市教育局关于开展青少年近视防控工作的通知\n\n各县(市、区)教育局:\n")
        #expect(page.title == "清远市教育局关于开展青少年近视防控工作的通知")
        #expect(SiteResidue.isResidue(line))
        // A plan's sentence that names one online video among its clauses is the plan's.
        #expect(!SiteResidue.isResidue("组织全体党员在线观看警示教育片,深刻反思,举一反三"))
        #expect(!SiteResidue.isResidue("开展健康教育视频展播,组织义诊,发放宣传资料"))
    }

    @Test func aReportQuotingTheNoticeByItsKindIsNews() {
        let report = outline("市爱卫办印发《关于开展第31个爱国卫生月活动的通知》。《通知》指出,今年4月是全国第31个爱国卫生月。\n活动中将开展环境卫生整治。\n")
        #expect(report.kind == .other)
        // A notice forwarding another asks its readers to do what it requires: a plan.
        let forwarding = outline("关于转发《全国爱卫办关于开展第31个爱国卫生月活动的通知》的通知\n各乡镇：\n现将《通知》转发给你们，《通知》要求各地开展环境卫生整治，请认真贯彻落实。\n")
        #expect(forwarding.kind == .plan)
    }

    @Test func aSharingSitesPageTitleAndButtonsAreNoTitle() {
        let pair = outline("疫情防控期间学校开学工作方案|疫情小学开学工作方案\n疫情防控期间学校开学工作方案\n为科学应对疫情,制定本方案。\n一、加强组织领导\n")
        #expect(pair.title == "疫情防控期间学校开学工作方案")
        #expect(pair.residueLines.count == 1)
        let buttons = outline("注册 | 登录 一网搜\n\n某市人民政府办公室关于印发某市卫生健康规划的通知\n各乡(镇)人民政府：\n")
        #expect(buttons.title == "某市人民政府办公室关于印发某市卫生健康规划的通知")
        // A column label before a title is no pair of titles.
        let labelled = outline("政策解读 | 某省全民健身实施计划(2021-2025年)\n一、总体要求\n")
        #expect(labelled.residueLines.isEmpty)
    }

    /// A news page's photo captions stay where the photos stood (corpus/real fresh-238, fresh-489):
    /// residue, and no title. A heading that names work at a scene is neither.
    @Test func aPhotosCaptionIsResidue() {
        let news = outline("会议现场\n某县卫生健康局召开2016年卫生工作会议\n3月2日，县卫生健康局召开全县卫生工作会议，总结2015年工作。\n大会现场\n会议要求，全县卫生系统要抓好院感防控。\n")
        #expect(news.title == "某县卫生健康局召开2016年卫生工作会议")
        #expect(news.residueLines.count == 2)
        let plan = outline("某县卫生健康局2025年工作计划\n一、加强施工现场卫生管理，每月检查1次。\n二、开展爱国卫生现场观摩活动。\n")
        #expect(plan.residueLines.isEmpty)
    }

    /// The file a sharing site offers, named on a line of its own (fresh-845): residue, and the title
    /// without its extension. A sentence or a heading that names a file is not such a line.
    @Test func aSitesFileNameIsResidueAndNamesTheTitle() {
        let page = outline("2023年中小学健康教育工作计划.docx\n2023年中小学健康教育工作计划2022年底,中小学承载着突如其来的多重压力。\n一、开展健康教育课。\n")
        #expect(page.title == "2023年中小学健康教育工作计划")
        #expect(page.residueLines.count == 1)
        let plan = outline("某县卫生健康局2025年工作计划\n一、按附件填报《院感自查表》，报送自查表.docx。\n二、上报院感自查表.docx\n")
        #expect(plan.residueLines.isEmpty)
        #expect(FileNameLine.isFileName(TextNormalizer.fold(Array("文件名称:2026年疾控中心工作计划.DOCX".utf16))[...]))
    }

    /// A health bureau's survey of a parasitic disease among school children (fresh-461) speaks
    /// of 学校, 学生 and 教育局 more than of itself; the disease it surveys is health work.
    @Test func aSurveyOfSchoolChildrensWormsIsAHealthPlan() {
        let survey = outline("土源性线虫病监测方案\n为了解我市儿童土源性线虫病的感染率,按照《学校卫生工作条例》和《全国土源性线虫病监测方案》制订本计划。\n一、组织领导\n市卫生局、教育局负责组织实施。\n市教育局职责:安排学生采样,由班主任通知学生。\n市卫生局职责:监测学生感染情况。\n二、调查范围\n监测学校名单如下,每个年级抽取1个班。\n")
        #expect(survey.kind == .plan)
        // A school's own plan on its pupils' hygiene stays the school's.
        let school = outline("我校2024年学生卫生工作计划\n一、加强学生个人卫生教育，班主任每周检查。\n二、配合开展学校传染病防控。\n")
        #expect(school.kind == .other)
    }

    /// A page's label for its text (`【正文】`, `正文內(nèi)容` with its readings) and a hijacked page's
    /// keyword line are no title (fresh-010, fresh-352, fresh-398).
    @Test func aPagesLabelForItsTextIsNoTitle() {
        let labelled = outline("【正文】\nxx年卫生局上半年工作总结\n上半年，我局开展了院感督查4次。\n")
        #expect(labelled.title == "xx年卫生局上半年工作总结")
        #expect(labelled.residueLines.count == 1)
        let hijacked = outline("国产不卡视频在线播放,中文字幕亚洲综合小综合在线\n\n衛生局健康教育工作計劃(一)\n一、开展健康讲座6次。\n")
        #expect(hijacked.title == "衛生局健康教育工作計劃(一)")
        #expect(hijacked.kind == .plan)
    }

    /// A portal's reprint credits the newspaper or media centre it took the news from (fresh-381);
    /// a plan's page names the body that wrote it.
    @Test func aPageCreditingANewspaperIsNews() {
        let reprint = outline("发布日期:2022-04-03 15:32 编辑:卫生健康委\n来源:拂晓报 阅读: 字号:【 大 中 小 】\n今年4月是第34个爱国卫生月。市爱卫办印发《关于开展第34个爱国卫生月活动的通知》,部署开展爱国卫生月活动。\n")
        #expect(reprint.kind == .other)
        #expect(NewsSource.creditsOutlet(TextNormalizer.fold(Array("信息来源：泽州县融媒体中心".utf16))))
        let plan = outline("发布日期:2022-04-03 15:32\n来源:县卫生健康局 阅读: 字号:【 大 中 小 】\n某县2022年爱国卫生月活动方案\n一、开展环境卫生整治。\n")
        #expect(plan.kind == .plan)
        #expect(!NewsSource.creditsOutlet(TextNormalizer.fold(Array("来源：卫生健康工作简报".utf16))))
    }

    /// A reporter's byline in brackets makes a page news, at its foot too (fresh-533, a 卫生院's
    /// item on a forum, one line long); a plan's 通讯员 are a team it builds.
    @Test func aReportersBylineIsNews() {
        let item = outline("曾都西城办事处卫生院 开展院感防控“百日整治”行动 按照区卫生健康局的通知要求,卫生院召开了院感防控活动动员会,进一步压实主体责任,有效防范新冠肺炎疫情。 （通讯员：宋斌）\n")
        #expect(item.kind == .other)
        let reporters = outline("某县卫生健康工作会议召开\n会议部署了2021年院感防控和爱国卫生工作。(记者 王茜 通讯员 曾玛娅)\n")
        #expect(reporters.kind == .other)
        let plan = outline("某县卫生健康局2025年健康教育工作计划\n一、加强通讯员队伍建设，全年培训通讯员(含兼职)20人。\n二、开展健康讲座6次。\n")
        #expect(plan.kind == .plan)
    }

    /// A portal's credit line at the foot, drafter and editors (fresh-646, an untitled item on a
    /// people's congress visiting two 卫生院), makes a page news; a plan is issued, not drafted by one.
    @Test func aDraftersCreditAtTheFootIsNews() {
        let visit = outline("11月27日,旗人大常委会主任带领调研组一行,先后到香山镇中心卫生院、巴彦塔拉苏木卫生院,对基层医疗卫生工作进行专题调研。\n"
            + "调研组一行了解卫生院运行状况、医疗设备使用、基本药物配备、中医馆建设等情况。\n撰稿:王会刚 编辑:包晓峰 初审:达来 终审:贾宝武\n某旗人大常委会办公室主办\n")
        #expect(visit.kind == .other)
        let bracketed = outline("某县卫生院2021年院感防控工作\n卫生院组织全体医务人员开展院感防控和爱国卫生工作。(撰稿人:姚宁 审核人:刘玉胜)\n")
        #expect(bracketed.kind == .other)
        let plan = outline("某县卫生健康局2025年健康教育工作计划\n一、开展健康讲座6次。\n二、撰稿:由健康教育科负责撰写宣传稿件,全年20篇。\n")
        #expect(plan.kind == .plan)
    }

    /// A hospital filling its own posts (fresh-535) is the body's own work, not health work; a
    /// plan that trains its staff is health work.
    @Test func aBodyFillingItsPostsIsNoHealthPlan() {
        let staffing = outline("医院护士长竞聘方案\n为加快医院发展,满足三级医院复审工作需要,决定对临床科室病区护士长采取公开竞聘的形式选拔。\n一、选拔原则\n(一)党管干部原则。\n二、竞聘岗位\n临床科室护士长8名,院感科护士长1名。\n")
        #expect(staffing.kind == .other)
        let plan = outline("某县人民医院2025年护理工作计划\n一、加强护士长队伍建设，开展院感培训4次。\n二、提高护理质量。\n")
        #expect(plan.kind == .plan)
    }

    /// A hospital's procurement notice (fresh-659) lists what it will buy, with budgets and months:
    /// the body buying for itself, not its health work.
    @Test func aProcurementNoticeIsNoHealthPlan() {
        let notice = outline("某市人民医院政府采购意向公告\n为便于供应商及时了解政府采购信息，现将本院2021年09月至12月采购意向公开如下：\n"
            + "序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) | 预计采购时间 |\n1 | 手术室净化机组更换 | 更换层流净化机组4台，保障院感防控要求 | 120 | 2021年10月 |\n")
        #expect(notice.kind == .other)
        let plan = outline("某县人民医院2025年院感工作计划\n一、规范医用耗材采购管理，落实院感防控要求。\n二、每季度开展院感督查1次。\n")
        #expect(plan.kind == .plan)
    }

    /// A sharing site's preview label and its closing line are no title (fresh-559): the title is
    /// the one glued to the text, and a summary of an 爱国卫生月 is held to that month only.
    @Test func aPreviewLabelIsNoTitle() {
        let preview = outline("资源预览内容\n第1页 / 共2页\n亲,该文档总共2页全部预览完了,如果喜欢就下载吧!\n资源描述\n【最新】街道办事处爱国卫生月活动总结 今年是全国第二十个爱国卫生月,根据区爱卫会的布置与要求,街道精心组织,周密安排,以创建国家卫生城市为目标,广泛发动群众,在辖区内开展了形式多样的爱国卫生月活动,取得了较好的效果。一是开展健康教育主题活动,二是集中整治楼院环境卫生。\n")
        #expect(preview.title == "【最新】街道办事处爱国卫生月活动总结")
        #expect(preview.kind == .summary)
    }

    /// A trail that stops at a news column files the page under news (as fresh-562's, whose site
    /// column above the trail is still read as its title); a trail that
    /// goes on past 资讯 names the page (bureau-021).
    @Test func aTrailEndingInANewsColumnIsNews() {
        let item = outline(" » 医疗百科 » 行业资讯\n卫健委2023年卫生健康进展成效及2024年发展目标\n\n刚刚过去的2023年,全国卫生健康系统扎实开展主题教育,2024年将加强院感防控。\n")
        #expect(item.kind == .other)
        let plan = outline("当前位置:首页 > 资讯 > 政策\n某县卫生健康局2024年工作要点\n一、加强院感防控。\n二、开展爱国卫生月活动。\n")
        #expect(plan.kind == .plan)
    }

    /// A press conference's transcript is news (fresh-571), whatever the plans it announces.
    @Test func aPressConferenceTranscriptIsNews() {
        let transcript = outline("国家卫生健康委员会2024年4月18日新闻发布会文字实录\n今天发布会的主题是深入开展爱国卫生运动。我们将开展第36个爱国卫生月活动,推进病媒生物防制。\n")
        #expect(transcript.kind == .other)
    }

    /// A school's own clinic is the school's (fresh-639), not a village's 卫生室: its plan is no
    /// health plan; a 村卫生室's is.
    @Test func aSchoolsClinicIsTheSchools() {
        let school = outline("2026年学校卫生室工作计划\n一、做好学生晨检和因病缺课登记，配合开展预防接种查验。\n二、开展健康教育。\n")
        #expect(school.kind == .other)
        let village = outline("2026年村卫生室工作计划\n一、做好高血压、糖尿病患者随访。\n二、开展健康教育。\n")
        #expect(village.kind == .plan)
    }

    /// A government's report on all its work (fresh-647, a township's) is no health plan; a
    /// bureau's report on the tasks the report gave it is its own summary.
    @Test func aGovernmentsWorkReportIsNoHealthPlan() {
        let report = outline("政府工作报告\n一、2021年工作回顾\n全镇新冠疫苗接种率达到95%，开展爱国卫生运动。\n二、2022年工作安排\n")
        #expect(report.kind == .other)
        let tasks = outline("区卫生健康局2021年《政府工作报告》重点任务落实情况\n一、院感防控\n开展院感督查4次。\n")
        #expect(tasks.kind != .other)
    }

    /// An emergency bureau known by its short name (`县应急局`, fresh-741) and a civil-affairs
    /// summary on its 养老服务 (fresh-747) are other bodies' work, though they name 应急 and 医养结合;
    /// a health plan that lists 民政局 among the departments sharing its work is still a health plan.
    @Test func otherBureausByTheirShortNamesAndWork() {
        let emergency = outline("县应急局2024年12月份重点工作落实情况\n1.督促完成森林防灭火演练和培训。县应急局\n2.开展受灾困难群众生活救助。县应急局\n")
        #expect(emergency.kind == .other)
        let civil = outline("民政年度工作总结\n一、养老服务体系不断完善\n新建居家养老服务站5个,推进医养结合,养老服务补贴按时发放。\n二、社会救助精准高效\n")
        #expect(civil.kind == .other)
        let health = outline("某县新型冠状病毒感染的肺炎应急预案\n一、总则\n卫健局负责疫情监测和医疗救治。公安局、交通运输局、民政局、农业农村局按职责配合。\n")
        #expect(health.kind == .plan)
    }

    /// A site's category line that is a genre alone (`研究报告`, fresh-483) is no title; an
    /// e-paper's edition label (`第00002版:本省要闻`, fresh-487) makes the page news.
    @Test func aBareGenreIsNoTitleAndAnEditionIsNews() {
        let filed = outline("研究报告\nPAGE\n2020妇幼保健年度工作计划\n一、总体工作目标\n提高孕产妇系统管理率。\n")
        #expect(filed.title == "2020妇幼保健年度工作计划")
        let paper = outline("阴影\n第00002版:本省要闻\n· 促进食品医药产业健康快速发展\n全省卫生工作要点发布\n一、加强卫生应急。\n")
        #expect(paper.kind == .other)
        #expect(!NewsSource.isEditionLabel(TextNormalizer.fold(Array("第2版次修订:".utf16))[...]))
        #expect(NewsSource.isEditionLabel(TextNormalizer.fold(Array("第A3版：要闻".utf16))[...]))
    }

    /// A site's tabs, one to a line above the page (`医疗卫生规划更新` / `…推荐` / `…热门`,
    /// fresh-443), are no title; one line ending so is the document's own.
    @Test func aRowOfTabsIsNoTitle() {
        let tabbed = outline("医疗卫生规划更新\n医疗卫生规划推荐\n医疗卫生规划热门\n某市艾滋病综合防治示范区工作五年规划\n一、指导思想\n")
        #expect(tabbed.title == "某市艾滋病综合防治示范区工作五年规划")
        #expect(tabbed.residueLines.count == 3)
        #expect(outline("医院设备更新\n一、更新CT一台。\n").title == "医院设备更新")
    }

    /// An untitled interpretation opens with the policy's drafting (`一、编制背景`, fresh-380); a
    /// plan opens with its guidance or its review.
    @Test func anOutlineOpeningWithTheDraftingIsAnInterpretation() {
        let interpretation = outline("一、编制背景\n为贯彻落实《健康中国行动》,推进健康县建设,制定本行动方案。\n二、主要内容\n到2025年,居民健康素养水平达到30%。\n")
        #expect(interpretation.kind == .other)
        let plan = outline("一、指导思想\n为推进健康县建设,制定本方案。\n二、编制背景与目标\n到2025年,居民健康素养水平达到30%。\n")
        #expect(plan.kind == .plan)
    }

    /// A site's name over its page (`法搜网--中国法律信息搜索网`, fresh-503) is no title.
    @Test func aSitesNameIsNoTitle() {
        let page = outline("法搜网--中国法律信息搜索网\n浙江省卫生厅关于印发母婴健康工程项目实施方案的通知\n各市卫生局：\n")
        #expect(page.title == "浙江省卫生厅关于印发母婴健康工程项目实施方案的通知")
    }

    /// A place's 健康中国 action plan names every bureau's share (schools, sport, the environment)
    /// more than the health bodies, and is a health plan (fresh-515, fresh-516); a portal's table
    /// gives its title in the cell after `名 称:` (fresh-515).
    @Test func aHealthyCityActionIsAHealthPlan() {
        let action = outline("健康抚顺行动实施方案(2020-2030年)\n一、实施健康知识普及行动\n教育局负责学校健康教育,学校开设健康课,学生每天锻炼1小时。\n二、实施全民健身行动\n体育局建设全民健身设施,生态环境局改善大气污染。\n")
        #expect(action.kind == .plan)
        let tabled = outline("| 成文日期: | 2020-11-05 | 名 称: | 关于印发《健康花山行动实施方案》的通知 |\n| 关 键 词: | 健康花山 |\n濮塘镇、各街道办事处,区直有关部门,各有关单位:\n现将《健康花山行动实施方案》印发给你们。\n")
        #expect(tabled.title == "关于印发《健康花山行动实施方案》的通知")
        #expect(!DomainVocabulary.namesHealthAction(title: "健康教育活动方案"))
    }

    /// A hotel's untitled hygiene rules (fresh-765) and a set of a pharmacy's rules (`药店管理制度全`,
    /// fresh-766) are no health plan; a plan to supervise schools' hygiene is the health
    /// supervisors' own, however often it names schools and students (fresh-768).
    @Test func settingsRulesAndTheirSupervision() {
        let hotel = outline("为了确保宾客有一个安全、舒适的居住环境,宾馆必须严格执行卫生管理制度。以下是具体措施:\n一、公共区域清洁\n1. 大堂每日消毒。\n二、客房卫生\n1. 客房每客一换床单,为宾客提供消毒茶具。\n")
        #expect(hotel.kind == .other)
        #expect(outline("药店管理制度全\n一、药品采购制度\n1.从合法企业购进药品。\n").kind == .other)
        // A waste-sorting publicity plan (fresh-808) is city management's, though it names 卫生 and 健康.
        #expect(outline("生活垃圾分类宣传工作方案\n一、指导思想\n以垃圾分类为抓手,改善环境卫生,促进居民健康。\n二、宣传内容\n垃圾分类知识进社区,垃圾分类投放点设置。\n").kind == .other)
        let supervision = outline("2015学校卫生监督工作计划\n一、加强学校卫生监督,督促学校落实晨检制度,学生因病缺课登记。\n二、开展学校饮用水和教学环境卫生监督,学校卫生监督覆盖率100%。\n三、学校传染病防控监督,学生健康体检。\n")
        #expect(supervision.kind == .plan)
    }

    @Test func aSchoolNamedInTheTitleWritesItsOwnPlan() {
        #expect(outline("2025幼儿园春季传染病防控工作计划\n一、加强传染病防控，落实晨午检。\n二、做好传染病疫情报告。\n三、预防接种查验。\n").kind == .other)
        // A health body's supervision of schools is its own work.
        #expect(outline("2024年学校卫生监督工作计划\n一、开展学校传染病防控监督检查。\n二、开展学校饮用水卫生监督。\n").kind == .plan)
    }

    @Test func aSharingSitesPageMarkerNamesAnOtherwiseUntitledDocument() {
        // Pages shown as images, each under the document's name with its page number and a reading.
        let pages = "2025幼兒園春季傳染病防控工作計(jì)劃_第1頁(yè)\n2025幼兒園春季傳染病防控工作計(jì)劃_第2頁(yè)\n全文預(yù)覽已結(jié)束\n"
            + "為了加強傳染病防控，保障幼兒身體健康，根據上級要求，結合本園實際，我園做好以下工作：1、堅持晨午檢制度，2、做好環境消毒，3、加強宣傳教育，4、做好疫情報告。\n"
        #expect(outline(pages).title == "2025幼兒園春季傳染病防控工作計劃")
        #expect(outline("乡镇爱国卫生年度工作计划.docx_第1页\n乡镇爱国卫生年度工作计划.docx_第2页\n为了搞好环境卫生，创造整洁优美的生活环境，提高群众健康水平，结合本镇实际，现制定如下措施：1、清理垃圾，2、灭鼠灭蚊，3、整治河塘沟渠。\n").title == "乡镇爱国卫生年度工作计划")
    }

    @Test func aWordPageFieldBeforeTheTitleIsNoPartOfIt() {
        let text = "1、第PAGE20页共NUMPAGES20页2022年妇幼卫生工作年终总结今年我县的妇幼卫生工作是不同寻常的一年,根据年初卫生工作会议精神和县委县政府的统一部署,在上级业务部门的指导下,全面完成了各项任务。\n"
        #expect(outline(text).title == "2022年妇幼卫生工作年终总结")
        #expect(MetadataExtractor.droppingPageField("第第頁(yè)2008年衛生工作總結") == "2008年衛生工作總結")
        #expect(MetadataExtractor.droppingPageField("第一季度工作计划") == "第一季度工作计划")
    }

    /// corpus/real fresh-417, fresh-419, fresh-423 (batch 28).
    @Test func headlinesOfWorkDeployedOrAFacilityOpenedAndADisclosureReportAreNoPlans() {
        #expect(outline("宁化安排部署今年卫生工作\n县卫生局召开会议，总结去年工作，安排今年任务。\n").kind == .other)
        #expect(outline("某县美沙酮药物维持治疗门诊即将投入使用\n该门诊位于县疾控中心，将为戒毒人员提供服务。\n").kind == .other)
        #expect(outline("2024年卫生健康工作部署\n一、加强院感防控。\n二、开展爱国卫生月活动。\n").kind == .plan)
        let disclosure = "2018年3月19日\n本年度报告根据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求，由本中心编制。全文包括概述、主动公开情况等。\n一、概述\n某县疾病预防控制中心系全额拨款事业单位。\n"
        #expect(outline(disclosure).kind == .other)
    }

    /// corpus/real fresh-338: an untitled notice that calls for reports, its text in Traditional
    /// characters with a sharing site's pinyin readings glued on; a notice that sets out work is a plan.
    @Test func anUntitledCallForReportsIsNoPlan() {
        let call = "8月31日,我局印發(fā)了《關於認真學習貫徹全國衛生與健康大會精神的通知》,現(xiàn)就報(bào)送學習貫徹情況的具體要求通知如下。\n"
            + "一、報告的主要情況\n1. 召開學習貫徹大會精神會議關於中醫藥工作情況;\n2. 出臺的政策文件關於中醫藥工作的措施等。\n"
        #expect(outline(call).kind == .other)
        let work = "为做好今年的爱国卫生工作,现就开展爱国卫生月活动通知如下。\n一、开展环境卫生整治。\n二、开展病媒生物防制。\n"
        #expect(outline(work).kind == .plan)
    }

    @Test func aStampWrittenDayFirstAndABettingSitesWordsAreResidue() {
        let page = outline("某县禁毒教育基地即将投入使用\n\n09.12.2015  16:30\n某县卫生健康局2015年工作计划\n一、开展禁毒宣传。\n")
        #expect(page.residueLines.count == 1)
        let spam = outline("某县卫生局2018年工作计划\n一、开展饮用水监测，澳门金沙城中心_欧洲杯足球网-【投注官网平台】\n二、加强院感防控。\n")
        #expect(spam.residueLines.count == 1)
    }

    /// corpus/real fresh-706 (batch 57): a portal's metadata names the publisher, here a 民政局
    /// consulting on its 养老服务 plan; a health plan's 资金来源 names who pays, not who writes.
    @Test func aPortalPageFromAnotherBureauIsNoHealthPlan() {
        let page = "关于公开征求《某县关于推进养老服务高质量发展的工作方案(征求意见稿)》的通知\n  • 发布时间: 2022-04-18 09: 47\n  • 信息来源: 县民政局\n"
            + "推进养老服务高质量发展，推进医养结合，提升老年人健康管理和家庭医生签约服务水平。\n一、工作目标\n"
        #expect(outline(page).kind == .other)
        let plan = "某县卫生健康局2025年家庭医生签约服务工作方案\n一、提升老年人健康管理和家庭医生签约服务水平。\n资金来源：县财政局按人均标准拨付。\n"
        #expect(outline(plan).kind == .plan)
    }

    /// corpus/real fresh-697 (batch 56): a headline of an official's inspection visit is news; a plan
    /// that prepares for one names its genre.
    @Test func anInspectionVisitsHeadlineIsNews() {
        #expect(outline("【某县疾控】县政府副县长深入县疾控中心视察疾病防控工作(20180710)\n7月10日,副县长一行深入县疾控中心检查指导工作。\n").kind == .other)
        #expect(outline("某县卫生健康局迎接省政府视察工作方案\n一、加强院感防控。\n二、做好环境卫生整治。\n").kind == .plan)
    }

    /// corpus/real fresh-660, fresh-661 (batch 53): untitled reports of a visit — officials who came to
    /// look on a day and at an hour, a programme brought to a county on a day; a plan dates work to do.
    @Test func aVisitReportedOnADayIsNews() {
        let visit = "为高质量推进我市基层卫生健康综合试验区建设,2025年3月12日上午,由市政协副主席带领委员到集团总院,开展试验区建设工作专题调研。\n调研组听取了汇报。\n"
        #expect(outline(visit).kind == .other)
        let training = "9月19日,由省卫生计生委联合主办的“乡村医生培训”走进某县。省、市有关负责人出席开班仪式。\n近100名基层医生参加培训。\n"
        #expect(outline(training).kind == .other)
        let plan = "为做好2025年基层卫生工作,3月12日前完成试验区建设工作专题调研方案,4月开展专题调研。\n一、加强院感防控。\n"
        #expect(outline(plan).kind == .plan)
    }

    /// corpus/real fresh-422: an untitled report that opens with the days and what was done on them.
    @Test func aFirstSentenceTellingADeedDoneOnADayIsNews() {
        let report = "4月13日至14日,县水务局会同县疾控中心卫生科工作人员深入9个乡(镇),顺利完成10处农村集中供水工程水质检测采样工作。\n今年以来,我局认真按照要求开展饮用水监测。\n"
        #expect(outline(report).kind == .other)
        let plan = "某镇2024年爱国卫生月活动方案\n5月1日至31日,在全镇开展爱国卫生月活动,完成环境卫生整治。\n一、组织领导\n"
        #expect(outline(plan).kind == .plan)
    }

    /// corpus/real fresh-445: an untitled report whose lines tell what a meeting said.
    @Test func linesTellingWhatAMeetingSaidAreNews() {
        let report = "岁末年初总回首,凝心聚力启新程。近来,县卫生健康委员会召开全体干部职工大会,总结一年工作。\n会议指出,过去一年,县卫健委紧紧围绕中心工作,始终坚持人民至上。\n会议强调,全体职工要坚守初心。\n"
        #expect(outline(report).kind == .other)
        let plan = "某县卫生健康局2026年工作计划\n一、认真贯彻全县卫生健康工作会议精神,会议确定的各项任务逐项落实。\n二、加强院感防控。\n"
        #expect(outline(plan).kind == .plan)
    }
}
