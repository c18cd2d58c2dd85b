import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit

/// `check` skips the paragraph fingerprints only the audit reads; nothing else changes.
@Suite struct ParagraphFingerprintOptionTests {
    @Test func fingerprintsCanBeLeftOutWithoutChangingFindings() throws {
        let text = "某县卫生健康局2025年工作计划\n一、加强医院感染防控工作，严格落实预检分诊、院感监测和医疗废物管理制度，全年开展院感督查不少于四次。\n二、深入开展爱国卫生月活动，组织城乡环境卫生整洁行动，做好除四害和病媒生物防制工作，落实20xx年计划。\n"
        let document = Document(path: "plan.txt", text: text)
        var engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let withPrints = engine.check(document)
        engine.keepsParagraphFingerprints = false
        let without = engine.check(document)
        #expect(withPrints.allSatisfy { !$0.paragraphFingerprints.isEmpty })
        #expect(without.allSatisfy { $0.paragraphFingerprints.isEmpty })
        #expect(without.map(\.findings) == withPrints.map(\.findings))
        #expect(without.map(\.elements) == withPrints.map(\.elements))
    }
}
