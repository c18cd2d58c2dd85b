import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// What a document is held to depends on who wrote it and what it is about.
@Suite struct ApplicabilityTests {
    private func result(_ text: String) throws -> DocumentResult { try BundledRuleFixture.firstResult(text) }

    private func status(_ ruleID: String, in result: DocumentResult) -> ElementResult? {
        result.elements.first { $0.ruleID == ruleID }
    }

    @Test func aHospitalIsAskedForInfectionControlButNotForTheCountysCampaigns() throws {
        let plan = try result("县人民医院2025年工作计划\n一、加强医疗质量管理，落实核心制度。\n二、完善应急预案，开展应急演练。\n")
        #expect(plan.issuerType == .hospital)
        #expect(status("health.infection-control", in: plan)?.status == .missing)
        let pests = try #require(status("health.four-pests", in: plan))
        #expect(pests.status == .notApplicable)
        #expect(pests.reason == "不要求医院部署此项工作")
        #expect(!plan.findings.contains { $0.ruleID == "health.four-pests" })
    }

    @Test func aPlanOnOneTopicIsHeldToItsTopicAlone() throws {
        let plan = try result("2025年院感防控工作计划\n一、每季度开展院感督查1次。\n二、落实手卫生和医疗废物管理。\n")
        #expect(status("health.infection-control", in: plan)?.status == .met)
        let month = try #require(status("health.patriotic-health-month", in: plan))
        #expect(month.status == .notApplicable)
        #expect(month.reason?.hasPrefix("专项计划") == true)
        #expect(!plan.findings.contains { $0.ruleID.hasPrefix("health.") })
    }

    /// A plan on an element a hospital is not otherwise asked for is still held to its topic.
    /// A page copied without its title says its subject in its opening purpose statement.
    @Test func anUntitledPlanIsHeldToTheTopicItsPurposeStatementNames() throws {
        let plan = try result("为进一步做好农村适龄妇女“两癌”免费检查工作，提高宫颈癌和乳腺癌的早诊早治率和防治知识知晓率，保障广大妇女身体健康，根据省市有关文件精神，结合我县实际，制定本方案。\n一、检查对象\n全县35至64岁农村妇女。\n二、检查内容\n宫颈癌和乳腺癌筛查，全年完成检查5000人。\n")
        #expect(plan.title == nil)
        #expect(status("health.two-cancer-screening", in: plan)?.status == .met)
        let month = try #require(status("health.patriotic-health-month", in: plan))
        #expect(month.status == .notApplicable)
        #expect(month.reason == "专项计划（按开篇所述目的），只检查其主题")
        #expect(!plan.findings.contains { $0.ruleID.hasPrefix("health.") && $0.span == nil })
    }

    /// A short first sentence that names the occasion (corpus/real fresh-259, fresh-612) leaves
    /// the topic to the purpose sentence after it.
    @Test func aPurposeAfterTheOccasionNamesTheTopic() throws {
        let plan = try result("2024年4月是全国第36个爱国卫生月。为弘扬爱国卫生优良传统，广泛动员群众参与，根据上级爱国卫生月活动的通知精神，制定本实施方案。\n一、活动主题\n二、活动内容\n开展清洁家园活动，清理卫生死角。\n")
        #expect(plan.title == nil)
        #expect(status("health.patriotic-health-month", in: plan)?.status == .met)
        #expect(status("health.infection-control", in: plan)?.status == .notApplicable)
        // A long first sentence on the year's work is no occasion: the plan is held to every element.
        let general = try result("2025年是十四五规划收官之年，也是全县卫生健康事业高质量发展的关键一年，全县上下要凝心聚力。为做好两癌筛查等各项工作，制定本计划。\n一、做好院感防控\n")
        #expect(status("health.patriotic-health-month", in: general)?.status == .missing)
    }

    /// A site's label before the opening sentence (`【导读】`) is residue; the purpose after it still names the topic.
    @Test func aSiteLabelBeforeThePurposeLeavesTheTopicToIt() throws {
        let plan = try result("【导读】省爱卫办对我市除四害工作进行复查，决定在全市开展病媒生物防治工作，特制订如下工作方案。\n一、春季集中灭鼠1次，鼠密度控制在1%以下。\n")
        #expect(plan.findings.contains { $0.ruleID == "hygiene.web-residue" })
        #expect(status("health.four-pests", in: plan)?.status == .met)
        #expect(status("health.infection-control", in: plan)?.status == .notApplicable)
    }

