import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
import PlanCheckTestSupport

/// Who writes, read from pages as sites keep them (corpus/real fresh-424, fresh-040, fresh-429):
/// Traditional characters with pinyin readings, a site's title over another writer's text, and a
/// labelled title below lines of bare markup.
@Suite struct StructureIssuerTests {
    private func outline(_ text: String) -> Outline { firstPieceOutline(text) }

    @Test func aTraditionalTitleWithReadingsNamesItsBody() {
        let summary = outline("衛(wèi)生院2020年上半年工作總結(jié)\n2020年以來,我院在縣疾控中心、縣保健院的耐心指導下,全院職工團結一致,持續開展基本公共衛生服務。\n")
        #expect(IssuerReader.type(of: summary.issuer) == .healthCenter)
        #expect(IssuerReader.type(of: IssuerReader.issuer(in: "市衛生健康委2024年工作思路")) == .healthCommission)
    }

    @Test func aBodyNamedByItsKindAloneDoesNotOutweighASchoolWritingOfItself() {
        let school = outline("愛衛辦2022年工作計劃6篇\n我校在縣教育局的領導下,全校師生積極開展愛國衛生運動,現將本年度愛衛、創衛工作總結如下。\n一、加強組織領導\n")
        #expect(school.kind == .other)
        // A body's kind alone still outweighs the words counted: a 疾控 plan on food safety is a health plan.
        let cdc = outline("2026年疾病预防控制中心食品安全风险监测工作计划\n一、总体要求\n完善食品安全风险监测网络，食品安全风险监测覆盖全部县区。\n二、重点任务\n开展食品安全风险监测。\n")
        #expect(cdc.kind == .plan)
        // A county's body with its place settles it, whatever the opening says.
        let named = outline("某县爱卫办2022年工作计划\n我校师生参与的爱国卫生月活动由县爱卫办统一组织。\n一、开展爱国卫生月活动\n")
        #expect(named.kind == .plan)
    }

    @Test func aLabelledTitleBelowLinesOfBareMarkupIsRead() {
        var text = ""
        for index in 1...12 { text += "\(index). <dl id=\"h4sia\"></dl>\n\n" }
        text += "某盟政府信息公开网 政府信息公开\n标题:近期新冠肺炎疫情防控卫生监督执法检查工作总结和下一步重点安排\n索引号:01165919-3/2022-00248\n"
        text += "近期新冠肺炎疫情防控卫生监督执法检查工作总结和下一步重点安排\n一、工作开展情况\n开展卫生监督执法检查120户次。\n"
        #expect(outline(text).title == "近期新冠肺炎疫情防控卫生监督执法检查工作总结和下一步重点安排")
        #expect(MetadataExtractor.isMarkupOrBlank("3. <dl id=\"h4sia\"></dl>"))
        #expect(!MetadataExtractor.isMarkupOrBlank("<p>一、工作开展情况</p>"))
    }

    /// corpus/real fresh-451: a 防疫站 (the 疾控中心 before 2002) below a page's bare markup and its breadcrumb.
    @Test func anEpidemicStationBelowBareMarkupIsAHealthBody() {
        var text = "<th id='jike12040'><noframes id='jike12040'>\n\n"
        text += "您的当前位置:某范文网>工作计划>其它工作计划>2013年卫生防疫站工作计划\n\n2013年卫生防疫站工作计划\n\n"
        text += "在市委、市政府和上级卫生主管部门的领导下,坚持预防为主方针,进一步加强三级预防保健网络建设,努力抓好卫生防疫各项工作。\n\n"
        text += "一、行政管理方面\n\n(一)认真学习,提高全体卫生防疫人员的思想政治素质和业务素质,不断提高工作质量。\n"
        let station = outline(text)
        #expect(station.kind == .plan)
        #expect(IssuerReader.type(of: station.issuer) == .cdc)
    }
}
