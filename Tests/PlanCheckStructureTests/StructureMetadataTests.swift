import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

@Suite struct StructureMetadataTests {
    private func outline(_ text: String) -> Outline { firstPieceOutline(text) }

    @Test func readsTitleYearIssuerAndKindOfAClinicPlan() {
        let found = outline("某镇卫生院2024年工作计划\n一、加强院感防控\n（一）落实感控督查制度。\n二、开展爱国卫生月活动")
        #expect(found.title == "某镇卫生院2024年工作计划")
        #expect(found.year == 2024)
        #expect(found.issuer == "某镇卫生院")
        #expect(found.kind == .plan)
        #expect(found.ranges(of: .plan).count == 1)
        #expect(found.headings.count == 3)
    }

    @Test func skipsSiteResidueAndTheFileExtension() {
        let text = "县卫生健康局2022年工作总结暨工作计划范文.docx\n\n上传人:33****8 文档编号:33188775 上传时间:2022-08-10\n第1页 / 共6页\n一、工作情况\n三、工作计划"
        let found = outline(text)
        #expect(found.title == "县卫生健康局2022年工作总结暨工作计划范文")
        #expect(found.kind == .summaryPlan)
        #expect(found.issuer == "县卫生健康局")
    }

    /// A portal's metadata list (residue) names the title when the page has none of its own line;
    /// that title then says whose plan it is.
    @Test func aPortalsMetadataListNamesTheTitle() {
        let text = "- 索引号: 11370100MB/2025-00347\n- 发布机构: 某市文化和旅游局\n- 标题: 某市文化和旅游局2025年工作要点\n- 发文字号:\n2025年是关键一年。市文化和旅游局坚持高质量发展。\n一、加强党的建设\n"
        let found = outline(text)
        #expect(found.title == "某市文化和旅游局2025年工作要点")
        #expect(found.kind == .other)
    }

    /// The same list copied as a Markdown table: the `标题` cell is the title even when it names no
    /// genre (a news item's headline), and the row of dashes under it is no title.
    @Test func aPortalsMetadataTableNamesTheTitle() {
        let text = "标题: | 常态开展爱国卫生运动 全面提升城乡人居环境 | ||\n---|---|---|---|\n索引号: | /2023-5345752 | 文号: | |\n为推动爱国卫生运动常态化开展,改善城乡人居环境,街道开展整治。\n"
        #expect(outline(text).title == "常态开展爱国卫生运动 全面提升城乡人居环境")
    }

    /// A page that opens with the document's outline (no 目录 label) has its title below it; a
    /// page of numbered lines followed by a sentence has none.
    @Test func theTitleBelowAnOpeningOutlineIsRead() {
        let outlineFirst = "一、指导思想\n二、工作目标\n三、工作内容\n（一）建立慢性病监测系统\n（二）开展健康教育\n四、工作要求\n乡镇慢性病综合防控示范区建设方案\n为推进我镇慢性病综合防控工作，特制定本方案。\n一、指导思想\n"
        #expect(outline(outlineFirst).title == "乡镇慢性病综合防控示范区建设方案")
        let noTitle = "一、指导思想\n二、工作目标\n三、工作内容\n四、工作要求\n全镇各村要高度重视，认真组织实施方案。\n"
        #expect(outline(noTitle).title == nil)
    }

    /// A notice that issues the document above it names its title (`现将《…规划》印发给你们`), in
    /// traditional characters too.
    @Test func theTitleANoticeIssuesIsRead() {
        let text = "各縣(市)、區人民政府:\n經市政府同意,現將《某市防治慢性病中長期規劃(2018—2025年)》印發給你們,請認真貫徹執行。\n某市人民政府辦公室\n2018年5月14日\n為積極推進慢性病防治工作,特制定本規劃。\n"
        #expect(outline(text).title == "某市防治慢性病中長期規劃(2018—2025年)")
        let cited = "为落实《全民健康生活方式行动方案》，结合实际开展工作。\n一、加强慢性病防治。\n"
        #expect(outline(cited).title != "全民健康生活方式行动方案")
    }

    /// A text with no word of the health administration and one of another field (人居环境) is
    /// that field's, however few its words.
    @Test func aTextWithoutAHealthWordIsAnotherFields() {
        let text = "某镇村庄整治行动工作方案\n为持续巩固农村人居环境整治成果，开展村庄清理行动。\n一、清理垃圾\n"
        #expect(outline(text).kind == .other)
        let health = "某镇工作方案\n为持续巩固农村人居环境整治成果，推进公共卫生服务。\n一、清理垃圾\n"
        #expect(outline(health).kind == .plan)
        // The village clean-up its title names is the farm ministry's programme, whatever one
        // sentence says of public health (corpus/real fresh-100).
        let cleanUp = "某镇村庄清洁行动工作方案\n为持续巩固农村人居环境整治成果，改善公共卫生条件，开展清洁行动。\n一、清理垃圾\n"
        #expect(outline(cleanUp).kind == .other)
        // A residents' committee's plan for its part in the 除四害 drive is its own work (fresh-297).
        let committee = "社区居委会工作计划\n为配合创建国家卫生城市，居委会成立除四害领导小组，开展爱国卫生运动，春秋两季灭鼠。\n一、加强领导\n"
        #expect(outline(committee).kind == .other)
    }

    /// No title and an opening without a year: the plan part's heading says which year is planned.
    @Test func withoutATitleTheYearIsThePlanHeadings() {
        let text = "一、工作完成情况\n（一）加强党建引领\n（二）全面加强疫情防控\n二、存在问题\n基层人才不足。\n三、2023年工作计划\n（一）以党建为统领\n"
        #expect(outline(text).year == 2023)
    }

    @Test func placeholderYearsAreNil() {
        #expect(outline("卫生院20xx年工作计划\n正文").year == nil)
        #expect(outline("卫生院20_年工作计划\n正文").year == nil)
        #expect(outline("卫生院工作要点\nxxxx年全区卫生健康工作总体要求是：").year == nil)
        #expect(outline("卫生院20  年工作计划\n正文").year == nil)
        // A real year later in the text does not replace a placeholder in the opening.
        #expect(outline("区卫生局年工作计划总结\n20_年，是而立之年，2010年也是收官之年。").year == nil)
        // A site's year glued before a template's masked one (`2022年20**年…`) is the page's.
        #expect(outline("2022年20**年爱国卫生运动总结\n20**年，我镇爱国卫生工作取得成效。").year == nil)
        #expect(outline("2022年20xx年卫生院工作计划\n正文").year == nil)
        #expect(outline("2022年2023年卫生院工作计划\n正文").year == 2022)
    }

    /// A sharing site's collection page is dated by its posting; an older document below it names its own year.
    @Test func aCollectionPageTakesTheYearItsDocumentNames() {
        let page = "2022年上半年疾控工作总结\n2024-08-01\n2022年上半年疾控工作总结(共6篇)\n篇1:2022年上半年疾控工作总结\n"
            + "泾川县疾病预防控制中心\n关于2012年上半年疾病预防控制工作总结的报告\n上半年，我县疾病预防控制工作稳步推进。"
        #expect(outline(page).year == 2012)
        // A cited plan's year and a masked year below keep the page's; a page that is no collection keeps its title's.
        #expect(outline("2023年健康教育工作计划(精选17篇)\n2023年健康教育工作计划 篇1\n为了更好的贯彻落实《大研街道办事处2019年健康教育工作计划》，制定本计划。").year == 2023)
        #expect(outline("2024年村卫生室年度工作计划优秀6篇\n2024年村卫生室年度工作计划篇1\n20xx年，我院在xx市卫生局的正确领导下开展工作。").year == 2024)
        #expect(outline("2022年疾控工作总结\n泾川县疾病预防控制中心\n关于2012年工作的回顾\n正文").year == 2022)
    }

    @Test func yearComesFromTheOpeningWhenTheTitleHasNone() {
        #expect(outline("卫生院工作计划\n2023年，我院在县卫健委领导下开展工作。").year == 2023)
        #expect(outline("卫生院工作计划\n二〇二四年，我院将继续推进医共体建设。").year == 2024)
        #expect(outline("卫生院工作计划\n上传时间:2023-02-19\n正文没有年份。").year == nil)
    }