    /// A page that opens with its first section's label (`#### 引言`) has no title: the section's
    /// purpose statement names the topic.
    @Test func aSectionLabelIsNoTitleAndThePurposeAfterItNamesTheTopic() throws {
        let plan = try result("#### 引言\n在新时代的征程上，爱国卫生工作是提升全民健康水平的重要举措，也是推动经济社会可持续发展的重要基础，新的一年我们将继续坚持预防为主、综合治理的原则，本计划旨在明确本年度爱国卫生工作的重点任务和实施步骤，动员全社会共同参与\n一、开展城乡环境卫生整治\n二、推进卫生城镇创建\n")
        #expect(plan.title == nil)
        #expect(status("health.patriotic-health-campaign", in: plan)?.status == .met)
        #expect(status("health.infection-control", in: plan)?.status == .notApplicable)
    }

    /// An untitled plan that opens with the year's circumstances, not a purpose, is held to every element.
    @Test func anUntitledPlanOpeningWithoutAPurposeIsHeldToEveryElement() throws {
        let plan = try result("2025年是十四五规划收官之年，也是全县卫生健康事业高质量发展的关键一年，全县卫生健康系统在县委县政府的领导下开展两癌筛查5000人。\n一、做好院感防控\n二、推进家庭医生签约\n")
        #expect(plan.title == nil)
        #expect(status("health.patriotic-health-month", in: plan)?.status == .missing)
    }

    /// A generic title (`村卫生室年度工作计划`) leaves the subject to the opening: the name of the
    /// plan it makes (`制定我室20xx健康教育工作计划`) names the topic, past the title repeated by
    /// a compilation.
    @Test func aGenericTitleLeavesTheTopicToThePlanTheOpeningNames() throws {
        let plan = try result("村卫生室年度工作计划\n村卫生室年度工作计划 篇1\n根据上级要求，结合本室实际，制定我室20xx健康教育工作计划：\n一、每季度更换健康教育宣传栏1次。\n二、全年举办健康知识讲座6次。\n")
        #expect(status("health.health-education", in: plan)?.status == .met)
        let month = try #require(status("health.patriotic-health-month", in: plan))
        #expect(month.status == .notApplicable)
        #expect(month.reason == "专项计划（按开篇所述目的），只检查其主题")
    }

    /// Under a generic title, an opening that sets out the whole of its work (`做好…各项工作`)
    /// names the topic; one that sets out the whole health work names none.
    @Test func aGenericTitleLeavesTheTopicToTheWorkTheOpeningSetsOut() throws {
        let topic = try result("健康工作计划\n一、主要工作任务\n依照健康教育工作规范要求，做好健康教育与健康促进各项工作任务。围绕结核病、慢性病开展宣传，开展全国预防接种日宣传。\n")
        #expect(status("health.health-education", in: topic)?.status == .met)
        #expect(status("health.immunization", in: topic)?.status == .notApplicable)
        let general = try result("2025年卫生院工作计划\n一、主要工作任务\n按照上级要求，做好全镇卫生健康各项工作。开展全国预防接种日宣传。\n")
        #expect(status("health.infection-control", in: general)?.status == .missing)
    }

    /// Under a generic title, an opening that states a purpose names the topic.
    @Test func aGenericTitleLeavesTheTopicToTheOpeningsPurpose() throws {
        let plan = try result("2021年度社区卫生服务中心工作计划\n为进一步推动爱国卫生运动，以实际行动创建国家卫生城市，制定本计划。\n一、开展环境卫生综合整治\n")
        #expect(status("health.patriotic-health-campaign", in: plan)?.status == .met)
        #expect(status("health.infection-control", in: plan)?.status == .notApplicable)
    }

