import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// A lettered list whose one item lost the mark the others keep (`A检查库房…` above `B、…` `C、…`),
/// as a 消杀 plan's standards read (corpus/real fresh-192).
@Suite struct UnmarkedLetterItemTests {
    private static let rule = BundledRuleFixture.rules("structure.numbering")

    private func findings(_ text: String) throws -> [Finding] { try BundledRuleFixture.findings(text, rules: Self.rule) }

    @Test func theItemWithoutItsMarkTakesTheSiblingsMark() throws {
        let text = """
        3、消杀工作标准
        A检查库房或地下室，目视无蚊虫。
        B、检查办公室，目视无苍蝇孳生地。
        C、检查室内和污雨井。
        D.抽检楼道。
        """
        let found = try findings(text)
        #expect(found.map(\.match) == ["A"])
        #expect(found.map(\.replacement) == ["A、"])
        #expect(found.first?.span?.start.line == 2)
    }

    @Test func itemsMayRunOverLinesAndUseDots() throws {
        let found = try findings("四、要求\nA.穿好防护衣帽。\n药品按要求稀释。\nB.对上述地区进行喷杀。\nC不要在客人进出时喷药。\n")
        #expect(found.map(\.match) == ["C"])
        #expect(found.map(\.replacement) == ["C."])
    }

    /// Capitals that open words (A群, B超), a list marked throughout, and one whose marks are too
    /// few to say which the author meant are left alone.
    @Test func lettersOutsideAMarkedListAreNoItems() throws {
        #expect(try findings("一、接种\nA群流脑疫苗第一剂次\nA群流脑疫苗第二剂次\nB超检查\n").isEmpty)
        #expect(try findings("一、要求\nA、穿好防护衣帽。\nB、稀释药品。\nC、进行喷杀。\n").isEmpty)
        #expect(try findings("一、要求\nA穿好防护衣帽。\nB稀释药品。\nC、进行喷杀。\n").isEmpty)
        #expect(try findings("一、要求\nA检查库房。\nB、检查办公室。\n").isEmpty)
    }
}
