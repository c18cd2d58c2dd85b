import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// A sub-heading repeated after the list under it (`(一)复工前`, its `1、…5、`, then `(一)复工后`
/// where `(二)` belongs: corpus/real fresh-384) is a repeat; a list that starts again under each
/// item of another list, or an excerpt cut inside a list, is none.
@Suite struct RepeatedSubheadingTests {
    private static let rule = BundledRuleFixture.rules("structure.numbering")

    private func findings(_ text: String) throws -> [Finding] { try BundledRuleFixture.findings(text, rules: Self.rule) }

    @Test func aSubheadingRepeatedAfterItsListIsReported() throws {
        let text = "防疫防控方案\n一、防控时间\n二、防控措施\n(一)复工前\n1、员工活动台账\n2、场地预先消毒\n(一)复工后\n1、防疫知识培训\n2、体温测量\n"
        let found = try findings(text)
        #expect(found.map(\.match) == ["(一)"])
        #expect(found.map(\.replacement) == ["(二)"])
        #expect(found.first?.span?.start.line == 7)
    }

    @Test func aListStartingAgainUnderEachItemIsNoRepeat() throws {
        let text = "工作计划\n一、重点工作\n1、院感管理\n(一)手卫生\n(二)消毒隔离\n2、医疗质量\n(一)病历质控\n(二)处方点评\n"
        #expect(try findings(text).isEmpty)
    }

    @Test func anExcerptCutInsideAListIsNoRepeat() throws {
        let text = "卫生监督工作计划\n(3)抓好学校食品安全\n(4)推行供水单位卫生许可\n(5)推行公共场所量化分级\n3、加强传染病防治监督执法\n(1)宣传《传染病防治法》\n(2)开展疫情报告监督检查\n"
        #expect(try findings(text).isEmpty)
    }
}
