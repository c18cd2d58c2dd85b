import Testing
@testable import PlanCheckStructure
import PlanCheckTestSupport

/// Titles that carry their year in a shape the plain `2024年` reading misses.
@Suite struct StructureTitleYearTests {
    private func year(_ text: String) -> Int? { firstPieceOutline(text).year }

    /// `2011上半年`: the year written without its 年 before 上半年 or 下半年.
    @Test func aYearBeforeAHalfYearIsRead() {
        #expect(year("妇幼保健院2011上半年工作总结\n一、工作开展情况") == 2011)
        #expect(year("生态环境局分局2023上半年工作总结和2023下半年工作计划\n一、工作开展情况") == 2023)
        #expect(year("卫生院20xx下半年工作计划\n一、工作目标") == nil)
        #expect(year("县卫生局上半年工作总结\n一、工作开展情况") == nil)
    }

    /// A sharing site's copy of the title lost its year (`市年卫生系统…`); the text gives it whole.
    @Test func aYearTheSiteStrippedFromTheTitleIsReadWhereTheTextGivesIt() {
        let page = "市年卫生系统安全生产大检查活动方案.docx\n下面是小编为大家整理的市年卫生系统安全生产大检查活动方案，供大家参考。 市2023年卫生系统安全生产大检查活动方案 为做好市卫生系统安全生产工作，制定本方案。\n一、总体要求"
        #expect(year(page) == 2023)
        // The same words with another year in between are not the title; a bare 年 of a word (上半年) is no stripped year.
        let body = "\n一、总体要求\n进一步落实医疗卫生单位安全生产主体责任。\n二、检查范围\n"
        #expect(year("市年卫生系统安全生产大检查活动方案" + body + "市2023年度卫生系统工作会议已经召开。") == nil)
        #expect(year("县卫生局半年工作总结" + body + "县卫生局2019年半年工作总结如下。") == nil)
    }
}
