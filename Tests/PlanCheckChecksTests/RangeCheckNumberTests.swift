import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckChecks
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

@Suite struct RangeCheckNumberTests {
    @Test(arguments: [
        ("率达到105.5%", 105.5), ("覆盖率98%以上", 98), ("2024年接种率达到101.%", 101), ("第3.5.1条", 1), ("率为1.25%", 1.25),
    ] as [(String, Double)])
    func readsTheLastNumber(_ text: String, _ expected: Double) {
        #expect(RangeCheck.lastNumber(in: Array(text.utf16)) == expected)
    }

    @Test func findsNoneWithoutDigits() {
        #expect(RangeCheck.lastNumber(in: Array("率达到百分之百".utf16)) == nil)
        #expect(RangeCheck.lastNumber(in: Array(".%".utf16)) == nil)
    }
}
