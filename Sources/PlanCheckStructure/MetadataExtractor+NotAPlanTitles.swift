import PlanCheckCore
import PlanCheckDocuments

/// Titles that name a document about health work that is no plan or summary of it: news and
/// speeches, a Party or union body's own work, a request for reports, a service's specification;
/// and an outline that opens as a policy's interpretation does.
/// `OutlineBuilder` reads such a document as `other`.
extension MetadataExtractor {
    /// Whether a title announces a news report or a speech rather than a plan or summary: a
    /// meeting held (`召开`), a speech (`…会议上的讲话`), an address (`致辞`, `贺词`), praise
    /// (`表扬`, `表彰`), a target set (`敲定`). Such a page is about health work but is not a plan to check for its elements.
    package static func isNewsOrSpeech(title: String?) -> Bool {
        guard let title else { return false }
        let units = Array(title.utf16)
        return newsWords.contains { units.containsSubsequence($0) } || reportsOwnPlacesEvent(units) || reportsWorkDeployed(units)
            || units.suffix(governmentReport.count).elementsEqual(governmentReport) || reportsInspectionVisit(units)
    }

    /// `县政府副县长深入县疾控中心视察疾病防控工作`: an official's inspection visit, the news of it;
    /// a notice or plan that prepares for one names its genre (`迎接省政府视察工作方案`).
    private static func reportsInspectionVisit(_ units: [UInt16]) -> Bool {
        guard units.containsSubsequence(inspectWord) else { return false }
        return !visitPlanGenres.contains { genre in units.containsSubsequence(genre) }
    }

    private static let inspectWord = Array("视察".utf16)
    private static let visitPlanGenres = ["方案", "计划", "通知", "安排", "要点", "预案"].map { Array($0.utf16) }

    /// `宁化安排部署今年卫生工作`, `我市部署卫生计生工作`: a headline that tells who set out the
    /// year's work; a plan's title names its genre (…工作计划, …的通知), not the deed of deploying it.
    private static func reportsWorkDeployed(_ units: [UInt16]) -> Bool {
        guard units.count > deployWord.count + workWord.count, units.suffix(workWord.count).elementsEqual(workWord),
              let deploy = units.firstRange(ofSubsequence: deployWord) else { return false }
        return deploy.lowerBound > 0 && units.count - deploy.upperBound <= maximumDeployedWork
    }

    private static let deployWord = Array("部署".utf16)
    private static let workWord = Array("工作".utf16)
    private static let maximumDeployedWork = 16

    /// Whether an untitled page's opening sentence cites the disclosure regulations
    /// (`本年度报告根据《中华人民共和国政府信息公开条例》…`): a body's report on its disclosure duty.
    package static func reportsOnDisclosure(opening: String?) -> Bool {
        opening.map { TextNormalizer.fold(Array($0.utf16)).containsSubsequence(disclosureRegulations) } ?? false
    }

    private static let disclosureRegulations = TextNormalizer.fold(Array("政府信息公开条例".utf16))

    /// Whether an untitled page's opening sentence (or that sentence taken for its title) is a
    /// notice's call for reports (`现就报送学习贯彻情况的具体要求通知如下`): the request, as a title
    /// `关于报送…的通知` would say. No title holds these words.
    package static func asksForReports(opening: String?) -> Bool {
        guard let opening else { return false }
        // Without the pinyin readings a sharing site glues on (現(xiàn)就報送).
        let units = TextNormalizer.fold(Array(opening.utf16)).filter { $0 != TextNormalizer.ignorable }
        return reportCalls.contains { units.containsSubsequence($0) }
    }

