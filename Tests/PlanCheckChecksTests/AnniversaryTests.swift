import Testing
@testable import PlanCheckChecks

/// An anniversary's count of years names the year it falls in: read in Arabic and Chinese
/// numerals, in traditional characters too, and recounted for the document's year.
@Suite struct AnniversaryTests {
    @Test(arguments: [
        ("爱国卫生运动70周年", 70), ("新中国成立七十四周年", 74), ("建党100周年", 100), ("愛國衛生運動66周年", 66), ("公开信发表二十五周年", 25),
    ] as [(String, Int)])
    func readsTheYears(_ text: String, _ expected: Int) {
        #expect(Anniversary.years(in: text) == expected)
    }

    @Test func readsNoYearsWithoutACount() {
        #expect(Anniversary.years(in: "建党周年") == nil)
        #expect(Anniversary.years(in: "爱国卫生运动70年") == nil)
        #expect(Anniversary.years(in: "建党十十周年") == nil)
    }

    @Test func recountsForTheDocumentsYear() {
        #expect(Anniversary.recounted("爱国卫生运动70周年", years: 71) == "爱国卫生运动71周年")
        #expect(Anniversary.recounted("新中国成立七十四周年", years: 75) == "新中国成立75周年")
    }
}
