import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// An untitled fragment of a plan (its title lost on the page, corpus/real fresh-048, fresh-307)
/// that names one element over and over is held to that element; one that names many is not.
@Suite struct UntitledTopicTests {
    private func result(_ text: String) throws -> DocumentResult { try BundledRuleFixture.firstResult(text) }

    private static let bloodFragment = """
    (二)洞头县由当地献血办做好预约工作,由市献血办协调实施时间,市中心血站承担采血工作。
    (三)其他各县按当地实际情况安排血液保障工作,制订无偿献血宣传、动员、预约工作计划,发展献血志愿团体。
    (四)驻地部队、大中专院校的团体预约献血工作由市献血办统筹安排,每季度组织无偿献血活动1次。
    实行无偿献血是社会文明进步的象征。各地要加强无偿献血宣传,开展献血者表彰,做好献血者关爱,扩大固定献血者队伍,
    推进献血屋建设,落实献血者用血优惠,完成无偿献血人次较上年增长5%,确保临床用血和应急献血需要,建立献血应急预备队。
    """

    @Test func anUntitledFragmentOnOneElementIsHeldToItAlone() throws {
        let fragment = try result(Self.bloodFragment)
        #expect(fragment.elements.first { $0.ruleID == "health.blood-donation" }?.status == .met)
        let month = try #require(fragment.elements.first { $0.ruleID == "health.patriotic-health-month" })
        #expect(month.status == .notApplicable)
        #expect(month.reason == "专项计划（无标题，正文只写一个专项），只检查其主题")
        #expect(!fragment.findings.contains { $0.ruleID.hasPrefix("health.") })
    }

    @Test func anUntitledFragmentAcrossTheWorkIsHeldToEveryElement() throws {
        let general = Self.bloodFragment + """
        一、做好免疫规划,儿童预防接种率达95%。二、开展爱国卫生月活动。三、落实院感防控。四、推进家庭医生签约。
        五、做好两癌筛查。六、加强健康教育。七、抓好慢性病管理。八、开展除四害。九、完善卫生应急预案。
        """
        let fragment = try result(general)
        #expect(fragment.elements.first { $0.ruleID == "health.patriotic-health-month" }?.status == .met)
        #expect(fragment.findings.contains { $0.ruleID == "health.tcm" })
    }
}

/// A page that glosses characters with their pinyin (應(yīng)急處置): a rule's regex matches across
/// the readings as its literals do (corpus/real fresh-344).
@Suite struct PinyinReadingRegexTests {
    @Test func aRegexMatchesAcrossAReading() throws {
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let text = "2022年衛生健康工作要點\n一、毫不放松抓好常態(tài)化疫情防控和突發(fā)本土疫情應(yīng)急處置\n"
        let result = try #require(engine.check(Document(path: "t.txt", text: text)).first)
        let emergency = try #require(result.elements.first { $0.ruleID == "health.emergency-response" })
        #expect(emergency.status == .met)
        // The evidence is the match as written, readings included.
        #expect(emergency.evidence.first?.text.contains("應(yīng)急處置") == true)
    }
}

/// A title that names one supervision task is a plan on supervision (corpus/real fresh-359).
@Suite struct SupervisionTitleTests {
    @Test func aRandomInspectionPlanIsHeldToSupervisionAlone() throws {
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let text = "连州市卫生健康局2023年度双随机抽查工作计划\n一、抽查对象\n随机抽取检查对象、随机选派检查人员，抽查结果及时公开。\n"
        let result = try #require(engine.check(Document(path: "t.txt", text: text)).first)
        #expect(result.elements.first { $0.ruleID == "health.health-supervision" }?.status == .met)
        #expect(!result.findings.contains { $0.ruleID.hasPrefix("health.") })
    }
}

/// Medical insurance (新农合) is a topic outside the elements; joined to other work it is no
/// plan's one topic (corpus/real fresh-392, bureau-015).
@Suite struct InsuranceTopicTests {
    @Test func anInsuranceSchemeIsHeldToNoElement() throws {
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let scheme = "思南县2014年新型农村合作医疗统筹补偿方案\n一、筹资标准\n参合农民个人缴费每人每年70元。\n"
        let result = try #require(engine.check(Document(path: "t.txt", text: scheme)).first)
        #expect(result.findings.contains { $0.ruleID == "plancheck.outside-topic" })
        #expect(!result.findings.contains { $0.ruleID.hasPrefix("health.") })
        let joined = "某卫生局工作计划—抓好新型农村合作医疗和公共卫生两个重点\n一、巩固合作医疗制度。\n二、加强公共卫生服务。\n"
        let general = try #require(engine.check(Document(path: "t.txt", text: joined)).first)
        #expect(!general.findings.contains { $0.ruleID == "plancheck.outside-topic" })
        #expect(general.findings.contains { $0.ruleID == "health.immunization" })
    }
}