    private static let reportCalls = ["现就报送", "现就上报"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// `我县开展爱国卫生月暨爱国卫生日宣传活动`, `我院举办…培训班`: a headline that tells what "we" did;
    /// a plan's title names its body (某县…方案), and `我院2024年院感工作计划` names no deed.
    private static func reportsOwnPlacesEvent(_ units: [UInt16]) -> Bool {
        guard units.count > 4, units[0] == 0x6211, ownPlaces.contains(units[1]) else { return false } // 我
        return eventVerbs.contains { units[2...].starts(with: $0) }
    }

    private static let ownPlaces = Set("县市区镇乡院局委校".utf16)
    private static let eventVerbs = ["开展", "举办", "举行", "启动", "部署", "组织", "圆满", "顺利", "积极开展", "扎实开展", "全面开展"]
        .map { Array($0.utf16) }

    // A government's report to its people's congress (在…会议上的政府工作报告) is a speech on all its work;
    // a bureau's breakdown of the report's tasks (政府工作报告任务分解) is a plan.
    private static let newsWords = ["召开", "上的讲话", "讲话稿", "致辞", "贺词", "表扬", "表彰", "敲定", "会提出", "会强调", "会议要求", "上的政府工作报告",
                                    // An inspection passed (顺利通过…初验): the news of it.
                                    "顺利通过",
                                    // A prize won (荣获, 获评, 获第一名): the news of it.
                                    "荣获", "获评", "获第一", "喜获",
                                    // A delegation's visit (…书记一行到定陶区调研…, …莅临…检查指导): the news of it.
                                    "一行到", "一行赴", "一行来", "莅临",
                                    // A facility opened (…门诊即将投入使用, …正式启用): the news of it.
                                    "投入使用", "正式启用",
                                    // A press conference's transcript (…新闻发布会文字实录).
                                    "文字实录", "发布会实录"]
        .map { Array($0.utf16) }

    /// A government's report on all its work (`政府工作报告`, a township's to its congress), not a
    /// bureau's breakdown of its tasks (`《政府工作报告》重点任务落实情况`).
    private static let governmentReport = Array("政府工作报告".utf16)

    /// Whether a title names the plan of a Party, Youth League or trade-union body inside a
    /// health institution (`2020年医院党支部工作计划`, `卫生院团支部工作计划`), or a body's report on
    /// its own disclosure duty (`卫生健康局政府信息公开工作年度报告`), or a body filling its own posts
    /// (`医院护士长竞聘方案`): the organisation's own work,
    /// not the health work an element rule asks for.
    /// Whether the outline opens with the background of a policy's drafting (`一、编制背景`,
    /// `一、起草背景`): an interpretation of the policy, whatever its title; a plan opens with its
    /// guidance, its aims or the year's review.
    static func opensAsInterpretation(_ headings: [Heading], in document: Document) -> Bool {
        guard let first = headings.first else { return false }
        let title = TextNormalizer.fold(Array(document.utf16[first.titleRange]))
        return interpretationOpenings.contains { title.starts(with: $0) }
    }

    private static let interpretationOpenings = ["编制背景", "起草背景", "制定背景", "出台背景", "起草过程", "编制过程"]
        .map { TextNormalizer.fold(Array($0.utf16)) }

    package static func isPartyOrUnionWork(title: String?) -> Bool {
        guard let title else { return false }
        let units = TextNormalizer.fold(Array(title.utf16))
        return partyOrUnionWords.contains { word in
            // `…医疗保障局 淄博市总工会关于开展…宣传周活动的通知`: a federation of unions among the
            // bodies that issue a joint notice, not a union's own work.
            word == unionWord ? units.indices.contains { at in
                units[at...].starts(with: word) && (at == 0 || units[at - 1] != federation)
            } : units.containsSubsequence(word)
        }
    }
    private static let unionWord = TextNormalizer.fold(Array("工会".utf16))
    private static let federation = TextNormalizer.fold(Array("总".utf16))[0]

    private static let partyOrUnionWords = ["党支部", "党总支", "党委工作", "党建工作", "党风廉政", "团支部", "团委工作", "工会", "妇委会",
                                            // A body's report on its own disclosure duty (政府信息公开工作年度报告).
                                            "政府信息公开", "政务公开",
                                            // Its catalogue of what it publishes (政府信息主动公开基本目录).
                                            "主动公开",
                                            // A body filling its own posts (医院护士长竞聘方案, 公开招聘工作人员实施方案).
                                            "竞聘", "招聘", "选拔任用",
                                            // A body buying for itself: its procurement notices (政府采购意向公告, 招标公告).
                                            "采购意向", "采购公告", "招标公告", "中标公告", "成交公告"]
        .map { TextNormalizer.fold(Array($0.utf16)) }

    /// Whether a title is a notice that asks its readers for their summaries or plans
    /// (`关于做好…工作总结的通知`, `关于报送2024年工作计划的通知`): the request, not the report.
    package static func asksForReports(title: String?) -> Bool {
        guard let title else { return false }
        let units = TextNormalizer.fold(Array(title.utf16))
        guard units.count > noticeSuffix.count, units.suffix(noticeSuffix.count).elementsEqual(noticeSuffix) else { return false }
        let asked = units[..<(units.count - noticeSuffix.count)]
        return requestVerbs.contains { verb in
            guard let at = asked.firstRange(ofSubsequence: verb) else { return false }
            return reportWords.contains { asked[at.upperBound...].containsSubsequence($0) }
        }
    }

    private static let noticeSuffix = TextNormalizer.fold(Array("的通知".utf16))
    private static let requestVerbs = ["做好", "报送", "上报", "撰写"].map { TextNormalizer.fold(Array($0.utf16)) }
    private static let reportWords = ["总结", "计划", "要点", "规划", "汇报", "打算"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// Whether a title names a service specification, a guide for the public or a body's standing
    /// rules (`传染病及突发公共卫生事件报告和处理服务规范`, `预防接种办事指南`, `…管理制度`) and no plan or summary, or an
    /// interpretation of a policy: it describes a service or a text, it does not plan the year's work.
    package static func isGuideOrSpecification(title: String?) -> Bool {
        guard let title else { return false }
        let units = TextNormalizer.fold(Array(title.utf16))
        // An interpretation of a policy (`关于《…实施意见的通知》的政策解读`, `一图读懂…方案`): it
        // explains the document it names, whatever that is, and plans nothing itself.
        if units.suffix(interpretationWord.count).elementsEqual(interpretationWord)
            || interpretationOpeners.contains(where: { units.starts(with: $0) }) { return true }
        // The genre stands before a collection's count (`新生儿死亡制度(精选12篇)`) or its word for
        // a complete set (`药店管理制度全`, `…管理制度大全`, `…制度汇编`).
        var named = withoutTrailingBrackets(units)
        if let set = collectionWords.first(where: { named.count > $0.count && named.suffix($0.count).elementsEqual($0) }) {
            named = named.dropLast(set.count)
        }
        guard guideWords.contains(where: { named.count >= $0.count && named.suffix($0.count).elementsEqual($0) }) else { return false }
        return !notGuideWords.contains { units.containsSubsequence($0) }
    }

    /// The title without the bracketed words that end it, if it ends with a closing bracket.
    private static func withoutTrailingBrackets(_ units: [UInt16]) -> ArraySlice<UInt16> {
        guard let last = units.last, last == 0x29 || last == 0x3011, // ) 】 (full-width ） folds to ))
              let open = units.lastIndex(where: { $0 == 0x28 || $0 == 0x3010 }), open > 0 else { return units[...] }
        return units[..<open]
    }

    /// Words a site puts after a genre for a complete set of texts; the longer first.
    private static let collectionWords = ["大全", "汇编", "全"].map { TextNormalizer.fold(Array($0.utf16)) }

    private static let interpretationWord = Array("解读".utf16)
    private static let interpretationOpeners = ["图解", "一图读懂", "一图看懂", "一图了解"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// A title with one of these plans or reports (not 报告: 传染病报告 is a service too).
    private static let notGuideWords = planWords + ["总结", "汇报", "方案"].map { Array($0.utf16) }

    private static let guideWords = ["服务规范", "技术规范", "工作规范", "操作规范", "服务指南", "办事指南", "工作指南", "技术指南",
                                     // A body's standing rules (新生儿死亡申报制度, 职业健康体检管理制度): how a duty is done, every year.
                                     "制度"]
        .map { TextNormalizer.fold(Array($0.utf16)) }
}