    /// An opening that gives reasons rather than a purpose (`根据…，以计划免疫为主线`) does not make a
    /// plan on one topic when the plan it names is general (`卫生防疫工作计划`); nor does a title
    /// that names a topic give way to the opening.
    @Test func reasonsInTheOpeningDoNotMakeAPlanOnOneTopic() throws {
        let general = try result("2024年乡镇卫生工作计划\n根据上级文件要求，以疾病控制为重点，以计划免疫为主线，特制定本年卫生防疫工作计划：\n一、做好预防接种\n二、开展爱国卫生月活动\n")
        #expect(status("health.infection-control", in: general)?.status == .missing)
        let titled = try result("2025年院感防控工作计划\n为进一步做好健康教育工作，制定本计划。\n一、每季度开展院感督查1次。\n")
        #expect(status("health.infection-control", in: titled)?.status == .met)
        #expect(status("health.health-education", in: titled)?.status == .notApplicable)
    }

    @Test func aHospitalsPlanOnATopicIsHeldToThatTopic() throws {
        let plan = try result("县人民医院爱婴医院年度工作计划\n一、落实母乳喂养十条措施，每季度培训1次。\n")
        #expect(plan.issuerType == .hospital)
        #expect(status("health.maternal-child", in: plan)?.status == .met)
        #expect(status("health.immunization", in: plan)?.status == .notApplicable)
    }

    /// Words too broad for the text name the topic in a title (a rule's topic-words).
    @Test func aTitlesTopicWordsMakeItAPlanOnThatElement() throws {
        let plan = try result("县贯彻中国妇女儿童发展纲要实施方案\n一、孕产妇系统管理率达到90%以上。\n")
        #expect(status("health.maternal-child", in: plan)?.status == .met)
        #expect(status("health.infection-control", in: plan)?.reason?.hasPrefix("专项计划") == true)
        // In the text the same words do not make the element met.
        let general = try result("某县卫生健康局2025年工作计划\n一、维护妇女儿童合法权益。\n")
        #expect(status("health.maternal-child", in: general)?.status == .missing)
    }

    /// A title that names a body or department and no element (`中医院工作计划`) is on the
    /// element that body works on (topic-bodies); one that names an element is on that.
    @Test func aSpecialisedBodysOwnPlanIsOnItsElement() throws {
        let text = "\n一、做好门诊和住院服务，门诊量增长10%。\n"
        let hospital = try result("某县中医院2023年工作计划" + text)
        #expect(status("health.tcm", in: hospital)?.status == .met)
        #expect(status("health.tcm", in: hospital)?.evidence.first?.text == "中医院")
        #expect(status("health.infection-control", in: hospital)?.reason?.hasPrefix("专项计划") == true)
        let chronic = try result("城南中医院2023年慢病管理工作计划\n一、高血压患者规范管理率达到60%。\n")
        #expect(status("health.chronic-disease", in: chronic)?.status == .met)
        #expect(status("health.tcm", in: chronic)?.reason?.hasPrefix("专项计划") == true)
        let department = try result("2026年医院医务科工作计划" + text)
        #expect(status("health.medical-quality", in: department)?.status == .met)
        #expect(status("health.infection-control", in: department)?.reason?.hasPrefix("专项计划") == true)
        let general = try result("某县人民医院2023年工作计划" + text)
        #expect(status("health.infection-control", in: general)?.status == .missing)
    }

    /// A health centre's 公共卫生服务 plan is a plan on the basic public health service; a
    /// bureau's 公共卫生服务 summary reports all its public health work (topic-issuers).
    @Test func aHealthCentresPublicHealthServicePlanIsAPlanOnTheBasicService() throws {
        let text = "\n一、为65岁以上老年人建立居民健康档案，建档率达到90%。\n"
        let centre = try result("清凉寺社区卫生服务中心公共卫生服务工作计划" + text)
        #expect(centre.issuerType == .healthCenter)
        #expect(status("health.basic-public-health", in: centre)?.status == .met)
        #expect(status("health.infection-control", in: centre)?.status == .notApplicable)
        let bureau = try result("某县卫生局2024年公共卫生服务总结" + text)
        #expect(bureau.issuerType == .healthCommission)
        #expect(status("health.immunization", in: bureau)?.status == .missing)
    }

