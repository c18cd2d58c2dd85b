import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// A start that checks one document reads and outlines it while the rules load
/// (`Engine.prepareAhead`); the check that follows must be the one it would have made anyway.
/// Serialized: the copy made ahead is one per process.
@Suite(.serialized) struct PreparedAheadTests {
    let plan = "XX镇卫生院2025年工作计划\n一、加强院感防控，落实感控督查。\n二、按照县卫计委要求开展工作。\n"

    private func summary(_ results: [DocumentResult]) -> [String] {
        results.flatMap { result in
            result.findings.map { "\(result.path) \($0.ruleID) \($0.span?.start.line ?? 0):\($0.span?.start.column ?? 0) \($0.message)" }
        }
    }

    @Test func aDocumentPreparedAheadGivesTheFindingsOfOneReadAtItsCheck() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let file = DiscoveredFile(url: try temporary.write(Data(plan.utf8), to: "计划.txt"), displayPath: "计划.txt")
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let readThen = summary(engine.checkFile(file))
        Engine.prepareAhead(file)
        let preparedAhead = summary(engine.checkFile(file))
        #expect(readThen.contains { $0.contains("卫计委") })
        #expect(preparedAhead == readThen)
    }

    @Test func theCopyMadeAheadIsUsedOnceAndOnlyForItsFile() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let url = try temporary.write(Data(plan.utf8), to: "计划.txt")
        let file = DiscoveredFile(url: url, displayPath: "计划.txt")
        let other = DiscoveredFile(url: try temporary.write(Data("2025年工作计划\n一、按照卫计委要求。\n".utf8), to: "其他.txt"), displayPath: "其他.txt")
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        Engine.prepareAhead(file)
        // Another file's check does not take it.
        #expect(summary(engine.checkFile(other)).contains { $0.hasPrefix("其他.txt") })
        // The author saves the file after it was read: the check reports the text as read, the
        // next check reads the file again.
        try Data(plan.replacingOccurrences(of: "县卫计委", with: "县卫健委").utf8).write(to: url)
        #expect(summary(engine.checkFile(file)).contains { $0.contains("卫计委") })
        #expect(!summary(engine.checkFile(file)).contains { $0.contains("卫计委") })
    }

    @Test func aFileThatCannotBeReadAheadIsReportedAtItsCheck() throws {
        let file = DiscoveredFile(url: URL(fileURLWithPath: "/nonexistent/计划.docx"), displayPath: "计划.docx")
        var engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        engine.language = .en
        let readThen = summary(engine.checkFile(file))
        Engine.prepareAhead(file)
        let preparedAhead = summary(engine.checkFile(file))
        #expect(readThen.count == 1)
        #expect(readThen.first?.contains("cannot read the document") == true)
        #expect(preparedAhead == readThen)
    }
}