    /// The 爱国卫生月 has been held every April since 1989: the title that counts it dates the notice.
    @Test func aTitleCountingThePatrioticHealthMonthGivesItsYear() {
        #expect(outline("关于开展第35个爱国卫生月活动的通知\n各街道：现就有关事项通知如下。").year == 2023)
        #expect(outline("第三十六个全国爱国卫生月活动方案\n一、活动主题").year == 2024)
        #expect(outline("孙庙乡开展第37个爱国卫生宣传月活动\n会上传达了文件精神。").year == 2025)
        // A year written in the title wins, and other ordinals count nothing.
        #expect(outline("2019年第35个爱国卫生月活动方案\n一、活动主题").year == 2019)
        #expect(outline("第35个工作日爱国卫生检查方案\n一、检查内容").year == nil)
    }

    @Test func aSpanOfYearsIsAboutItsFirstYear() {
        #expect(outline("卫生部贯彻2011-2020年中国妇女儿童发展纲要实施方案\n正文").year == 2011)
        #expect(outline("健康城市建设规划（2021—2025年）\n正文").year == 2021)
        #expect(outline("卫生事业发展规划(2016 至 2020年)\n正文").year == 2016)
        // A year after 到 is a target, not a span's end and not the year the text is about.
        #expect(outline("健康乡村行动方案\n到2030年，基本实现全覆盖。").year == nil)
    }

    @Test func aCitedPlansPeriodDoesNotDateTheOpening() {
        // The opening carries out a plan of 2019—2030 and names its own year after it.
        // A notice under its number: the addressees read as its title, then the opening.
        #expect(outline("国健推委办发〔2022〕2号\n\n健康中国行动推进委员会各成员单位、有关单位:\n\n为贯彻落实《健康中国行动(2019—2030年)》等文件精神，我们研究制定了《健康中国行动2022年工作要点》。").year == 2022)
        #expect(outline("县卫健发〔2023〕5号\n\n各乡镇卫生院、有关单位:\n\n为落实《健康城市建设规划（2021-25年）》等文件精神，现提出如下意见。").year == nil)
        // A year cited alone is the year of the cited plan, as a rule this year's.
        #expect(outline("县卫健发〔2019〕5号\n\n各村卫生室、有关单位:\n\n根据《2019年公共卫生工作计划书》，现安排如下。").year == 2019)
    }

    @Test func declaredKindReadsTheTitleWords() {
        #expect(MetadataExtractor.declaredKind(ofTitle: "县卫健委2023年上半年工作总结和下半年工作计划") == .summaryPlan)
        #expect(MetadataExtractor.declaredKind(ofTitle: "区卫生局年工作计划总结") == .summary)
        #expect(MetadataExtractor.declaredKind(ofTitle: "卫生健康局工作要点汇总") == .plan)
        #expect(MetadataExtractor.declaredKind(ofTitle: "卫生院述职报告") == .summary)
        #expect(MetadataExtractor.declaredKind(ofTitle: "计划生育工作总结") == .summary)
        #expect(MetadataExtractor.declaredKind(ofTitle: "卫生院2024年") == nil)
        #expect(MetadataExtractor.declaredKind(ofTitle: nil) == nil)
    }

    @Test func partsRefineTheDeclaredKind() {
        let planWithSummary = outline("镇2024年卫生工作计划\n一、20xx年卫生院工作总结\n二、20xx年工作思路")
        #expect(planWithSummary.kind == .summaryPlan)
        let summaryWithPlan = outline("卫生院工作总结\n一、医疗服务\n二、存在问题\n三、下一步工作打算")
        #expect(summaryWithPlan.kind == .summaryPlan)
        let undeclared = outline("卫生院2024年\n一、加强医院感染防控")
        #expect(undeclared.kind == .plan)
    }

    @Test func aSchoolHealthSummaryIsOther() {
        let text = """
        学校健康卫生工作总结
        在学校的卫生工作中，我们组织师生认真学习《学校卫生工作条例》。
        一、培养学生卫生习惯
        各班级每周检查学生个人卫生，学生健康体检率100%。
        """
        #expect(outline(text).kind == .other)
    }

    @Test func anEnglishReadmeAboutPlansIsOther() {
        // A README in a folder of plans: health-bureau words and placeholders in English prose.
        let text = """
        # Plans of the county health bureau

        This folder holds the work plans (工作计划) and summaries (工作总结) of the 县卫生健康局 \
        and its township clinics (卫生院). Each plan must cover 院感, 爱国卫生月 and 两癌筛查; \
        drafts still hold placeholders such as `20xx年` and `XX县`. Run plancheck before you submit.
        """
        #expect(outline(text).kind == .other)
        // The same words in a Chinese plan with English terms (DRG, HPV, HIS) keep it a plan.
        let plan = "县卫生健康局2025年工作计划\n一、推进DRG支付方式改革，完善HIS系统。\n二、开展HPV疫苗接种和两癌筛查，加强院感防控。"
        #expect(outline(plan).kind == .plan)
    }

    @Test func chineseShareIsReadFromTheByteCount() {
        let document = Document(path: "t.txt", text: "abc卫生院😀")
        #expect(document.utf8Count(in: 0..<3) == 3)
        #expect(document.utf8Count(in: 3..<6) == 9)
        #expect(document.utf8Count(in: 6..<8) == 4)
        #expect(MetadataExtractor.isMostlyChinese(document, in: 0..<6))
        #expect(!MetadataExtractor.isMostlyChinese(document, in: 0..<3))
        #expect(MetadataExtractor.isMostlyChinese(document, in: 2..<2))
    }

    @Test func aHealthBureauMentioningASchoolIsNotOther() {
        let text = "县卫生健康局2024年工作计划\n一、加强学校卫生监督，做好学生常见病防治。\n二、推进医共体建设，加强卫生院和村卫生室能力。"
        #expect(outline(text).kind == .plan)
    }

    /// A reposted copy's pinyin readings do not count toward a title's length (fresh-477), and a
    /// title the page printed twice in a row is read once (fresh-329).
    @Test func aTitleIsMeasuredAsShownAndReadOnce() {
        let reading = "大英縣生態(tài)環(huán)境局對(duì)城鎮(zhèn)醫(yī)療(liáo)廢水、醫(yī)療(liáo)廢物處(chǔ)置情況開(kāi)展檢(jiǎn)查指導(dǎo)工作"
        #expect(reading.count > MetadataExtractor.maxTitleLength)
        let news = outline(reading + "\n为全面贯彻落实精神,近日,县卫生健康局进行检查指导。\n")
        #expect(news.title == reading)
        #expect(news.kind == .other)
        let twice = outline("第第頁2008年卫生工作总结和2009年卫生工作思路2008年卫生工作总结和2009年卫生工作思路\n一、2008年工作回顾\n")
        #expect(twice.title == "2008年卫生工作总结和2009年卫生工作思路")
    }

    @Test func domainVocabularyCountsLongestWordsWithoutOverlap() {
        #expect(DomainVocabulary.counts(in: "卫生健康局卫生健康") == (health: 2, other: 0))
        #expect(DomainVocabulary.counts(in: "食品安全摊贩") == (health: 0, other: 2))
        #expect(DomainVocabulary.counts(in: "学校卫生院学生") == (health: 1, other: 2))
        // Overlaps are resolved across the lists: the veterinary body's 动物卫生 starts first.
        #expect(DomainVocabulary.counts(in: "县动物卫生监督所") == (health: 0, other: 1))
        #expect(DomainVocabulary.counts(in: "县卫生监督所") == (health: 1, other: 0))
    }

    @Test func issuerComesFromTheOpeningSentenceWhenTheTitleHasNone() {
        #expect(outline("2024年工作计划\n下半年，卫计委将按照省市县的部署做好工作。").issuer == "卫计委")
        #expect(outline("2024年工作计划\n按照县委部署推进工作。同时配合县卫生局。").issuer == nil)
        #expect(outline("关于印发XX县卫生健康局2024年工作要点的通知\n各单位：").issuer == "XX县卫生健康局")
        // The hour of a meeting before the body that held it is no part of its name; 日照 is.
        #expect(outline("2024年工作计划\n3月9日下午县疾控中心召开动员会。").issuer == "县疾控中心")
        #expect(outline("2024年工作计划\n日照市卫生健康委员会部署全年工作。").issuer == "日照市卫生健康委员会")
        // A body the work is done to (after 完成, 创建, 结合 …) or whose building is named is not the
        // writer (fresh-233, fresh-453, fresh-241).
        #expect(outline("具体任务\n全面落实疫情防控措施,抓紧完成方舱医院升级改造;中医院门诊楼建成投运。").issuer == nil)
        #expect(outline("2024年工作计划\n为创建无烟医院,营造无烟环境,制定本计划。").issuer == nil)
        #expect(outline("2024年工作计划\n结合医院实际,县人民医院制定本计划。").issuer == "县人民医院")
    }

