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
        // 著 is also a Simplified character (显著): it must stay.
        #expect(TextNormalizer.fold("成效顯著") == "成效显著")
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
