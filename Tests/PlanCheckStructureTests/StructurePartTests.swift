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

@Suite struct StructurePartTests {
    private func parts(_ text: String, declared: DocumentKind?) -> (Document, [Part]) {
        let document = Document(path: "t.txt", text: text)
        let headings = HeadingParser.headings(in: document)
        let range = 0..<document.utf16.count
        return (document, PartDetector.parts(of: document, in: range, headings: headings, declaredKind: declared, skippingLines: [1]))
    }

    private func lines(_ document: Document, _ part: Part) -> ClosedRange<Int> {
        let map = document.sourceMap
        return map.position(of: part.range.lowerBound).line...map.position(of: max(part.range.lowerBound, part.range.upperBound - 1)).line
    }

    private let summaryAndPlan = """
    县卫生健康局2023年工作总结暨2024年工作计划
    一、工作情况
    （一）疫情防控平稳有序。
    （二）医疗服务能力提升。
    二、存在问题
    基层人才短缺。
    三、下一步工作计划
    （一）加强院感防控。
    （二）开展爱国卫生月活动。
    四、保障措施
    加强组织领导。
    """

    /// A weak part word heads a phrase only at its end: `坚持规划先行` is what a summary's section did
    /// (corpus/real fresh-236), and `主要工作措施` a plan's measures, not its review (fresh-325).
    @Test func aWeakWordInsideAHeadingOpensNoPart() {
        let (document, found) = parts("某市卫生和计划生育委员会2016年工作总结及2017年工作计划\n2016年，全市卫生计生工作取得新进展。\n"
            + "一、坚持规划先行,健康广州工作扎实推进\n（一）卫生强市政策文件高标准出台\n（二）卫生与健康规划全方位推进\n", declared: .summaryPlan)
        #expect(found.map(\.kind) == [.summary])
        #expect(found.first.map { lines(document, $0) } == 1...5)
        let (_, plan) = parts("健康教育活动实施方案\n一、指导思想\n二、工作目标\n三、主要工作措施\n（一）建立固定的健康教育阵地\n", declared: .plan)
        #expect(plan.map(\.kind) == [.plan])
    }

    /// A compilation repeats each piece's title, numbered (`…工作总结及下半年工作计划1`, fresh-411): a
    /// line that names a summary and a plan both titles the whole, it opens no plan part.
    @Test func aPieceTitleNamingSummaryAndPlanOpensNoPart() {
        let (_, found) = parts("卫生健康上半年工作总结范文及下半年工作计划精编4篇\n卫生健康上半年工作总结及下半年工作计划1\n"
            + "一、上半年工作总结\n（一）强引领，下好改革攻坚的先手棋。\n", declared: .summaryPlan)
        #expect(found.map(\.kind) == [.summary])
    }

    /// A Traditional copy's heading (`主要工作開展情況`, fresh-621) is read as its Simplified form.
    @Test func aTraditionalHeadingOpensItsPart() {
        let (_, found) = parts("區衛健局\n一、2022年工作開(kāi)展情況\n（一）全力以赴守牢疫情防控底線\n二、2023年工作安排\n（一）加强院感防控\n", declared: nil)
        #expect(found.map(\.kind) == [.summary, .plan])
    }

    /// The head noun comes last: `上半年重点工作及特色亮点` reports highlights, it plans nothing.
    @Test func aHeadingEndingInHighlightsOpensASummary() {
        let text = "区卫生健康局2022年上半年工作总结和下半年工作计划\n今年以来，全区卫生健康工作平稳推进。\n一、上半年重点工作及特色亮点\n（一）家庭医生签约覆盖率达到45%。\n"
        let (_, found) = parts(text, declared: .summaryPlan)
        #expect(found.map(\.kind) == [.summary])
    }

    /// The year's projects and tasks set out last in a heading (`二、2023年主要工作和重点项目安排`,
    /// fresh-790) open a plan part; the summary's 主要工作 inside it does not decide.
    @Test func aHeadingEndingInTheYearsArrangementsOpensAPlan() {
        let text = "卫健委2022年工作总结及2023年工作计划\n一、2022年工作开展情况\n开展健康促进区创建。\n二、2023年主要工作和重点项目安排\n(一)抓好疫情防控。\n"
        #expect(parts(text, declared: .summaryPlan).1.map(\.kind) == [.summary, .plan])
    }

    /// A heading naming a plan for the years ahead (`十四五期间卫健发展规划`) opens a plan part,
    /// as a 工作计划 heading does; one that reports on a plan's completion stays a summary.
    @Test func aHeadingEndingInAPlanForTheYearsAheadOpensAPlan() {
        let text = "县卫生健康局2021年工作总结及2022年工作计划\n一、2021年工作开展情况\n完成疫苗接种10万剂次。\n二、存在的问题\n专业人员紧缺。\n三、十四五期间卫健发展规划\n二是在中期内以强县域医疗质量为主。\n"
        let (_, found) = parts(text, declared: .summaryPlan)
        #expect(found.map(\.kind) == [.summary, .problems, .plan])
        let report = "县卫生健康局2021年工作总结\n一、十三五规划完成情况\n各项指标全面完成。\n"
        #expect(parts(report, declared: .summary).1.map(\.kind) == [.summary])
    }