    @Test func aCompilationPieceTakesItsHeadingAsTitle() {
        let text = "2024年乡镇卫生工作计划(合集两篇)\n2024年乡镇卫生工作计划 篇1\n20xx年我镇将开展爱国卫生运动。\n2024年乡镇卫生工作计划 篇2\n下半年，卫计委将做好以下工作。"
        let outlines = OutlineBuilder.outlines(of: Document(path: "t.txt", text: text))
        #expect(outlines.map(\.outline.title) == ["2024年乡镇卫生工作计划 篇1", "2024年乡镇卫生工作计划 篇2"])
        #expect(outlines.map(\.outline.year) == [2024, 2024])
        let second = "范文\n第一篇:卫生健康局2021年工作总结\n正文\n第二篇:卫生健康局工作要点汇总\nxxxx年全区卫生健康工作总体要求是：\n一、抓好疫情防控"
        let pieces = OutlineBuilder.outlines(of: Document(path: "t.txt", text: second))
        #expect(pieces.map(\.outline.title) == ["卫生健康局2021年工作总结", "卫生健康局工作要点汇总"])
        #expect(pieces.map(\.outline.year) == [2021, nil])
        #expect(pieces.map(\.outline.kind) == [.summary, .plan])
    }

    /// One pass over the lines: the footer opens at its first line, residue and empty lines are
    /// not content, and the vocabulary is counted in the content lines only.
    @Test func lineSurveyFindsTheFooterTheContentAndItsVocabulary() {
        let text = """
        卫生健康局2025年工作计划
        上传人：某某 文档编号 123

        一、加强学校卫生，督促学生体检，卫生院配合。
        第2页 / 共6页
        二、学生近视防控。
        展开阅读全文
        相关范文推荐：学校工作计划 学生
        """
        let document = Document(path: "t.txt", text: text)
        let survey = LineSurvey(document, range: 0..<document.utf16.count, folded: TextNormalizer.fold(document.utf16))
        let footer = document.sourceMap.lineStarts[6]
        #expect(survey.contentEnd == footer)
        // The other lines before the footer are the document's own, whose words are counted.
        #expect(survey.residueLines.map { document.text(in: $0) } == ["上传人：某某 文档编号 123", "第2页 / 共6页", "展开阅读全文"])
        // 卫生健康局, 卫生院; 学校, 学生, 学生 — not the footer's 学校 and 学生.
        #expect(survey.vocabulary == (health: 2, other: 3))
        #expect(SiteResidue.contentEnd(of: document, in: 0..<document.utf16.count) == footer)
    }

    /// A breadcrumb at the top of the page is its header, not the footer that ends the document.
    @Test func aFooterWordAboveTheTextIsHeaderResidue() {
        let text = "當前位置:文範網 >\n\n實用文 >工作計劃 >\n\n2023年卫生健康工作计划\n一、做好健康教育与健康促进工作。\n"
        let document = Document(path: "t.txt", text: text)
        let survey = LineSurvey(document, range: 0..<document.utf16.count, folded: TextNormalizer.fold(document.utf16))
        #expect(survey.contentEnd == document.utf16.count)
        #expect(survey.residueLines.first.map { document.text(in: $0) } == "當前位置:文範網 >")
    }

    /// Under a portal's menu word (`信息公开`), the breadcrumb is still the page's header.
    @Test func aBreadcrumbUnderAMenuWordIsHeaderResidue() {
        let text = "无障碍 | 设为首页 | 加入收藏\n信息公开\n当前位置: 网站首页 >> 信息公开\n关于印发2026年健康素养促进项目实施方案的通知\n一、开展健康教育。\n"
        let document = Document(path: "t.txt", text: text)
        let survey = LineSurvey(document, range: 0..<document.utf16.count, folded: TextNormalizer.fold(document.utf16))
        #expect(survey.contentEnd == document.utf16.count)
    }
}

/// Pages about health work that are no plan: a meeting reported, a speech; and other bodies' plans.
@Suite struct NotAPlanTests {
    private func kind(_ text: String) -> DocumentKind {
        let document = Document(path: "t.txt", text: text)
        return OutlineBuilder.outline(of: document, piece: Piece(index: nil, range: 0..<document.utf16.count)).kind
    }

    @Test(arguments: [
        "我县召开2024年卫生健康工作会议\n会议总结了2023年全县卫生健康工作，部署了2024年重点任务。县卫生健康局局长出席会议并讲话，要求各医疗卫生单位抓好院感防控。\n",
        "在2024年全县卫生健康工作会议上的讲话\n同志们：今天我们召开全县卫生健康工作会议，主要任务是总结工作、部署任务。全县卫生院要抓好公共卫生服务。\n",
    ])
    func aMeetingReportOrASpeechIsNoPlan(_ text: String) {
        #expect(kind(text) == .other)
    }

    /// News of the meeting where the year's work was set out: the lead gives it away, not the title.
    @Test(arguments: [
        "2月2日,全县卫生健康系统2023年度工作总结会暨2024年工作部署会在县卫健局会议室召开。各医疗卫生单位负责人参加会议。\n会议回顾了2023年院感防控、预防接种和家庭医生签约工作。\n",
        "凝心聚力 奋力推进全县卫生健康事业高质量发展\n3月18日上午，全县卫生健康工作会议在县卫健局召开。\n会上，局长作了工作报告，部署了健康教育和慢性病防治工作。\n",
        "郸城县2024年卫生工作目标确定\n本报讯(记者张三 通讯员李四)2月13日，县卫生健康委部署全年卫生工作。\n",
        "竹溪新聞網訊 記者 鄒啟明 報道:3月4日，縣衛健局部署2024年衛生健康工作。\n",
        "第06版:郸城新闻\n2024年2月22日 星期四\n下一篇 4\n郸城县2024年\n卫生工作目标确定\n本报讯(记者张三)2月13日，县卫生健康委部署全年卫生工作。\n",
        // A paper's own dateline (晚报讯, 生活报讯) and a site's dated one (某网某市4月21日讯).
        "某县部署全年妇幼健康工作\n生活报讯 (记者 王五 通讯员 赵六) 4月21日，某县召开妇幼健康工作大会，部署孕产妇保健和儿童保健工作。\n",
        "您当前的位置：某网 > 地方新闻\n某市妇女儿童享受多项医疗卫生保障\n某网某市4月21日讯 从全市妇幼卫生工作会议获悉，今年将开展宫颈癌筛查。\n",
        // A news agency's dateline with its reporters.
        "信阳消息(张三 李四)3月11日上午，全区卫生和计划生育工作会议在区政府举行。\n会议指出，要抓好预防接种工作。\n",
        // A journal's own dateline.
        "2012年卫生工作要点\n本刊讯 全省卫生工作会议日前召开，会议提出了2012年卫生工作要点。\n一、深化医药卫生体制改革。\n",
        // The day and hour of the meeting after a clause of purpose.
        "总结经验谋新篇，为全面盘点2023年疾控工作，谋划2024年重点工作，3月9日下午县疾控中心组织召开年度工作总结暨工作计划汇报会，确保全年工作起好头。会议由中心主任主持，全体职工参加。\n会上，各科室汇报了预防接种和传染病防控工作。\n",
        // A prize won is news of the work, not a plan for it.
        "郧阳区全市疾控目标考核获第一名\n近日,市卫健委通报了2023年度全市疾控工作目标考核结果,郧阳区疾控中心获第一名。\n该中心全面完成了预防接种和传染病防控任务。\n",
        // A headline that tells what "we" did, a subtitle that reports the meeting, a meeting held 近日.
        "我县开展爱国卫生月暨爱国卫生日宣传活动\n4月7日是世界卫生日,县卫生健康局在广场开展宣传活动。\n活动现场发放除四害和预防接种宣传资料。\n",
        "总结提升夯基石 系统谋划促发展\n——某市召开2025年免疫规划管理工作会议\n为全面总结全市2024年免疫规划工作,安排部署2025年工作任务。某市疾控中心于2025年3月28日召开会议。\n",
        "为深入贯彻落实党的二十大精神,近日,某市卫生健康局组织召开全市卫生监督工作会议,总结2022年全市卫生监督工作,做好2023年工作部署。\n2022年,全市卫生监督机构开展公共场所和学校卫生监督。\n",
        // The day and the place of the meeting after a clause of purpose, in a page without its headline.
        "为认真贯彻落实省市卫生健康会议精神,总结2019年度卫生健康工作,安排部署2020年卫生健康工作任务,5月11日,在县行政中心召开全县卫生健康工作会议。县政府分管领导出席。\n会上,局长部署了预防接种和院感防控工作。\n",
        // The day, then the writer calling itself 我中心 as the body that met (fresh-785).
        "為進一步總結上半年工作情況,全力做好下半年工作,7月25日,我中心召開半年度疾控工作總結交流會。中心領導班子參加了會議。\n會議交流了預防接種和傳染病防控工作。\n",
        // The purpose in a sentence of its own, then the day's meeting, in a page without its headline.
        "为提高全民健康水平,做好创建慢性病综合防控示范区工作。3月8日,县卫健局组织召开示范区实施方案讨论会。会议由副局长主持。\n会议讨论了健康教育和慢性病管理等7个方面的任务。\n",
        // The day after a clause of purpose, then who met and who attended, under a headline that says 述职 (fresh-815).
        "述职交答卷 开启新征程 某镇中心卫生院开展领导班子述职评议\n为全面总结2023年工作,明确2024年工作方向和目标,1月10日,某县卫健局考核组到某镇中心卫生院,开展领导班子述职评议工作,全体班子成员、各科室主任等20余人参加会议。\n院长代表领导班子述职,介绍了预防接种和慢病管理工作。\n",
    ])
    func aNewsReportOfTheYearsWorkIsNoPlan(_ text: String) {
        #expect(kind(text) == .other)
    }

