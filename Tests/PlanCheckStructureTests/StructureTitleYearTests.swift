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

    /// A sharing site prints the title again, with and without quotes, before the file's own
    /// opening (corpus/real fresh-868): the copies do not use up the opening lines read for a year.
    @Test func theTitlesCopiesDoNotHideTheOpeningsYear() {
        let page = "餐桌污染建设食品放心工程年度工作方案.docx\n上传人:b****5 文档编号:11623267\n下载 相关 举报\n下载资源\n资源描述\n"
            + "餐桌污染建设食品放心工程年度工作方案\n“餐桌污染”建设食品放心工程年度工作方案\n2015年度治理“餐桌污染”建设“食品放心\n工程”工作方案\n各村(场)、有关部门:\n"
        #expect(year(page) == 2015)
        // Two lines of the text that are no copy still end the opening before a year further down.
        let plan = "食品放心工程年度工作方案\n各村(场)、有关部门:\n根据乡党委、政府要求,制定本方案。\n一、治理畜牧业产品污染\n2015年完成定点屠宰。"
        #expect(year(plan) == nil)
    }
}
