import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// Issue 19, item 20: the bundled `hygiene.rate-over-100` and `structure.numbering` rules on the
/// shapes real plans use — a completion rate above 100%, and a table of contents before the body.
@Suite struct RateAndContentsTests {
    private static let rules: [Rule] = {
        do {
            return try RuleLoader.standard.defaultRules().filter { ["hygiene.rate-over-100", "structure.numbering"].contains($0.id) }
        } catch {
            fatalError("cannot load the bundled rules: \(error)")
        }
    }()

    private func findings(_ ruleID: String, _ text: String) throws -> [Finding] {
        try Engine(rules: Self.rules).check(Document(path: "t.txt", text: text)).flatMap(\.findings).filter { $0.ruleID == ruleID }
    }

    @Test func completionAndGrowthRatesMayExceedAHundred() throws {
        let text = """
        一、工作总结
        家庭医生签约任务完成率达112.6%，门诊人次增长率120%，病床使用率103%，预算执行率101%。
        """
        #expect(try findings("hygiene.rate-over-100", text).isEmpty)
    }

    @Test func populationRatesMayNot() throws {
        let text = """
        一、工作目标
        儿童预防接种率达到105%，高血压患者规范管理率为101.5%，居民健康知识知晓率达110%，
        孕产妇系统管理覆盖率102%，饮用水水质达标率为100%。
        """
        #expect(try findings("hygiene.rate-over-100", text).map(\.match) == ["接种率达到105%", "管理率为101.5%", "知晓率达110%", "覆盖率102%"])
    }

    /// Found by fuzz-reports: looking for a table of contents (when numbering goes back to 1)
    /// read past the text when the document's last line is spaces and one character.
    @Test func aLastLineOfSpacesIsReadWithinTheText() throws {
        for last in ["   a", "\u{3000}\u{3000}x", "  \u{FFFD}"] {
            let found = try findings("structure.numbering", "一、工作目标\n二、主要任务\n一、保障措施\n" + last)
            #expect(found.map(\.match) == ["一、"], "\(last)")
        }
    }

    @Test func aTableOfContentsIsNotANumberingSequence() throws {
        // NBSP between 目 and 录 and before the page numbers, dot leaders, tabs: as Word exports them.
        let contents = [
            "目\u{A0}\u{A0}录\n一、工作目标\u{A0}……………\u{A0}1\n二、主要任务……………2\n三、保障措施……………3\n",
            "目录：\n一、工作目标\t1\n（一）总体目标\t1\n（二）具体目标\t2\n二、主要任务\t2\n三、保障措施\t3\n",
            "目　录\n1. 工作目标 .......... 1\n2. 主要任务 .......... 2\n3. 保障措施 .......... 3\n",
        ]
        let body = "一、工作目标\n（一）总体目标\n全年完成。\n（二）具体目标\n二、主要任务\n开展工作。\n三、保障措施\n加强领导。\n"
        for toc in contents {
            let text = "某县卫生健康局2025年工作计划\n" + toc + body
            #expect(try findings("structure.numbering", text).isEmpty, "\(toc)")
        }
        // The body is still checked: a skip after the contents is reported.
        let skipped = "某县卫生健康局2025年工作计划\n" + contents[0] + "一、工作目标\n全年完成。\n三、保障措施\n"
        #expect(try findings("structure.numbering", skipped).map(\.match) == ["三、"])
    }
}