    /// A plan that calls a meeting on a day sets it ahead and asks who is to come: it is no news.
    @Test func aPlanCallingAMeetingIsNoNews() {
        #expect(kind("某镇卫生院2024年工作计划\n为部署全年工作,1月10日,召开全院职工大会,请各科室主任参加会议。\n一、做好预防接种和院感防控工作。\n") != .other)
        #expect(kind("某镇卫生院2024年工作计划\n为部署全年工作,将于1月10日,召开全院职工大会,各科室主任参加会议。\n一、做好预防接种和院感防控工作。\n") != .other)
    }

    /// A New Year's address and a guide to writing a plan talk about the year's work without planning it.
    @Test(arguments: [
        "中心主任 张三 党委书记 李四\n岁聿云暮，新元再聚。值此2024年的新年钟声即将敲响之际，我们谨代表疾控中心向全体职工送上美好的新年祝福！\n刚刚过去的2023年，中心完成了预防接种和传染病防控任务。\n",
        "#### 引言\n以下是一份关于“2025年乡镇卫生院工作计划”的撰写指南，旨在帮助管理者明确方向。\n一、加强院感防控和预防接种。\n",
    ])
    func anAddressOrAWritingGuideIsNoPlan(_ text: String) {
        #expect(kind(text) == .other)
    }

    /// A sub-district's or town government's own summary covers all local work; its health campaign plan is health work.
    @Test func aLocalGovernmentsGeneralSummaryIsNoHealthPlanButItsHealthCampaignIs() {
        #expect(kind("东柳街道2023年工作总结和2024年工作思路\n一、2023年工作回顾\n完成卫生健康、疫苗接种和公共卫生服务工作，推进医疗卫生事业。\n") == .other)
        #expect(kind("东柳街道2024年爱国卫生月活动方案\n一、开展环境卫生整治和病媒生物防制。\n") != .other)
    }

    /// An inspection passed is news; a notice that asks for the year's summaries is the request.
    @Test func anInspectionPassedAndARequestForSummariesAreNoHealthPlans() {
        #expect(kind("区卫生局顺利通过“省级卫生单位”初验\n近日，市爱卫会对我局创建工作进行了初验。\n") == .other)
        #expect(kind("省卫生厅关于做好我省农村卫生工作总结的通知\n各市县卫生局：\n请做好总结，报送省厅。\n") == .other)
        #expect(kind("关于印发2024年卫生工作要点的通知\n各卫生院：\n一、加强院感防控。\n") != .other)
    }

