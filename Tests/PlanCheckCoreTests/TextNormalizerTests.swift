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

@Suite struct TextNormalizerTests {
    @Test func foldsFullWidthFormsAndTraditionalCharacters() {
        #expect(TextNormalizer.fold("（一）４月　ＸＸ县") == "(一)4月 XX县")
        #expect(TextNormalizer.fold("醫院感染管理和愛國衛生運動") == "医院感染管理和爱国卫生运动")
        // 衞 is 衛's variant, as Hong Kong and Taiwan pages write it.
        #expect(TextNormalizer.fold("公共衞生服務") == "公共卫生服务")
        // 著 is also a Simplified character (显著): it must stay.
        #expect(TextNormalizer.fold("成效顯著") == "成效显著")
    }

    /// Every Traditional character Unihan gives a Simplified form for, not a hand-picked few:
    /// reposted Traditional copies write 簽約服務, 護理質量 and 瘧疾 as well as 醫院.
    @Test func foldsTraditionalCharactersBeyondTheCommonOnes() {
        #expect(TextNormalizer.fold("家庭醫生簽約服務") == "家庭医生签约服务")
        #expect(TextNormalizer.fold("瘧疾、痳疹和結核病防治") == "疟疾、痳疹和结核病防治")
        #expect(TextNormalizer.fold("鄉鎮衛生院於後年爲") == "乡镇卫生院于后年为")
        // Simplified text stays as it is (乾 and 著 are GB 2312 characters).
        #expect(TextNormalizer.fold("乾隆年间的著作") == "乾隆年间的著作")
        #expect(TraditionalToSimplified.table.count > 2_500)
    }

    /// The table is filled from `invisibleRanges`, the searches of a text ask `isInvisible`: both
    /// must name the same units, or a zero-width space would be skipped by one and not the other.
    @Test func invisibleRangesAreTheUnitsIsInvisibleAccepts() {
        let differing = (UInt16.min...UInt16.max).filter { unit in
            let inRanges = TextNormalizer.invisibleRanges.contains { $0.contains(unit) }
            let foldsAway = TextNormalizer.fold(unit) == TextNormalizer.ignorable
            return inRanges != TextNormalizer.isInvisible(unit) || foldsAway != TextNormalizer.isInvisible(unit)
        }
        #expect(differing.map { String($0, radix: 16) } == [])
        #expect(TextNormalizer.fold(0x200D) == TextNormalizer.ignorable)
    }

    /// Sharing sites put a pinyin reading after each Traditional character; the words read through it.
    @Test func pinyinReadingsAfterCharactersFoldAway() {
        let z = "\u{200B}"
        #expect(TextNormalizer.fold("國家基本公共衛(wèi)生服務(wù)項(xiàng)目") == "国家基本公共卫\(String(repeating: z, count: 5))生服务\(String(repeating: z, count: 4))项\(String(repeating: z, count: 7))目")
        #expect(TextNormalizer.fold("家庭醫（yī）生") == "家庭医\(String(repeating: z, count: 4))生")
    }

    /// Brackets of a plan's own: Latin without tone marks, or not right after a character.
    @Test func bracketsOfAPlansOwnStay() {
        #expect(TextNormalizer.fold("开展HPV(hpv)疫苗接种") == "开展HPV(hpv)疫苗接种")
        #expect(TextNormalizer.fold("健康教育(jiàn)") == "健康教育\(String(repeating: "\u{200B}", count: 6))")
        #expect(TextNormalizer.fold("达到 (wèi) 标准") == "达到 (wèi) 标准")
        #expect(TextNormalizer.fold("医院(pinyinlong)") == "医院(pinyinlong)")
    }

    @Test func keepsEveryOffset() {
        let text = "（二）開展兩癌篩查😀"
        #expect(TextNormalizer.fold(Array(text.utf16)).count == text.utf16.count)
    }

    @Test func matcherFindsLiteralsInEitherForm() throws {
        let rule = Rule(id: "t.t", title: "t", kind: ForbidCheck(patterns: [.literal("(一)"), .literal("两癌"), .regex("[0-9]+月")]),
                        severity: .error, message: "m")
        let matcher = try RuleMatcher(rules: [rule])
        let text = Array("（一）４月開展兩癌篩查".utf16)
        let found = matcher.matches(in: TextNormalizer.fold(text), range: 0..<text.count)[0]
        #expect(found.map(\.range) == [0..<3, 3..<5, 7..<9])
    }
}
