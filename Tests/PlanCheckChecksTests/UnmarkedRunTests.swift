import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// Lists run on in one paragraph whose numbers all lost their marks (`…指标1每月…。2落实…`), as
/// pages copied from sharing sites read them (corpus/real fresh-196, fresh-114).
@Suite struct UnmarkedRunTests {
    private static let rule = BundledRuleFixture.rules("structure.numbering")

    private func findings(_ text: String) throws -> [Finding] { try BundledRuleFixture.findings(text, rules: Self.rule) }

    @Test func digitsTakeTheMarkThePlansOtherItemsUse() throws {
        let text = """
        一、工作目标
        1.提高住院分娩率。
        2.降低孕产妇死亡率。
        二、工作措施
        具体如下:1加强高危孕妇管理。2建立转诊绿色通道。3落实保健手册发放。
        """
        let found = try findings(text)
        #expect(found.map(\.match) == ["1", "2", "3"])
        #expect(found.map(\.replacement) == ["1.", "2.", "3."])
        #expect(found.allSatisfy { $0.span?.start.line == 5 })
    }

    @Test func chineseNumeralsTakeADunhao() throws {
        let found = try findings("二、工作思路\n重点做好以下工作:一加强公共卫生体系建设。二进一步强化疾病防治。三完善基层网络。\n")
        #expect(found.map(\.match) == ["一", "二", "三"])
        #expect(found.map(\.replacement) == ["一、", "二、", "三、"])
    }

    /// A first `一` glued to the heading before it counts where that heading named the item
    /// (fresh-196's `…总体目标与具体工作指标一总体目标…。二具体工作指标…`); a word's 一 does not.
    @Test func aGluedOneCountsWhereTheHeadingNamedItsItem() throws {
        let found = try findings("一、总体目标与具体工作指标一总体目标降低孕产妇死亡率。二具体工作指标每月上报报表。\n")
        #expect(found.map(\.match) == ["一", "二"])
        #expect(found.map(\.replacement) == ["一、", "二、"])
        #expect(try findings("一、工作目标\n进一步加强孕产妇管理。二手烟危害宣传要加强。统一部署。三完善制度。\n").isEmpty)
        #expect(try findings("一、工作目标\n做好总体部署一总体安排到位。另外,二具体工作指标每月上报。\n").isEmpty)
    }

    /// Each number on a line of its own is a heading's business (UnmarkedHeading), and a run that
    /// does not start at 1 is prose with figures in it.
    @Test func aRunIsOneParagraphCountingFromOne() throws {
        #expect(try findings("二、工作措施\n具体如下:1加强高危孕妇管理。\n2建立转诊绿色通道。\n").isEmpty)
        #expect(try findings("二、工作措施\n全年任务较重。3加强高危孕妇管理。4建立转诊绿色通道。\n").isEmpty)
    }
}