    /// A hospital's page lists its telephone numbers above the news: they are no title.
    @Test func contactLinesAreNoTitle() {
        let text = "咨询电话:0813-6211120\n急诊电话:0813-6211120\n\n某县妇幼健康工作会顺利召开——共绘2025年发展新蓝图\n会上，部署了孕产妇保健工作。\n"
        let document = Document(path: "t.txt", text: text)
        #expect(OutlineBuilder.outline(of: document, piece: Piece(index: nil, range: 0..<document.utf16.count)).title
                == "某县妇幼健康工作会顺利召开——共绘2025年发展新蓝图")
        #expect(kind(text) == .other)
    }

    /// A town's report to its congress covers all its work; a property company's pest control
    /// serves its estates; a town government's 卫生先进单位 campaign is the 爱卫 campaign's.
    @Test func aGovernmentReportAndAPropertySchemeAreNoHealthPlans() {
        #expect(kind("在某镇人民代表大会第一次会议上的政府工作报告\n一、过去一年工作回顾\n完成卫生院改造和预防接种工作。\n") == .other)
        #expect(kind("县卫健委2021年政府工作报告任务分解\n一、推进紧密型医共体建设。\n二、做好预防接种工作。\n") != .other)
        #expect(kind("物业管理消杀方案\n一、消杀范围：小区绿化带、垃圾站。\n二、每月开展灭鼠、灭蚊一次，做好除四害工作。\n") == .other)
        #expect(kind("某街道办事处2020年街道无偿献血工作实施意见\n一、组织辖区居民参加无偿献血。\n") != .other)
        #expect(kind("某镇政府创建卫生先进单位工作总结\n我镇开展环境卫生整治，清理卫生死角。\n") != .other)
    }

    /// A 街道's plan on a disease programme the health administration leads is a health plan; a
    /// Red Cross society's work (救助, 救护, 献血 promotion) is its own, not the health administration's.
    @Test func aStreetsAIDSPlanIsHealthAndARedCrossPlanIsNot() {
        #expect(kind("XX街道2018年艾滋病防治工作计划\n为切实加强我街道艾滋病防治工作，特制定本计划。\n一、指导思想\n") != .other)
        #expect(kind("做好红十字“救助工程”。与卫生部门联合开展大病救助，开展红十字博爱卫生站建设，争取上级红十字会支持。\n") == .other)
    }

    /// An untitled page whose first sentence names its plan as Party work is no health plan, as a
    /// title naming it would be; an untitled health plan named the same way stays one.
    @Test func anUntitledPartyPlanNamedInItsFirstSentenceIsNoHealthPlan() {
        #expect(kind("2025年是“十四五”规划收官之年，结合医院实际，现将2025年医院党建工作作出如下计划。\n一、工作思路\n紧紧围绕医院中心工作，加强院感防控。\n") == .other)
        #expect(kind("2025年是“十四五”规划收官之年，结合我院实际，现将2025年卫生院工作作出如下计划。\n一、工作思路\n加强院感防控，做好预防接种。\n") != .other)
    }

    /// A hijacked site's keywords glued before the title, and a sharing site's introduction glued
    /// after it: each line is reported as residue, and the title is still read from the first.
    @Test func gluedSpamAndSiteVoiceAreResidueAndTheTitleIsStillRead() {
        let text = """
        2024欧洲杯开户_澳门葡京平台-游戏网站经济贸易局2024年上半年健康企业创建工作总结
        色爱综合区,亚洲中文字幕黄网站,国产三级在线播放欧美,美国一级毛片aa
        以下是网友为您整理分享的“乡镇工作总结”相关范文,供您参考!
        一、工作开展情况
        今年以来，我局组织企业开展健康企业创建。
        """
        let document = Document(path: "t.txt", text: text)
        let outline = OutlineBuilder.outline(of: document, piece: Piece(index: nil, range: 0..<document.utf16.count))
        #expect(outline.title == "2024欧洲杯开户_澳门葡京平台-游戏网站经济贸易局2024年上半年健康企业创建工作总结")
        #expect(outline.residueLines.map { document.sourceMap.lineIndex(of: $0.lowerBound) } == [0, 1, 2])
    }

    /// A date alone above the text (`2018年`) is no title: the untitled page's subject is its
    /// opening purpose sentence.
    @Test func aDateAloneIsNoTitle() {
        let text = "2018年\n2018年12月1日是第31个“世界艾滋病日”，为认真贯彻落实上级防治艾滋病攻坚工程的文件精神，宣传和倡导人人参与艾滋病防控，营造良好舆论氛围，决定开展系列宣传活动，制定本方案。\n一、活动目标\n"
        let document = Document(path: "t.txt", text: text)
        let outline = OutlineBuilder.outline(of: document, piece: Piece(index: nil, range: 0..<document.utf16.count))
        #expect(outline.title == nil)
        #expect(outline.subjectRange.map { document.text(in: $0) }?.hasPrefix("2018年12月1日是第31个") == true)
        #expect(MetadataExtractor.isBareDate("2018年12月1日") && MetadataExtractor.isBareDate("2024-03-05"))
        #expect(!MetadataExtractor.isBareDate("2018年工作计划") && !MetadataExtractor.isBareDate("12月"))
    }

    /// A summary's dated events carry their year, and a plan's schedule is not its opening.
    @Test(arguments: [
        "县卫生健康局2023年工作总结\n2023年1月10日，我局召开全县卫生健康工作会议，部署院感防控和预防接种工作。\n一、主要工作\n",
        "县卫生健康局2024年工作计划\n为进一步做好卫生健康工作，制定本计划。\n一、3月5日前召开动员会，部署院感防控和预防接种工作。\n",
        // A meeting set ahead (定于), and one dated with its year, are no report.
        "县卫生健康局2024年工作计划\n为做好预防接种工作，定于3月9日下午召开全县动员会，部署院感防控工作。\n一、加强院感防控。\n",
        "县卫生健康局2024年工作计划\n为做好预防接种工作，2024年3月9日下午召开动员会，部署院感防控工作。\n一、加强院感防控。\n",
        // A plan may set its own meeting ahead (将, 拟).
        "县疾控中心2024年工作计划\n为做好预防接种工作,3月9日,我中心将召开全县动员会,部署传染病防控工作。\n一、加强传染病防控。\n",
        // After its purpose, a plan's first sentence may set a deadline for a meeting.
        "县卫生健康局2024年工作计划\n为做好预防接种工作，制定本计划。3月5日前召开全县动员会，部署院感防控工作。\n一、加强院感防控。\n",
        // Untitled, a hospital's own plan whose first words name it.
        "2025年,我院将以院感防控为重点,全面提升医疗质量,为群众健康不懈努力。\n一、工作目标\n每月开展院感督查1次。\n",
        // A plan that cites what was issued lately, and a hospital's plan titled 我院.
        "县卫生健康局2024年工作计划\n近日,省卫生健康委印发了《2024年卫生健康工作要点》,为抓好落实,制定本计划。\n一、加强院感防控。\n",
        "我院2024年院感工作计划\n为做好医院感染管理工作，制定本计划。\n一、加强院感防控，每月督查1次。\n",
        // A scheme's schedule: the day and place of an event ahead (拟于, 将在).
        "县卫生健康局2024年爱国卫生月活动方案\n为做好爱国卫生月活动，拟于4月1日在县广场召开启动仪式。\n一、开展环境卫生整治。\n",
        "县卫生健康局2024年爱国卫生月活动方案\n为做好爱国卫生月活动,4月1日,将在县广场召开启动仪式。\n一、开展环境卫生整治。\n",
    ])
    func aHealthDocumentThatMentionsAMeetingStaysOne(_ text: String) {
        #expect(kind(text) != .other)
    }

    /// A Party branch's or trade union's plan in a hospital is that body's work, not health work.
    @Test(arguments: [
        "2020年医院党支部工作计划\n一、加强政治理论学习，落实三会一课制度。\n二、组织医院党员开展志愿服务。\n",
        "- 2021-04-22 发布 |\n- 37.5 KB |\n2024年卫生院党建工作要点\n一、加强党员教育管理。\n",
        "欢迎来到某某文库\n浏览记录\nxx年卫生中心工会的工作计划\n一、组织职工开展文体活动，做好职工体检和慰问。\n",
        // Untitled: the first words name the union; a sharing site names the file it offers.
        "2025年,医院工会将以习近平新时代中国特色社会主义思想为指导,围绕医院中心任务,为职工的幸福生活不懈努力。\n一、工作目标\n提升职工满意度,组织职工体检和文体活动。\n",
        "欢迎来到某某文库\n浏览记录\nID:27659507\n大小:16.88 KB\n页数:3页\n时间:2018-12-05\n《xx年卫生中心工会的工作计划》由会员上传分享,免费在线阅读。\n1、医院工作认真贯彻落实科学发展观,组织职工开展文体活动,做好职工体检和慰问。\n",
    ])
    func aPartyOrUnionBodysPlanIsNoHealthPlan(_ text: String) {
        #expect(kind(text) == .other)
    }

    @Test func anEmergencyManagementBureausPlanIsNoHealthPlan() {
        let text = "县应急管理局2024年工作计划\n一、强化安全生产监管，开展危险化学品、消防救援专项整治。\n二、做好防汛抗旱和森林防火，完善防灾减灾救灾体系，组织应急管理培训和应急演练。\n"
        #expect(kind(text) == .other)
    }

    /// A site's introduction that asks 你们知道怎么写…吗 is no guide to writing: the summary below it is checked.
    @Test func aSitesIntroductionIsNoWritingGuide() {
        #expect(kind("你们知道怎么写社区卫生工作总结吗?以下是小编为您整理的社区卫生工作通用总结7篇,衷心希望能为您提供帮助!\n社区卫生服务中心今年在上级卫生健康部门的指导下，完成预防接种1200人次，开展健康教育讲座12场，家庭医生签约服务覆盖重点人群，现总结如下。\n") == .summary)
    }

    /// A service specification or a guide for the public describes a service; it plans nothing.
    @Test func aServiceSpecificationIsNoPlan() {
        #expect(kind("传染病及突发公共卫生事件报告和处理服务规范\n一、服务对象\n辖区内服务人口。\n二、服务内容\n（一）传染病疫情和突发公共卫生事件风险管理。\n") == .other)
        #expect(kind("县卫生健康局2025年预防接种工作规范化建设实施方案\n一、加强预防接种门诊建设。\n") == .plan)
    }

    /// A body's standing rules (corpus/real fresh-684, a compilation of 新生儿死亡申报制度) say how
    /// a duty is done every year; a plan that builds such rules names its genre.
    @Test func aBodysStandingRulesAreNoPlan() {
        #expect(kind("新生儿死亡制度(精选12篇)\n临沂市新生儿、婴儿死亡申报制度\n一、各级医疗保健机构发生新生儿死亡，应于24小时内报告。\n") == .other)
        #expect(kind("县妇幼保健院2025年妇幼健康管理制度建设工作计划\n一、完善孕产妇死亡评审制度。\n") == .plan)
    }

    /// A 街道's plan for the 爱国卫生 campaign's title (创建卫生乡镇) is a health plan, not the
    /// 街道's general work.
    @Test func aSubDistrictsHygieneTitlePlanIsAHealthPlan() {
        #expect(kind("某街道办事处2021年创建卫生乡镇工作计划\n一、指导思想\n以创建国家卫生乡镇为目标，开展城乡环境卫生整洁行动。\n") == .plan)
    }

    /// An animal-health body (动物卫生监督所) writes 卫生监督 plans of its own.
    @Test func anAnimalHealthBodysPlanIsNoHealthPlan() {
        let text = "县动物卫生监督所2024年工作计划\n一、做好重大动物疫病强制免疫和动物防疫条件审查。\n二、加强畜牧养殖场和兽医诊疗机构的监督检查。\n"
        #expect(kind(text) == .other)
    }

    /// Under a site's title that names only 卫生监督, the body's own words are veterinary: the
    /// 卫生监督 inside 动物卫生监督 is not the health administration's.
    @Test func anAnimalHealthSummaryUnderAHealthSupervisionTitleIsNoHealthPlan() {
        let text = """
        卫生监督工作计划
        县动物卫生监督所今年在县局领导下，强化动物卫生监督执法，做好动物检疫和畜产品安全监管。
        一、动物卫生监督执法
        全年开展动物卫生监督巡查40次，查处兽药经营违规1件。
        二、动物防疫监督
        督促养殖场落实动物防疫条件，配合畜牧站做好强制免疫。
        """
        #expect(kind(text) == .other)
    }

    /// A school, a transport body or a company writes plans on health topics (爱国卫生月, 疫苗接种,
    /// 病媒生物防制) in the health administration's words; its opening says whose plan it is.
    @Test(arguments: [
        "2025年爱国卫生月活动方案\n根据区爱卫会通知要求，结合学校实际情况，制订方案如下，请各班级认真落实。\n一、开展环境卫生整治，清除卫生死角。\n二、做好病媒生物防制和春季传染病防控，开展健康教育。\n",
        "关于开展第37个爱国卫生月活动的实施方案\n为贯彻全国爱卫办通知精神，结合公路交通运输实际，制定本方案。\n一、整治站场环境卫生，做好病媒生物防制。\n二、开展健康知识宣传，推进健康单位建设。\n",
        "2025年病媒生物防制工作计划\n为做好2025年我校病媒生物防制工作，巩固国家卫生城市成果，制定本计划。\n一、开展灭鼠、灭蚊、灭蝇、灭蟑活动。\n二、配合疾控中心做好病媒密度监测。\n",
        "秋季入学儿童疫苗查验补种工作方案\n按照县卫生健康局和疾控中心的部署，本校开展新生入学预防接种证查验，对漏种儿童督促补种疫苗。\n一、查验对象\n二、补种安排\n",
    ])
    func aPlanThatNamesAnOutsideWriterIsNoHealthPlan(_ text: String) {
        #expect(kind(text) == .other)
    }

    /// Another bureau's plan or summary on its own 爱国卫生 or 健康企业 work, named in the title.
    @Test(arguments: [
        "县农业农村局2025年工作总结及2026年工作计划\n一、2025年工作总结\n推进农村人居环境整治和农村卫生厕所改造，配合卫健部门开展爱国卫生运动。\n二、2026年工作计划\n持续开展村庄清洁行动，做好病媒生物防制。\n",
        "市教育局2025年爱国卫生月活动方案\n为深入开展爱国卫生运动，推进健康校园建设，制定本方案。\n一、开展环境卫生大扫除，做好病媒生物防制。\n二、开展健康教育进课堂，普及传染病防控知识。\n",
        "区经济贸易局2025年健康企业创建工作计划\n一、指导企业落实职业健康、病媒生物防制和控烟工作。\n二、配合爱卫办开展健康企业评估。\n",
        "市医疗保障局2025年工作要点\n一、深化医保支付方式改革，推进定点医院DRG付费全覆盖。\n二、配合卫生健康部门做好基层医疗机构和家庭医生签约服务的医保支付。\n",
    ])
    func aPlanTitledWithAnotherBodyIsNoHealthPlan(_ text: String) {
        #expect(kind(text) == .other)
    }

    /// A health body named as the issuer in the title outweighs another body it names.
    @Test func aHealthBodyTitledWithAnotherBodyStaysAHealthPlan() {
        #expect(kind("县卫生健康局 县教育局2025年学校卫生工作计划\n一、落实学生健康体检和晨午检制度。\n二、做好学校传染病防控和预防接种查验。\n") == .plan)
    }

    /// A kindergarten calls itself 我园: its health-care plan is its own, not a health body's.
    @Test func aKindergartenSpeakingOfItselfIsNoHealthPlan() {
        #expect(kind("卫生保健工作计划\n为做好我园卫生保健工作，结合本园实际，制定本计划。\n一、做好晨午检和传染病防控，配合卫生院开展预防接种查验。\n二、做好疫苗接种证查验和慢性病儿童管理。\n") == .other)
    }

    /// A health body states its own circumstances (我院, 我镇) or names schools as partners only.
    @Test(arguments: [
        "2025年医院感染管理工作计划\n为加强医院感染管理，结合我院实际，制定本计划。\n一、落实手卫生和消毒隔离制度。\n",
        "县卫生健康局2025年学校卫生工作计划\n结合我县实际，制定本计划。\n一、指导学校落实晨午检，结合学校实际开展健康教育。\n二、做好学生常见病和传染病防控。\n",
    ])
    func aHealthBodyStatingItsOwnSettingStaysAHealthPlan(_ text: String) {
        #expect(kind(text) == .plan)
    }

    @Test func aHealthPlanNamingOtherBodiesAsPartnersStaysAHealthPlan() {
        let text = "县卫生健康局2024年工作计划\n一、会同民政局、教育局开展学校卫生和医养结合工作，加强学生常见病防控。\n二、推进卫生院和社区卫生服务中心建设，落实公共卫生服务和家庭医生签约，做好预防接种和传染病防控。\n"
        #expect(kind(text) == .plan)
    }

    @Test func aCommunityHealthCentresSummaryOfSchoolScreeningIsAHealthSummary() {
        let text = "社区卫生服务中心年终总结\n今年中心在辖区学校和幼儿园开展学生视力筛查，覆盖学校12所。\n"
        #expect(kind(text) == .summary)
    }
}

