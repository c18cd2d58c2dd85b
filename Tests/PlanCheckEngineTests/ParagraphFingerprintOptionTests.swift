import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Only the audit's run computes paragraph fingerprints; its findings are the check's.
@Suite struct ParagraphFingerprintOptionTests {
    @Test func fingerprintsComeOnlyWithTheAuditsRunAndChangeNoFinding() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "某县卫生健康局2025年工作计划\n一、加强医院感染防控工作，严格落实预检分诊、院感监测和医疗废物管理制度，全年开展院感督查不少于四次。\n二、深入开展爱国卫生月活动，组织城乡环境卫生整洁行动，做好除四害和病媒生物防制工作，落实20xx年计划。\n"
        let url = try folder.write(Data(text.utf8), to: "plan.txt")
        let files = [DiscoveredFile(url: url, displayPath: "plan.txt")]
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        var withPrints: [FingerprintedResult] = []
        engine.checkWithFingerprints(files: files, jobs: 1) { _, checked in withPrints += checked }
        let without = engine.check(files: files, jobs: 1).documents
        #expect(withPrints.count == 1 && withPrints.allSatisfy { $0.paragraphFingerprints.count == 2 })
        #expect(without.map(\.findings) == withPrints.map(\.result.findings))
        #expect(without.map(\.elements) == withPrints.map(\.result.elements))
    }
}
