import Testing
@testable import PlanCheckChecks

/// A campaign's count names its year (`第35个爱国卫生月` is 2023's): read in Arabic and Chinese
/// numerals, in traditional characters too, and recounted for the document's year.
@Suite struct CountedCampaignTests {
    @Test(arguments: [
        ("第35个爱国卫生月", 35), ("第三十個“愛國衛生月", 30), ("第十八个职业病防治法宣传周", 18), ("第二十一个爱国卫生月", 21),
    ] as [(String, Int)])
    func readsTheCount(_ text: String, _ expected: Int) {
        #expect(CountedCampaign.count(in: text) == expected)
    }

    @Test func readsNoCountWithoutOne() {
        #expect(CountedCampaign.count(in: "第个爱国卫生月") == nil)
        #expect(CountedCampaign.count(in: "全国爱国卫生月") == nil)
    }

    @Test func recountsForTheDocumentsYear() {
        #expect(CountedCampaign.recounted("第35个爱国卫生月", firstYear: 1989, year: 2024) == "第36个爱国卫生月")
        #expect(CountedCampaign.recounted("第十八个职业病防治法宣传周", firstYear: 2002, year: 2022) == "第21个职业病防治法宣传周")
    }
}