/// Web residue read by its shape, and lines of a plan that only look like it.
@Suite struct ResidueShapeTests {
    private func isResidue(_ line: String) -> Bool { SiteResidue.isResidue(line) }

    @Test(arguments: [
        "您当前所在位置：首页 > 政务公开 > 计划总结",
        "当前位置: 77范文网 >> 工作总结 >> 正文",
        "发布时间: 2024-07-22 09:49    浏览次数: -",
        "2024-02-29 10:27:28",
        "[ 索引号 ] 11500230008686430A/2024-00269",
        "来源：县融媒体中心",
        "责编：何璐",
        "以下是小编为大家整理的卫生监督工作计划6篇",
        // Paywalls, takedown notices, re-posting stamps and a site's keyword label.
        "部分预览阅读已结束,您可以加入VIP免费下载本篇文档",
        "3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。",
        "文章来源互联网,如若侵权可联系删除!",
        "关键字:",
        "发布于:2016/1/27 来源:中华人民共和国国家卫生和计划生育委员会 阅读:808",
        "[原创]",
        "网友 分享 时间:",
        "公开范围 | 面向全社会 |",
        "乡镇卫生院爱国卫生工作计划_第1页",
        "1/16",
        "文档评论(0)",
        "天天范文",
        "欢迎来到速发表网,咨询电话:400-838-9661",
        "文檔簡介",
        "关于我们 登录/注册 购物车(0)",
        // A sharing site's short dated stamp, its note on the file and its disclaimer, its copy button.
        "时间:22-11-08 网友",
        "【本文为Word格式，下载后可方便编辑和修改】",
        "内容来自网络整理，本司不为其真实性负责，如有异议请联系删除。",
        "正文复制",
        // A news site's widgets, each on a line of its own.
        "搜 索",
        "Qzone",
        // Hashtags, a spam title's chain of keywords, a sharing site's outline label.
        "政策实施通常通过立法进行 #生活知识# #社会生活#",
        "在线观看免费专区_高清影视精品大全_最新电影网站入口_手机看片神器下载",
        "目录/提纲:……",
        "已阅读5页,还剩4页未读 继续免费阅读",
        "中国政府网   |中央国家机关举报网站",
        "索 引 号: 035200022/2026-00004",
        "发 布 机 构：县卫生健康局",
        "信息分类: 信息公开年度报告",
        "时效:",
        "浏览记录",
        "页数:3页",
        "ID:27659507",
        // A page's update date as a label, and a newspaper site's page turner and copyright line.
        "«上一版 下一版»本期共4版, 当前第2版 PDF",
        "版权所有:拂晓报社",
        "評論: 更新日期:2025年01月08日",
        // A site's greeting, its visitor addressed (fresh-662).
        "欢迎您访问高中作文网,请分享给你的朋友!",
        // A sharing site's introduction to the samples it shows (fresh-692).
        "因此,制定一份科学、详尽的《社区爱国卫生工作计划》至关重要。本文将为您呈现五篇不同侧重点的社区爱国卫生工作计划范文,以供参考。",
    ])
    func portalAndSiteLinesAreResidue(_ line: String) {
        #expect(isResidue(line))
    }

    private func stamps(_ line: String) -> [String] {
        let units = Array(line.utf16)
        return InlineSiteStamp.stamps(in: TextNormalizer.fold(units), range: 0..<units.count)
            .map { String(decoding: units[$0], as: UTF16.self) }
    }