    /// Building a 健康城市 or 健康城区 is the 爱国卫生 campaign's programme: a plan so titled is
    /// on the campaign, and plans it though its text never names the campaign's words.
    @Test func aHealthyCityPlanIsAPlanOnTheCampaign() throws {
        let plan = try result("浦东新区建设健康城区三年行动计划(2009—2011年)\n一、完善健康城区建设工作机制，每年开展评估1次。\n")
        let campaign = try #require(status("health.patriotic-health-campaign", in: plan))
        #expect(campaign.status == .met)
        #expect(campaign.evidence.first?.text == "健康城区")
        #expect(campaign.evidence.first?.position.line == 1)
        #expect(status("health.infection-control", in: plan)?.status == .notApplicable)
    }

    @Test func aPlanAcrossTheHealthWorkIsHeldToEveryElement() throws {
        let plan = try result("某县卫生健康局2025年工作计划\n一、加强院感防控，每季度督查1次。\n")
        #expect(plan.issuerType == .healthCommission)
        #expect(plan.elements.allSatisfy { $0.status != .notApplicable })
        #expect(status("health.four-pests", in: plan)?.status == .missing)
    }

    @Test func aSummaryIsToldWhatItDidNotMentionNotWhatItDoesNotPlan() throws {
        let summary = try result("某县卫生健康局2024年工作总结\n一、全年完成预防接种1.2万剂次。\n")
        #expect(summary.kind == .summary)
        let message = try #require(summary.findings.first { $0.ruleID == "health.infection-control" }?.message)
        #expect(message == "总结未提及医院感染防控（院感）工作")
        let plan = try result("某县卫生健康局2025年工作计划\n一、全年完成预防接种1.2万剂次。\n")
        #expect(plan.findings.first { $0.ruleID == "health.infection-control" }?.message == "计划未部署医院感染防控（院感）工作")
    }

