import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// Lists run on inside one line with their marks kept (a digest page that lost its line breaks,
/// corpus/real fresh-262), and an outline whose 一、 heading was lost above its body (fresh-203).
@Suite struct InlineSequenceTests {
    private static let rule = BundledRuleFixture.rules("structure.numbering")

    private func findings(_ text: String) throws -> [Finding] { try BundledRuleFixture.findings(text, rules: Self.rule) }

    private static let runOn = "二、重点任务(一)建立健全服务体系行动1.中医医院高质量发展,(责任单位:区卫生健康局)2.综合医院中医药科室建设,"
        + "(责任单位:区财政局)4.推进传统中医惠民行动,(责任单位:区卫生健康局)(二)提升服务能力行动5.打造示范品牌,(责任单位:区卫生健康局)"
        + "6.建设重点专科,(责任单位:区卫生健康局)7.推进信息化建设,(责任单位:区发展改革局)(五)中医药产业发展行动10.中医药产业高质量发展,"
        + "(责任单位:区文广旅局)(六)传承弘扬文化行动11.推动文化宣传,(责任单位:区委宣传部)(七)建设人才高地行动12.加强人才队伍建设,"
        + "(责任单位:区人社局)\n"

    @Test func numbersSkippedInsideOneLineAreEachReported() throws {
        let found = try findings(Self.runOn)
        #expect(found.map(\.match) == ["4.", "(五)", "10."])
        #expect(found.map(\.replacement) == ["3.", "(三)", "8."])
        #expect(found.allSatisfy { $0.span?.start.line == 1 })
    }

    @Test func aListThatCountsOnInsideItsLineIsLeftAlone() throws {
        let renumbered = [(")4.", ")3."), ("动5.", "动4."), (")6.", ")5."), (")7.", ")6."), ("(五)", "(三)"), ("10.", "7."),
                          ("(六)", "(四)"), ("11.", "8."), ("(七)", "(五)"), ("12.", "9.")]
        let counted = renumbered.reduce(Self.runOn) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        #expect(try findings(counted).isEmpty)
    }

    @Test func figuresAfterAClauseEndStillCountAsItems() throws {
        // `2、5岁以下…`: the item opens with a figure; without it the 3、 would read as a skip.
        let text = "一、主要工作指标1、孕产妇死亡率控制在20/10万以下;2、5岁以下儿童死亡率控制在18‰以下;3、婴儿死亡率控制在12‰以下;"
            + "4、新生儿破伤风以县为单位控制在1‰以内;5、住院分娩率维持99%以上。\n"
        #expect(try findings(text).isEmpty)
    }

    @Test func aDotMarkedItemAfterASemicolonMayOpenWithAFigure() throws {
        // `;2.100%比例…`: after a semicolon the 2. is an item, not a decimal (corpus/real fresh-454).
        let text = "三、目标任务 1.印发健康口腔行动科普宣传方案;2.100%比例二级综合医院单独设置口腔科;3.启动健康口腔进校园活动;"
            + "4.推广适宜技术项目不少于4项;5.完成8%比例3-6岁儿童局部涂氟。\n"
        #expect(try findings(text).isEmpty)
    }

    /// A table's cells copied one to a line, each with a list of its own (corpus/real fresh-454).
    @Test func listsInsideATablesCellsAreNoOutline() throws {
        let cells = "目标任务 |\n进展情况 |\n1.开展专项整治;2.印发科普宣传方案;3.启动进校园活动;4.推广适宜技术 |\n1.已开展专项整治; |\n"
            + "1.印发科普宣传方案;2.启动进校园活动;3.推广适宜技术;5.完成局部涂氟 |\n1.已印发科普宣传方案; |\n"
        #expect(try findings(cells).isEmpty)
        // The same lists as the document's own lines are an outline: 1. repeats, and 5. skips 4.
        #expect(try !findings(cells.replacingOccurrences(of: " |", with: "")).isEmpty)
    }

    @Test func anItemThatOpensWithAQuoteStillCounts() throws {
        // `2、“七苗”接种率`: without it, 3、 would read as a skip (corpus/real fresh-353).
        let text = "计划免疫自查方案 工作指标 1、建卡率:12月龄儿童建卡率达98%以上。 2、“七苗”接种率:全程接种率达95%以上。"
            + " 3、乙肝疫苗接种及时率:首针及时接种率达90%以上。 4、《预防接种证》查验率达100%。 5、漏种补种率达95%以上。\n"
        #expect(try findings(text).isEmpty)
    }

    /// A second run-in list of 一要 after a colon (`在综合管理层面:一要…`, fresh-785) starts again; one
    /// that goes back to 一要 after a full stop does not.
    @Test func aRunInListAfterAColonStartsAgain() throws {
        let text = "主任提出要求:在业务工作层面,一要推进科研工作;二要提升业务能力;三要加强部门协作。在综合管理层面:一要加强人才队伍建设;二要力推信息建设。\n"
        #expect(try findings(text).isEmpty)
        let back = "主任提出要求:一要推进科研工作;二要提升业务能力;三要加强部门协作。一要加强人才队伍建设;二要力推信息建设。\n"
        #expect(try findings(back).map(\.match).contains("一要"))
    }

    @Test func threeItemsOrDecimalsAreNoChain() throws {
        // Three numbers prove no list; `2.5` and `V1.` are no markers.
        #expect(try findings("二、工作要求 具体要求:1、每月自查,逐项整改到位。2、每季度督查,通报督查结果。4、年终考核,结果纳入绩效。\n").isEmpty)
        #expect(try findings("一、工作目标 1.覆盖率提高2.5个百分点以上,3.5万人次参与;系统V1.版上线,5.完成培训,6.开展督导,7.年终总结。\n").isEmpty)
    }

    @Test func anOutlineThatOpensAtTwoBelowItsFirstSectionsBodyLostItsFirstHeading() throws {
        let body = "为切实做好创卫各项工作,我镇把创建卫生乡镇列入重要议事日程,成立了由镇长任组长的创卫工作领导小组,落实专职工作人员。"
        let found = try findings("乡镇创卫工作总结\n\(body)\n二、加强舆论宣传,营造良好创卫工作氛围\n三、规范管理\n")
        #expect(found.map(\.match) == ["二、"])
        #expect(found.map(\.replacement) == ["一、"])
        // An excerpt that opens at 二、, and a 一、 run on into the title line, are no such loss.
        #expect(try findings("二、加强舆论宣传,营造良好创卫工作氛围\n三、规范管理\n").isEmpty)
        #expect(try findings("某镇2024年工作计划 一、总体思路 \(body)\n\(body)\n二、主要任务\n").isEmpty)
        // Its points kept while its heading was lost (`1、` `2、` then `二、`, fresh-426), but not
        // a first heading written with another mark (`一.总体目标`, fresh-267).
        #expect(try findings("卫生院年度工作总结\n\(body)\n1、以病人为中心,提高服务质量。\n2、开展卫生大扫除。\n二、进一步加强医疗质量管理\n三、规范管理\n").map(\.match) == ["二、"])
        #expect(try findings("卫生院结核病防治工作计划\n\(body)\n一.总体目标:\n1、加强项目管理。\n2、做好转诊工作。\n二、业务措施\n").filter { $0.match == "二、" }.isEmpty)
        // A compilation page's piece label glued to the first heading (fresh-744).
        #expect(try findings("村委会环境整治方案范文(精选5篇)\n\(body)\n村委会环境整治方案范文(精选5篇)1一、工作目标\n\(body)\n二、主要整治内容\n").isEmpty)
    }
}