    @Test func summaryProblemsAndPlanFollowTheirHeadings() {
        let (document, found) = parts(summaryAndPlan, declared: .summaryPlan)
        #expect(found.map(\.kind) == [.summary, .problems, .plan])
        #expect(found.map { lines(document, $0) } == [2...4, 5...6, 7...11])
        #expect(found.map(\.headingLine) == [2, 5, 7])
        // A sibling section after the plan heading (四、保障措施) stays in the plan.
        #expect(document.text(in: found[2].range).contains("加强组织领导"))
    }

    @Test func halfWidthMarkersAndPlainHeadingLinesWork() {
        let text = """
        镇卫生院工作总结和明年工作打算
        今年以来工作开展情况
        (一)门诊量增长。
        存在的不足
        人员不足。
        明年工作打算：
        (一)推进家庭医生签约。
        """
        let (document, found) = parts(text, declared: .summaryPlan)
        #expect(found.map(\.kind) == [.summary, .problems, .plan])
        #expect(found.map { lines(document, $0) } == [2...3, 4...5, 6...7])
    }

    @Test func aPlanWithoutSummaryHeadingsIsPlanThroughout() {
        let text = "卫生院2024年工作计划\n一、背景\n二、主要问题\n人员不足。\n三、目标\n（一）免疫规划。"
        let (document, found) = parts(text, declared: .plan)
        #expect(found.first?.kind == .plan)
        #expect(found.first?.range == 0..<document.utf16.count)
        // The background's problems section is kept, nested inside the plan.
        #expect(found.dropFirst().map(\.kind) == [.problems])
        #expect(lines(document, found[1]) == 3...4)
    }

    @Test func aTruncatedSummaryAndPlanHasNoPlanPart() {
        let text = "县卫健委2023年上半年工作总结和下半年工作计划\n一、上半年主要工作开展情况\n（一）党建。\n（二）医疗。\n............试读结束............"
        let (_, found) = parts(text, declared: .summaryPlan)
        #expect(found.map(\.kind) == [.summary])
    }

    @Test func aNestedNextStepOpensAPlanInsideTheSummary() {
        let text = """
        卫生院2023年工作总结
        一、公共卫生
        （一）免疫规划。
        （二）下一步打算
        加强冷链管理。
        二、医疗服务
        （一）门诊。
        """
        let (document, found) = parts(text, declared: .summary)
        #expect(found.map(\.kind) == [.summary, .plan])
        #expect(lines(document, found[0]) == 1...7)
        #expect(lines(document, found[1]) == 4...5)
    }

    @Test func aSummaryWithLaterPartsIsSummaryUpToThem() {
        let text = "职业卫生工作总结\n一、加强领导\n二、完善制度\n三、存在问题\n1、意识不足。\n四、下步工作安排\n1、加强宣传。"
        let (document, found) = parts(text, declared: .summary)
        #expect(found.map(\.kind) == [.summary, .problems, .plan])
        #expect(found[0].headingLine == nil)
        #expect(lines(document, found[0]) == 1...3)
    }

    @Test func weakPlanWordsDoNotMakeASummaryAPlan() {
        // In a summary, 工作目标到位 reports a target met.
        let text = "学校卫生工作总结\n一、思想认识到位\n二、工作目标到位\n三、实施措施到位"
        let (_, found) = parts(text, declared: .summary)
        #expect(found.map(\.kind) == [.summary])
        let (_, planFound) = parts("卫生院工作要点\n一、工作目标\n二、重点工作", declared: .plan)
        #expect(planFound.map(\.kind) == [.plan])
    }

    @Test func theHeadNounDecidesAMixedHeading() {
        let text = "区卫生局年工作计划总结\n1、区卫生局年工作计划总结内容纠错，正文。\n2、投资6163万元。"
        let (_, found) = parts(text, declared: .summary)
        #expect(!found.contains { $0.kind == .plan })
    }

    @Test func aMarkerSplitByThePageBreakStillOpensThePlan() {
        // A site's page marker cut 三、工作计划 into 三 + 5、、工作计划.
        let text = "卫生健康局工作总结暨工作计划\n1、文本为Word版本 一、工作情况 (一)疫情防控。\n5、、工作计划 (一)慎终如始抓好疫情防控。"
        let (document, found) = parts(text, declared: .summaryPlan)
        #expect(found.map(\.kind) == [.summary, .plan])
        #expect(lines(document, found[1]) == 3...3)
    }

    @Test func anUnnumberedPartInsideAWholePlanEndsAtTheNextPartHeading() {
        let text = "卫生院工作计划\n存在问题\n人员不足。\n工作目标\n免疫接种率达95%。"
        let (document, found) = parts(text, declared: .plan)
        #expect(found.map(\.kind) == [.plan, .problems])
        #expect(lines(document, found[1]) == 2...3)
    }
}