    @Test func aRuleNamesTheIssuersItAppliesTo() throws {
        let yaml = "id: local.t\nkind: require\nany: [院感]\nmessage: m\napplies-to: {kinds: [plan], issuers: [hospital, cdc]}\n"
        let rule = try RuleLoader.standard.rule(fromYAML: yaml, file: "t.yml")
        #expect(rule.issuers == [.hospital, .cdc])
        #expect(rule.appliesTo == [.plan])
        let typo = yaml.replacingOccurrences(of: "cdc", with: "cdcc")
        #expect(throws: RuleLoadError(file: "t.yml", line: 5, column: 49, reason: "unknown issuer type 'cdcc' (did you mean 'cdc'?); one of \(IssuerType.allCases.map(\.rawValue).joined(separator: " | "))")) {
            try RuleLoader.standard.rule(fromYAML: typo, file: "t.yml")
        }
    }

    /// A sharing site's blurb on what a 卫生局 does (corpus/real fresh-822) names its duties, not
    /// the document's work: an element named only there is missing.
    @Test func anElementNamedOnlyInTheSitesBlurbIsMissing() throws {
        let blurb = "卫生局是地方各级医院的主管部门，下设爱卫会等职能部门，分管食品卫生等工作。今天小编给大家整理了卫生局工作总结，供大家参考。\n"
        let summary = try result("县卫生局上半年工作总结\n" + blurb + "一、加强院感防控，每季度督查1次。\n")
        #expect(status("health.food-safety", in: summary)?.status == .missing)
        #expect(status("health.infection-control", in: summary)?.status == .met)
        // The same words in the document's own text count.
        let own = try result("县卫生局上半年工作总结\n一、加强食品卫生监管，每季度督查1次。\n")
        #expect(status("health.food-safety", in: own)?.status == .met)
    }

    @Test func topicBodiesAreReadAndShown() throws {
        let yaml = "id: local.t\nkind: require\nany: [中医药]\nmessage: m\ntopic-bodies: [中医院, 中医医院]\n"
        let check = try #require(try RuleLoader.standard.rule(fromYAML: yaml, file: "t.yml").kind as? RequireCheck)
        #expect(check.topicBodies == ["中医院", "中医医院"])
        #expect(check.descriptionLines.contains("  topic bodies (title): 中医院, 中医医院"))
    }

    @Test func topicIssuersAreCheckedByName() throws {
        let yaml = "id: local.t\nkind: require\nany: [院感]\nmessage: m\ntopic-words: [感控]\ntopic-issuers: [hospital]\n"
        let check = try #require(try RuleLoader.standard.rule(fromYAML: yaml, file: "t.yml").kind as? RequireCheck)
        #expect(check.topicWordsCount(for: .hospital))
        #expect(!check.topicWordsCount(for: .healthCommission))
        let typo = yaml.replacingOccurrences(of: "[hospital]", with: "[hospitl]")
        #expect(throws: RuleLoadError(file: "t.yml", line: 6, column: 17, reason: "unknown issuer type 'hospitl' (did you mean 'hospital'?); one of \(IssuerType.allCases.map(\.rawValue).joined(separator: " | "))")) {
            try RuleLoader.standard.rule(fromYAML: typo, file: "t.yml")
        }
    }

    @Test(arguments: [
        ("县卫生健康局", IssuerType.healthCommission), ("城关镇卫生院", .healthCenter), ("街道社区卫生服务中心", .healthCenter),
        ("县人民医院", .hospital), ("县妇幼保健院", .maternalChildHospital), ("市疾病预防控制中心", .cdc), ("县爱卫办", .patrioticHealthOffice),
        ("县卫生监督所", .healthSupervision), ("某镇人民政府", .unknown),
        ("理县动物卫生监督所", .unknown), ("市动物疫病预防控制中心", .unknown),
    ])
    func issuerTypesFollowTheBodysName(_ issuer: String, _ type: IssuerType) {
        #expect(IssuerReader.type(of: issuer) == type)
    }

    /// A health body's plan on a topic outside the elements (安全生产, 精神卫生) is a health plan held
    /// to none of them; its vocabulary (安全生产, 消防) does not make it another body's.
    @Test func aHealthSystemsPlanOnATopicOutsideTheElementsIsHeldToNone() throws {
        let plan = try result("2023年度县卫生健康系统安全生产工作计划\n一、落实安全生产责任制，开展安全生产大检查。\n二、加强消防安全和危险化学品管理，开展应急管理培训。\n")
        #expect(plan.kind == .plan)
        let infection = try #require(status("health.infection-control", in: plan))
        #expect(infection.status == .notApplicable)
        #expect(infection.reason == "专项计划（安全生产），主题不在必备要素之列")
        #expect(!plan.findings.contains { $0.ruleID.hasPrefix("health.") })
        // Said once, as for a document that is no health plan.
        #expect(plan.findings.filter { $0.ruleID == BuiltInFinding.outsideTopic }.map(\.message)
                == ["专项计划（安全生产），主题不在必备要素之列，未检查必备要素"])
    }

    /// A hospital pharmacy's plan (药剂科, fresh-771) is a department's work outside the elements.
    @Test func aPharmacyDepartmentsPlanIsHeldToNone() throws {
        let plan = try result("2026年医院药剂科工作计划\n一、加强药品采购和库存管理。\n二、开展处方点评，促进合理用药。\n")
        #expect(plan.kind == .plan)
        #expect(status("health.infection-control", in: plan)?.status == .notApplicable)
        #expect(!plan.findings.contains { $0.ruleID.hasPrefix("health.") })
    }

    /// Joined to the health work by 和 (卫生和人口计生工作), the topic is one of the plan's subjects,
    /// not its only one: the plan is held to every element.
    @Test func aTopicJoinedToTheHealthWorkLeavesThePlanGeneral() throws {
        let report = try result("某镇2015年卫生和人口计生工作计划\n一、加强医疗质量管理。\n二、做好人口计生服务。\n")
        #expect(status("health.infection-control", in: report)?.status == .missing)
        let topic = try result("某镇2015年人口计生工作计划\n一、做好人口计生服务。\n")
        #expect(status("health.infection-control", in: topic)?.status == .notApplicable)
        // The family-planning association's plan (计生协会) and the 人口委's are on the same topic.
        let association = try result("村计生协会2016年工作计划\n一、开展计划生育宣传服务。\n")
        #expect(status("health.infection-control", in: association)?.status == .notApplicable)
        let committee = try result("2016年区人口委后两年工作计划\n一、稳定低生育水平。\n")
        #expect(status("health.infection-control", in: committee)?.status == .notApplicable)
    }

    /// A 街道's plan on 除四害 names its subject: the 爱卫 campaign's work, not the 街道's general work.
    @Test func aStreetOfficesPestControlPlanIsAHealthPlanOnItsTopic() throws {
        let plan = try result("某街道2015年除四害工作计划\n为巩固创建卫生城市成果，特制定本计划。\n（1）开展春季灭鼠、灭蚊、灭蝇、灭蟑螂活动，鼠密度控制在1%以下。\n")
        #expect(plan.kind == .plan)
        #expect(status("health.four-pests", in: plan)?.status == .met)
        #expect(status("health.infection-control", in: plan)?.status == .notApplicable)
    }

    /// A notice sent to every bureau (`各区卫生健康局、教育局、民政局…：`) is written in the setting
    /// its own text speaks of, and the addressees are not its title; it is about a topic outside
    /// the elements.
    @Test func aNoticesAddresseesDoNotDecideItsSettingOrTopic() throws {
        let notice = try result("各区卫生健康局、教育局、民政局、财政局、住房城乡建设局、自然资源局、体育局：\n为积极应对人口老龄化，持续改善老年健康服务，我们制定了《某市健康老龄化三年行动实施方案》。现印发给你们，请认真贯彻执行。\n一、指导思想\n推进医养结合，提升老年健康服务能力。\n")
        #expect(notice.kind == .plan)
        let infection = try #require(status("health.infection-control", in: notice))
        #expect(infection.reason?.hasSuffix("主题不在必备要素之列") == true)
        #expect(notice.title?.hasPrefix("各区") != true)
    }

    /// A health body's report on its disclosure duty, a community's 城管 plan and a 机关事务 plan are
    /// not health plans; a person's own plan, a 医共体 construction plan, a 三下乡 outreach scheme,
    /// a testing clinic's plan and one disease's control scheme are health plans on topics outside the elements.
    @Test func reportsOfOtherDutiesAndPlansOutsideTheElementsAreNotHeldToThem() throws {
        let disclosure = try result("某县卫生健康局2024年政府信息公开工作年度报告\n一、主动公开情况\n全年公开卫生健康信息120条。\n")
        #expect(disclosure.kind == .other)
        let cityManagement = try result("社区城管工作计划\n一、加强城管执法，整治占道经营。\n二、开展城管宣传。\n三、配合爱国卫生运动。\n")
        #expect(cityManagement.kind == .other)
        for title in ["放射科医生个人工作计划", "某州紧密型县域医共体建设实施方案", "2014年卫生三下乡活动实施方案", "2026年核酸检测门诊工作计划",
                      "2017年某某医院创建“一科一品”优质护理服务活动方案",
                      // One communicable disease's control (corpus/real fresh-397, fresh-403).
                      "某镇卫生院2012年手足口病防控方案", "某县血吸虫病整治工作方案", "麻风病工作方案",
                      // A parasitic disease's survey (fresh-461).
                      "土源性线虫病监测方案", "某县2015年寄生虫病防治工作计划"] {
            let plan = try result(title + "\n一、提升诊断质量，每月开展质控1次。\n")
            #expect(status("health.infection-control", in: plan)?.reason?.hasSuffix("主题不在必备要素之列") == true, "\(title)")
        }
        // Untitled, a summary names its writer in its first sentence, as a title would.
        let association = try result("2006年某区计划生育协会在区委、区政府的正确领导下,在市计生协会大力支持下,开展了一系列活动。\n一、进一步健全协会组织,完善工作网络。\n区计生协会今年召开3次常务理事会。\n")
        #expect(status("health.infection-control", in: association)?.reason?.hasSuffix("主题不在必备要素之列") == true)
        let town = try result("2023年某镇卫生院在县卫健局的正确领导下,全面完成了各项工作任务。\n一、加强院感防控。\n")
        #expect(status("health.patriotic-health-month", in: town)?.status == .missing)
    }

    /// A home for the old cleaning its rooms, a meeting's news headline and a tax office's own
    /// housekeeping are not health plans; a city's 健康城市 plan is one, and a plan titled for
    /// one supervision task is held to that element alone.
    /// A plan titled for tobacco control is a health-promotion plan, held to that element alone
    /// (corpus/real fresh-404, fresh-453).
    @Test func aTobaccoControlPlanIsHeldToHealthEducationAlone() throws {
        let plan = try result("某县人民医院创建无烟医院实施方案\n一、成立控烟领导小组,每月开展控烟巡查1次。\n二、设立戒烟门诊。\n")
        #expect(status("health.health-education", in: plan)?.status == .met)
        #expect(status("health.infection-control", in: plan)?.status == .notApplicable)
    }

    @Test func settingsAndTopicsOfTheEighthBatch() throws {
        let home = try result("养老院公共卫生保洁方案\n一、养老院每日保洁两次，公共卫生间每日消毒。\n二、养老院房间每周清洁。\n")
        #expect(home.kind == .other)
        let meeting = try result("某县卫生健康工作会提出：高质量推进卫生健康事业发展\n会议总结了2020年工作，部署了2021年任务。\n")
        #expect(meeting.kind == .other)
        let tax = try result("县国税局2015年后勤工作安排\n国税局机关开展环境整治，清理卫生死角。\n")
        #expect(tax.kind == .other)
        let city = try result("某市建设健康城市三年行动计划\n一、推进健康城市建设，开展教育、体育、交通、住建、文旅等部门联合行动。\n")
        #expect(city.kind == .plan)
        let water = try result("2015年全省饮用水卫生重点监督检查计划\n一、检查城市集中式供水单位。\n")
        #expect(status("health.health-supervision", in: water)?.status == .met)
        #expect(status("health.infection-control", in: water)?.status == .notApplicable)
        // A campaign on the hygiene of public places (重点场所卫生整治) is supervision's work too.
        let places = try result("某市重点场所卫生整治专项行动实施方案\n一、对宾馆、游泳场所开展卫生监督检查。\n")
        #expect(status("health.infection-control", in: places)?.status == .notApplicable)
        // The yearly random inspections (双随机) are supervision's work.
        let random = try result("2018年XX市XX区公共卫生国家随机监督抽查计划实施方案\n一、抽查对象为辖区内公共场所和供水单位。\n")
        #expect(status("health.infection-control", in: random)?.status == .notApplicable)
        let cut = try result("2023年公共卫生国家随机监督\n一、抽查对象为辖区内公共场所和供水单位。\n")
        #expect(status("health.infection-control", in: cut)?.status == .notApplicable)
        #expect(status("health.health-supervision", in: cut)?.status != .notApplicable)
        // 妇保 is 妇幼保健's short name: its summary is held to maternal and child health alone.
        let maternal = try result("同妇保工作总结\n一、开展孕产妇系统管理和儿童保健，落实增补叶酸项目。\n")
        #expect(status("health.maternal-child", in: maternal)?.status == .met)
        #expect(status("health.infection-control", in: maternal)?.status == .notApplicable)
    }

    /// A 卫生院's or 社区卫生服务中心's public-health summary is on the basic public health services,
    /// its centre's share of public health (corpus/real fresh-863, fresh-874); a bureau's is on all of it.
    @Test func aHealthCentresPublicHealthSummaryIsOnTheBasicServices() throws {
        let centre = try result("社区卫生服务中心2022年公卫工作情况总结\n一、规范建立居民健康档案，开展重点人群随访。\n")
        #expect(status("health.basic-public-health", in: centre)?.status == .met)
        #expect(status("health.infection-control", in: centre)?.status == .notApplicable)
        let township = try result("泽口卫生院2011年公共卫生工作总结\n一、开展健康教育讲座12次。\n")
        #expect(status("health.infection-control", in: township)?.status == .notApplicable)
        let bureau = try result("某县卫生局2011年公共卫生工作总结\n一、开展健康教育讲座12次。\n")
        #expect(status("health.infection-control", in: bureau)?.status == .missing)
    }

    /// A hijacked page's keywords between bars above a 范文 page are not its title (corpus/real fresh-879).
    @Test func aHijackedPagesBarredKeywordsAreNoTitle() throws {
        let page = try result("中文久久久字幕|亚洲精品成人 在线|视频精品5区|韩国国产一区\n\n卫生监督协管工作计划范文\n\n一、协助开展饮用水卫生监督检查。\n")
        #expect(page.title == "卫生监督协管工作计划范文")
        // A title with its site's name after a bar names its genre: still the title.
        let titled = try result("2023年卫生监督协管工作计划|某某网\n一、协助开展饮用水卫生监督检查。\n")
        #expect(titled.title?.hasPrefix("2023年卫生监督协管工作计划") == true)
    }

    /// A report that names its source (`据…消息，`) is news about the health work, no plan.
    @Test func aReportCitingItsNewsSourceIsNoPlan() throws {
        let news = try result("河北省卫健委部署2026年重点工作\n据河北省卫生健康委员会消息，1月14日，全省卫生健康工作会议在石家庄召开。\n一是加强院感防控。\n")
        #expect(news.kind == .other)
        let plan = try result("某县卫生健康局2026年工作计划\n据统计，全县共有卫生院12所。\n一是加强院感防控。\n")
        #expect(plan.kind == .plan)
    }
}

