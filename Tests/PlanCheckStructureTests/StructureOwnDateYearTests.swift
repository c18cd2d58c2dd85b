import Testing
@testable import PlanCheckStructure
import PlanCheckTestSupport

/// A piece whose title and opening name no year is dated by what it says of itself further on:
/// the year it sets work for, the date it is signed, or the date its government portal gives it.
/// Without a year no stale reference would be checked at all.
@Suite struct StructureOwnDateYearTests {
    private func year(_ text: String) -> Int? { firstPieceOutline(text).year }

    private let undatedOpening = "县卫生工作计划\n一、宣传教育\n坚持大宣传、大联合的发展战略，加强同新闻媒体的合作。\n搭建多元的新型生育文化建设平台。\n"

    @Test func aSentenceSettingTheYearsWorkDatesIt() {
        #expect(year(undatedOpening + "二、卫生工作\n2009年全县卫生工作重点是：贯彻落实省、市卫生工作会议精神。") == 2009)
        #expect(year(undatedOpening + "二、总体要求\n2021年爱国卫生工作的总体要求是：巩固国家卫生县城成果。") == 2021)
        // A target year, or a year in another clause, sets nothing.
        #expect(year(undatedOpening + "二、目标\n到2025年全县卫生工作目标是：人均预期寿命提高1岁。") == nil)
        #expect(year(undatedOpening + "二、回顾\n2019年，全县卫生工作重点是医共体建设。") == nil)
    }

    @Test func theDateItIsSignedDatesIt() {
        let notice = undatedOpening + "二、工作要求\n各单位要高度重视。\n某镇人民政府\n"
        #expect(year(notice + "二○一一年十一月十九日") == 2011)
        #expect(year(notice + "2023年7月13日") == 2023)
        // A portal's banner with the weekday is the day the page was read; a month alone signs nothing.
        #expect(year(notice + "2024年04月27日 星期六") == nil)
        #expect(year(notice + "2023年7月") == nil)
        // A date under a field that names a time is that event's.
        #expect(year(undatedOpening + "二、献血时间\n2023年3月29日\n三、献血对象\n") == nil)
    }

    @Test func aGovernmentPortalsDateDatesIt() {
        let body = "一、加强组织领导\n各单位要高度重视。\n二、强化督导考核\n"
        #expect(year("县卫生健康局工作要点\n索引号: | 1133/2021-51398 | 公开形式: | 主动公开 |\n发布机构: | 卫健局 | 生成日期: | 2020-01-24 |\n" + body) == 2020)
        #expect(year("关于推进健康行动的实施意见的政策解读\n发布:2021-04-25 10:34:00\n" + body) == 2021)
        // The page's own updates and a bare time are no date of the text.
        #expect(year("县卫生健康局工作要点\n更新时间:2022-05-04\n" + body) == nil)
        #expect(year("县卫生健康局工作要点\n时间:2023-03-02 来源:网络\n" + body) == nil)
        // The date it is signed comes before the portal's.
        #expect(year("县卫生健康局工作要点\n公开日期: | 2022-04-06 11:31:01 |\n" + body + "县卫生健康局\n二○一一年十一月十九日") == 2011)
    }
}