    /// A sharing site's document number, keyword label and collection marks inside a line of text.
    @Test func aSharingSitesMarksInsideALineAreResidue() {
        #expect(stamps("编号:682553579区卫计局2018年上半年重点工作完成情况总结汇报") == ["编号:682553579"])
        #expect(stamps("持续推进医共体建设。[标签:介绍]下一步工作打算") == ["[标签:介绍]"])
        #expect(stamps("村卫生室年度工作计划（通用30篇）") == ["（通用30篇）"])
        #expect(stamps("第一篇:卫生局(xiexiebang推荐)") == ["(xiexiebang推荐)"])
        // The page header a site prints over each page of a file it converted, its blanks and counter with it.
        #expect(stamps("编号:时间:2021年x月x日书山有路勤为径,学海无涯苦作舟页码:第1页共12页泽口卫生院2011年公共卫生工作总结")
            == ["编号:时间:2021年x月x日书山有路勤为径,学海无涯苦作舟页码:第1页共12页"])
        // Its date does not date the text below it.
        let converted = firstPieceOutline("第1页共12页编号:时间:2021年x月x日书山有路勤为径,学海无涯苦作舟页码:第1页共12页泽口卫生院2011年公共卫生工作总结二0一一年在市卫生局的领导下。")
        #expect(converted.year == 2011)
        // The title glued after the header is read without it.
        #expect(converted.title == "泽口卫生院2011年公共卫生工作总结")
        // A plan's own numbers and brackets are none.
        #expect(stamps("全年发表论文(3篇)，编号:20240001的文件已落实，（一）加强院感（推荐人选2名）").isEmpty)
    }

    @Test(arguments: [
        "（一）加强院感防控，门诊满意度>90%，住院满意度>95%。",
        "活动时间：2025年4月1日—30日",
        "一、指导思想",
        "2.推进健身设施二维码信息化管理。",
        "全年完成来源于财政的项目资金使用审计。",
        "（三）依法查处侵犯患者权益的行为，免费为群众发放健康教育宣传材料。",
        "规范VIP病房管理，杜绝特需服务挤占普通床位。",
        "1/3以上",
        "2024/2025",
        "政策文件发布于门户网站后，组织全体职工原创宣传作品。",
        "3.2.1 落实院感监测制度。",
        "各单位要对上报数据的真实性负责。",
        "联系电话：0371-12345678",
        "（三）搜索救援",
        "20_年工作总结及20_年工作方案_镇卫生院20_年妇幼保健工作总结",
        "（1）#号为约束性指标",
        // A disclosure report's own words and a notice's 版记 name the fields a portal's table has.
        "持续扩大公开范围，丰富公开内容。",
        "信息公开方式：主动公开",
        "组 长：张三 副组长：李四",
        "||||||||",
        "全年累计主动公开政府信息165条，其中通过县人民政府网站公开106条，公开内容涵盖医政医管、疾病预防控制。",
        "重点专科发展态势继续向_市级重点专科区人民医院妇科微创中心通过_市医学重点专科周期评审_市卫人委评审成为特色专科",
        "2016年棋牌大厅大厅_平台被黑被黑被黑_扑克客户端公共卫生重点监督检查方案",
        // A disclosure report's own table, its head naming the unit in brackets (fresh-658).
        "| 信息内容 | 本年收费金额(单位:万元) | ||",
    ])
    func aPlansOwnLinesAreNot(_ line: String) {
        #expect(!isResidue(line))
    }
}

@Suite struct TitleAfterSiteFurnitureTests {
    private func title(_ text: String) -> String? {
        let document = Document(path: "t.txt", text: text)
        return MetadataExtractor.title(of: document, piece: Piece(index: nil, range: 0..<document.utf16.count))
    }

    /// A portal's metadata list with its letters spread, its own labels and its 标题 field: the
    /// field names the title, without its label.
    /// A field's name alone on its line (`标题`, its value below) and a table's bar are no title.
    @Test func aFieldNameAloneAndABarAreNoTitle() {
        #expect(title("标题\n某市卫生健康委员会 某市民政局 某市人力资源和社会保障局 某市医疗保障局 某市总工会关于开展2025年《职业病防治法》宣传周活动的通知\n某市卫生健康委员会\n发文字号\n") != "标题")
        #expect(title("|\n某市卫生健康委员会 某市民政局 某市人力资源和社会保障局 某市医疗保障局 某市总工会关于开展2025年《职业病防治法》宣传周活动的通知。一、活动主题。二、活动时间。\n") == nil)
    }

    @Test func aMetadataListsTitleFieldNamesTheTitle() {
        let text = "索 引 号: 035200022/2026-00004\n信息分类: 信息公开年度报告\n发布机构: 某市卫生健康委员会\n标题: 某市卫生健康委员会2025年政府信息公开年度报告\n时效:\n\n一、总体情况\n"
        #expect(title(text) == "某市卫生健康委员会2025年政府信息公开年度报告")
    }

    @Test func aButtonOrASitesNameAboveTheTitleIsPassedOver() {
        #expect(title("返回\n2023年第35个爱国卫生月活动实施方案\n一、活动主题") == "2023年第35个爱国卫生月活动实施方案")
        #expect(title("- 相關(guān)推薦\n醫院感染管理年度工作計劃\n日子在彈指一揮間") == "醫院感染管理年度工作計劃")
    }

    /// A sharing site's paywall stamp glued to the file name, then its counters as bullets.
    @Test func aSitesCountersAreNoTitle() {
        let page = "2023年糖尿病工作计划.pdfVIP\n\n  • 9\n  • 0\n  • 约1.5万字\n  • 约 22页\n  • 2024-02-04 发布于中国\n  • 举报\n\n2023年糖尿病工作计划\n\n一、工作目标"
        #expect(title(page) == "2023年糖尿病工作计划")
    }

    /// Dashed counters of a sharing site and a document number (发文字号) stand above a title, never in it.
    @Test func dashedCountersAndADocumentNumberAreNoTitle() {
        #expect(title("- 0\n- 约 10页\n- 2026-03-19 发布于四川\n2026年健康管理中心慢病干预工作计划\n一、工作目标") == "2026年健康管理中心慢病干预工作计划")
        #expect(title("忠卫〔2025〕47号\n关于深入开展爱国卫生运动进一步加强防蚊灭蚊工作的通知\n各乡镇卫生院：") == "关于深入开展爱国卫生运动进一步加强防蚊灭蚊工作的通知")
        #expect(MetadataExtractor.isDocumentNumber("X卫发[2024]3号"))
        #expect(!MetadataExtractor.isDocumentNumber("全年开展督查4次，完成2024号文件"))
    }

    @Test func aNewsTitleBelowASitesColumnNameIsTheTitle() {
        #expect(title("工作动态\n2013年度全市卫生工作会议召开\n会议总结了去年的工作。") == "2013年度全市卫生工作会议召开")
        #expect(title("第06版:郸城新闻\n郸城县2012年卫生工作目标敲定\n本报讯") == "郸城县2012年卫生工作目标敲定")
    }

    @Test func aNewsTitleIsKeptOverACaptionThatNamesAGenre() {
        #expect(title("我县召开2012年全县卫生工作会议(图)\n副县长谢恩莲讲话\n会议总结了去年的工作。") == "我县召开2012年全县卫生工作会议(图)")
    }

    /// A notice that issues a document without a year in its title is dated by its date line.
    @Test func aNoticeIsDatedByItsDateLine() {
        let text = "某县人民政府办公室关于印发某县突发公共卫生事件应急预案的通知\n某政办发[2020]47号\n各乡(镇)人民政府:\n经县人民政府同意,现将《某县突发公共卫生事件应急预案》印发给你们,请认真组织实施。\n2020年10月27日\n某县突发公共卫生事件应急预案\n1总则\n"
        let document = Document(path: "t.txt", text: text)
        #expect(MetadataExtractor.year(of: document, piece: PieceSplitter.pieces(of: document)[0]) == 2020)
        // A date under a field that names a time is that event's, not the text's (a date that signs
        // the text dates it: StructureOwnDateYearTests).
        let plan = Document(path: "p.txt", text: "某县卫生院献血工作计划\n一、加强组织领导。\n二、广泛宣传发动。\n三、献血时间\n2020年10月27日\n四、献血地点\n")
        #expect(MetadataExtractor.year(of: plan, piece: PieceSplitter.pieces(of: plan)[0]) == nil)
    }