/// Planned work with something to check it by, and without.
@Suite struct MeasurableTargetTests {
    private func result(_ text: String) throws -> DocumentResult { try BundledRuleFixture.firstResult(text) }

    @Test func anElementPlannedAsAWishGetsOneInfoFinding() throws {
        let plan = try result("某县卫生健康局2025年工作计划\n一、加强院感防控。\n")
        let unmeasurable = plan.findings.filter { $0.ruleID == RequireCheck.unmeasurableRuleID }
        #expect(unmeasurable.map(\.message) == ["计划缺少可考核的指标：医院感染防控（院感）"])
        #expect(unmeasurable.first?.severity == .info)
        #expect(unmeasurable.first?.span?.start.line == 2)
        #expect(plan.elements.first { $0.ruleID == "health.infection-control" }?.target == nil)
    }

    @Test(arguments: [
        "一、加强院感防控，每季度开展院感督查1次。",
        "一、院感监测覆盖率达到100%。",
        "一、强化院感防控\n\n（一）年底前完成全县医疗机构院感专项检查。",
    ])
    func anElementWithANumberARateOrADeadlineHasItsTarget(_ body: String) throws {
        let plan = try result("某县卫生健康局2025年工作计划\n" + body + "\n")
        #expect(!plan.findings.contains { $0.ruleID == RequireCheck.unmeasurableRuleID && $0.message.contains("院感") })
        #expect(plan.elements.first { $0.ruleID == "health.infection-control" }?.target != nil)
    }

