import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// One rule's findings in one document stop at the run's limit and the rest are counted; a
/// finding on a very long line carries a window of it, not the whole line.
@Suite struct FindingCapTests {
    static let rule = """
        id: custom.county
        kind: forbid
        message: '占位符「{match}」'
        patterns: [XX县]
        """

    func findings(_ text: String, limit: Int) throws -> [Finding] {
        let engine = try Engine(rules: [try RuleLoader.standard.rule(fromYAML: Self.rule, file: "custom.yml")], findingLimit: limit)
        return engine.check(Document(path: "plan.txt", text: text)).flatMap(\.findings)
    }

    @Test func findingsPastTheLimitAreCountedInOne() throws {
        let found = try findings("某县2025年工作计划\n" + String(repeating: "XX县开展工作，", count: 8_000) + "\n", limit: 100)
        #expect(found.filter { $0.ruleID == "custom.county" }.count == 100)
        let capped = try #require(found.first { $0.ruleID == BuiltInFinding.findingsCapped })
        #expect(capped.message == "规则 custom.county 在本文档中另有 7900 处同类问题未列出（每条规则每份文档最多列出 100 处）")
        #expect(capped.severity == .info && capped.span == nil)
    }

    @Test func atTheLimitNothingIsCapped() throws {
        let found = try findings("某县2025年工作计划\n" + String(repeating: "XX县开展工作，", count: 100) + "\n", limit: 100)
        #expect(found.filter { $0.ruleID == "custom.county" }.count == 100)
        #expect(!found.contains { $0.ruleID == BuiltInFinding.findingsCapped })
    }

    @Test func aFindingOnALongLineCarriesAWindowOfIt() throws {
        let line = String(repeating: "加强院感防控工作。", count: 300) + "XX县" + String(repeating: "落实预检分诊。", count: 300)
        let found = try findings("某县2025年工作计划\n" + line + "\n", limit: 100)
        let finding = try #require(found.first { $0.ruleID == "custom.county" })
        let text = try #require(finding.lineText)
        #expect(text.utf16.count <= LineExcerpt.context * 2 + 3)
        // The window starts where the finding's column, less the window's start, finds the match.
        let start = finding.span!.start.column - finding.lineTextColumn
        #expect(Array(text.unicodeScalars)[start..<start + 3].map(String.init).joined() == "XX县")
        #expect(finding.span?.start.column == 2701 && finding.lineTextColumn == 2701 - LineExcerpt.context)
    }

    @Test func aShortLineIsCarriedWhole() throws {
        let found = try findings("某县2025年工作计划\n一、XX县加强院感防控。\n", limit: 100)
        let finding = try #require(found.first { $0.ruleID == "custom.county" })
        #expect(finding.lineText == "一、XX县加强院感防控。" && finding.lineTextColumn == 1)
    }

    @Test func theConfigurationAndTheFlagSetTheLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Data("max-findings-per-rule: 3\n".utf8), to: ".plancheck.yml")
        var options = SessionOptions()
        options.workingDirectory = folder.url
        #expect(try Session(options).engine().findingLimit == 3)
        options.findingLimit = 0
        #expect(try Session(options).engine().findingLimit == .max)
        options.usesConfiguration = false
        options.findingLimit = nil
        #expect(try Session(options).engine().findingLimit == Engine.defaultFindingLimit)
        let typo = try #require(throws: RuleLoadError.self) { try ConfigurationLoader.parse("max-findings-per-rule: -1\n", file: "c.yml") }
        #expect(typo.line == 1 && typo.column == 24)
    }
}