    /// A collection page copied into one line: its title keeps the site's suffix, whose bare year
    /// dates the page when the text below masks its own (`在过去的20xx年里`).
    @Test func aCollectionSuffixGluedToThePageDatesIt() {
        let text = "医院年终工作总结范文2020最新精选5篇年终总结是对一年内所有工作加以总结的一种书面文体。下面是小编整理的医院年终工作总结范文,希望能够帮到大家。"
            + "医院年终工作总结范文【一】在过去的20xx年里,我院在县委、县政府的正确领导下,着力推进科技兴院。\n"
        let document = Document(path: "t.txt", text: text)
        let piece = Piece(index: nil, range: 0..<document.utf16.count)
        #expect(MetadataExtractor.title(of: document, piece: piece) == "医院年终工作总结范文2020最新精选5篇")
        #expect(MetadataExtractor.year(of: document, piece: piece) == 2020)
        // Four digits that are no year, and a suffix without the page's count, date nothing.
        #expect(CollectionSuffix.year(in: "医院年终工作总结范文3000最新精选5篇") == nil)
        #expect(CollectionSuffix.year(in: "医院年终工作总结范文2020最新") == nil)
        #expect(CollectionSuffix.end(in: Array("总结汇集(最新4篇)收集卫生应急".utf16), from: 2) == 10)
    }

    /// A sharing site's label for a piece of its page carries the piece's title, without the site's number.
    @Test func aPieceLabelGivesItsTitleWithoutTheSitesNumber() {
        #expect(title("職業健康年度工作計劃篇一\n為了做好職業健康工作，特制定本計劃。") == "職業健康年度工作計劃")
        #expect(title("第1篇 2016年人口委后两年工作计划范文\n一、指导思想") == "2016年人口委后两年工作计划范文")
        #expect(title("篇一:《疾控中心综合年度工作总结与未来展望》\n一、工作回顾") == "疾控中心综合年度工作总结与未来展望")
        #expect(title("2024医院感染管理年度工作计划(篇1)\n一、工作目标") == "2024医院感染管理年度工作计划")
        #expect(title("第一篇:卫生局(推荐)\n一、工作回顾") == "卫生局(推荐)")
        // A long plan's own part, a sentence that counts articles, a new chapter: no label.
        for line in ["第一篇 发展基础", "全年在省级刊物发表论文12篇", "谱写卫生健康事业新篇章", "第一篇章"] {
            #expect(!PieceLabel.isLabel(TextNormalizer.fold(Array(line.utf16))[...]), "\(line)")
        }
        #expect(PieceLabel.isLabel(TextNormalizer.fold(Array("篇一".utf16))[...]))
        #expect(PieceLabel.title(of: "篇一") == nil)
    }

    /// A title set on two lines: the body's name, then what it issues.
    @Test func aBodysNameAboveItsDocumentIsPartOfTheTitle() {
        #expect(title("五角场街道办事处\n\n2020年街道无偿献血工作实施意见\n\n由于近期无偿献血募集量骤减,医疗用血异常紧缺。\n一、组织领导") == "五角场街道办事处2020年街道无偿献血工作实施意见")
        #expect(title("某县卫生健康局\n2024年工作计划\n一、加强院感防控。") == "某县卫生健康局2024年工作计划")
        // In traditional characters with the readings a sharing site glues on.
        #expect(title("邵陽市第二人民醫(yī)院\n關于迎接國家衛(wèi)生城市暗訪測評工作實施方案\n按照市委、市政府的要求。")
            == "邵陽市第二人民醫(yī)院關于迎接國家衛(wèi)生城市暗訪測評工作實施方案")
        // A name over a sentence, or a title over a heading, is not joined.
        #expect(title("某县卫生健康局2024年工作计划\n一、加强院感防控。") == "某县卫生健康局2024年工作计划")
    }

    /// A page copied into one paragraph: the title runs on into the text (a line longer than a title).
    @Test func aTitleGluedToTheTextAfterItIsCutAtItsGenre() {
        #expect(title("20xx年疾控中心健康教育工作计划及安排20xx年疾控中心将以健康促进为主线，深入开展健康教育进机关、进学校、进社区、进家庭活动，全面提升居民健康素养。") == "20xx年疾控中心健康教育工作计划")
        // 计划生育 and 计划免疫 name programmes, not the genre: a sentence that opens with them has no title in it.
        #expect(title("2006年某区计划生育协会在区委、区政府的正确领导下,在市计生协会大力支持下,紧紧围绕稳定低生育水平这一中心,突出三生服务,全面完成了各项工作任务。") == nil)
        #expect(title("2024年某区计划生育协会工作计划一、进一步健全协会组织,完善工作网络,抓好村、社区协会组织建设,打牢网底,做好流动人口协会组织建设和个私民营企业协会建设。") == "2024年某区计划生育协会工作计划")
        #expect(title("精选乡镇下半年公共卫生工作计划 下半年我镇基本公共卫生服务工作将围绕居民健康档案、老年人健康管理和慢病随访展开，确保各项指标按时完成并通过县级考核。") == "精选乡镇下半年公共卫生工作计划")
    }

    /// A page with no title of its own: the site's introduction names it.
    @Test func aSitesIntroductionNamesTheTitle() {
        #expect(title("下面是小编为大家整理的街道工作总结及2023年工作思路,供大家参考。\n2022年来，在区委区政府的坚强领导下，街道认真贯彻落实区第十次党代会、区委十届三次全会精神，真抓实干、务实求变，现将主要工作汇报如下。") == "街道工作总结及2023年工作思路")
        #expect(title("你们知道怎么写社区卫生工作总结吗?以下是小编为您整理的社区卫生工作通用总结7篇,衷心希望能为您提供帮助!\n银丰社区的卫生工作，始终坚持“务实、不懈、整体推进”的工作思路，认真落实街道办有关部门文件精神，进一步加强社区环境卫生的管理，现总结如下：") == "社区卫生工作通用总结")
        #expect(title("针对在诊疗活动中存在的医院感染及与之相关的危险因素,进行科学的控制活动,以预防、减少医院感染。下面是小编给大家整理的医院感染管理个人工作总结,仅供参考希望能够帮助到大家。\n一年来,在院长及分管院长的领导下,医院感染管理工作有序开展。") == "医院感染管理个人工作总结")
        // In book-title marks after 整理了, in a Traditional copy with its readings glued on.
        let preface = "摘要:好筆桿子網(wǎng)小編為你整理了多篇相關(guān)的《區(qū)衛(wèi)健局2024年工作總結(jié)和2024年工作謀劃》,但願對你有幫助。\n"
            + "今年以來,在區(qū)委、區(qū)政府的正確領(lǐng)導(dǎo)下,我局全力抓好疫情防控工作。\n一、2022年主要工作開展情況"
        #expect(title(preface) == "區(qū)衛(wèi)健局2024年工作總結(jié)和2024年工作謀劃")
        // A book it names that names no genre is no title.
        #expect(MetadataExtractor.bracketedAfterCompiling("小编整理了一些文章《怎样写好一篇稿子》供参考。") == nil)
        // A title of the page's own comes first.
        #expect(title("以下是小编为大家整理的卫生监督工作计划6篇\n2024年县卫生监督所工作计划\n一、工作目标") == "2024年县卫生监督所工作计划")
        // A bare `第一篇` names no title; a preface in traditional characters names the page's, its count
        // and the site's words after it left out (corpus/real fresh-884).
        #expect(title("本站小編為你精心準備了2014年計劃生育協會工作要點4篇參考范文,歡迎深入閱讀并收藏。\n第一篇\n2014年是全面實現人口和計劃生育規劃最后一年,做好今年的工作具有十分重要的意義。") == "2014年計劃生育協會工作要點")
    }

    /// A sharing site's slogan opens the page, and the title of a report runs on behind it.
    @Test func aTitleBehindASitesSloganIsRead() {
        let page = "精选优质文档-倾情为你奉上某某中心卫生院基本公共卫生服务项目工作开展情况汇报近年来,随着卫生改革的不断深入,我们以满足人民群众的基本公共服务为出发点,现将主要工作的进展情况汇报如下:一、基本情况"
        #expect(title(page) == "某某中心卫生院基本公共卫生服务项目工作开展情况汇报")
        #expect(SiteResidue.droppingLeadingSlogan("2024年工作计划") == "2024年工作计划")
    }

    @Test func aTargetYearIsNotTheYearTheTextIsAbout() {
        #expect(YearReader.firstToken(in: "到2030年，全县人均预期寿命达到80岁，2024年完成基层卫生院改造。") == .year(2024))
        #expect(YearReader.firstToken(in: "至2025年底前完成，本计划自2024年起实施") == .year(2024))
        #expect(YearReader.firstToken(in: "附件12022年工作要点") == nil)
    }

    @Test func aTraditionalTitleDeclaresItsGenre() {
        #expect(MetadataExtractor.declaredKind(ofTitle: "醫院感染管理年度工作計劃") == .plan)
    }
}