    /// `一次性` and `二次供水` name things, not how often work is done.
    @Test(arguments: ["一、规范院感防控中一次性医疗用品的管理。", "一、加强院感防控和二次供水单位的卫生管理工作。"])
    func aThingNamedWithACountOfTimesIsNoTarget(_ body: String) throws {
        let plan = try result("某县卫生健康局2025年工作计划\n" + body + "\n")
        #expect(plan.findings.contains { $0.ruleID == RequireCheck.unmeasurableRuleID && $0.message.contains("院感") })
        #expect(plan.elements.first { $0.ruleID == "health.infection-control" }?.target == nil)
    }

    /// A plan on one element plans it in every line: a target anywhere in it is the element's
    /// (corpus/real fresh-026, whose targets stand in its 工作进度 section).
    @Test func aPlanOnOneElementHasItsTargetAnywhere() throws {
        let body = "一、工作内容\n1. 加强病房环境的清洁消毒工作。\n二、工作进度\n1. 2025年每季度至少进行一次全面的培训。\n"
        let plan = try result("科室院内感染管理年度工作计划\n" + body)
        #expect(!plan.findings.contains { $0.ruleID == RequireCheck.unmeasurableRuleID })
        #expect(plan.elements.first { $0.ruleID == "health.infection-control" }?.target == "1. 2025年每季度至少进行一次全面的培训。")
        // A year is no target: a topic plan with nothing else is still told.
        let wish = try result("科室院内感染管理2025年度工作计划\n一、工作内容\n1. 加强病房环境的清洁消毒工作。\n")
        #expect(wish.findings.filter { $0.ruleID == RequireCheck.unmeasurableRuleID }.count == 1)
        // A plan across the health work is asked at the element's own words.
        let general = try result("某县卫生健康局2025年工作计划\n一、加强院感防控，落实各项院感制度，提高医务人员防控意识。\n二、每季度开展健康教育讲座1次。\n")
        #expect(general.findings.contains { $0.ruleID == RequireCheck.unmeasurableRuleID && $0.message.contains("院感") })
    }

    @Test func aSummaryIsNotAskedForTargets() throws {
        let summary = try result("某县卫生健康局2024年工作总结\n一、加强了院感防控。\n")
        #expect(!summary.findings.contains { $0.ruleID == RequireCheck.unmeasurableRuleID })
    }

}
