import Foundation
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

@Suite struct RuleLoaderTests {
    let valid = """
    id: health.test-element
    title: 测试要素
    kind: require
    severity: warning
    scope: plan
    any: [院感, {regex: '感染(管理|控制)'}]
    unless-before: [未]
    message: 计划未部署院感工作
    hint: 写明院感措施。
    examples:
      pass: ["三、工作计划\\n加强院感。"]
      fail: ["三、工作计划\\n推进医共体建设。"]
    """

    @Test func loadsEveryField() throws {
        let rule = try RuleLoader.standard.rule(fromYAML: valid, file: "t.yml")
        #expect(rule.id == "health.test-element")
        #expect(rule.pack == "health")
        let kind = try #require(rule.kind as? RequireCheck)
        #expect(rule.severity == .warning)
        #expect(rule.scope == .plan)
        #expect(kind.patterns == [.literal("院感"), .regex("感染(管理|控制)")])
        #expect(kind.unlessBefore == ["未"])
        #expect(rule.examples.pass == ["三、工作计划\n加强院感。"])
        #expect(rule.appliesTo == [.plan, .summary, .summaryPlan])
    }

    @Test func unknownKeyNamesLineColumnAndSuggestion() {
        let text = valid.replacingOccurrences(of: "severity: warning", with: "severty: warning")
        #expect(throws: RuleLoadError(file: "t.yml", line: 4, column: 1,
                                      reason: "unknown key 'severty' (did you mean 'severity'?); allowed: \(RuleLoader.standard.allowedKeys.joined(separator: ", "))")) {
            try RuleLoader.standard.rule(fromYAML: text, file: "t.yml")
        }
    }

    @Test func regexThatDoesNotCompileIsAnErrorAtItsPosition() throws {
        let text = valid.replacingOccurrences(of: "'感染(管理|控制)'", with: "'感染(管理'")
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: text, file: "bad.yml") }
        #expect(error.line == 6)
        #expect(error.column == 19) // the opening quote of the regex
        #expect(error.reason.contains("does not compile"))
        #expect(error.description.hasPrefix("bad.yml:6:19: "))
    }

    /// Issue 19 item 14: a regex that does not compile says why, and where in the pattern.
    @Test(arguments: [("感染(管理", "unbalanced parentheses"), ("[感染", "a [ without its ]"), ("感染{3,1}", "max is less than min"),
                      ("*感染", "quantifier"), ("(?<=感+)染", "look-behind")])
    func aRegexThatDoesNotCompileSaysWhy(pattern: String, reason: String) throws {
        let text = valid.replacingOccurrences(of: "'感染(管理|控制)'", with: "'\(pattern)'")
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: text, file: "bad.yml") }
        #expect(error.reason.hasPrefix("regex '\(pattern)' does not compile: "), "\(error.reason)")
        #expect(error.reason.contains(reason), "\(error.reason)")
    }

    @Test func regexMatchingEmptyStringIsRefused() throws {
        let text = valid.replacingOccurrences(of: "'感染(管理|控制)'", with: "'x*'")
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: text, file: "t.yml") }
        #expect(error.reason.contains("empty string"))
    }

    @Test func wrongEnumValueListsTheChoices() throws {
        let text = valid.replacingOccurrences(of: "severity: warning", with: "severity: fatal")
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: text, file: "t.yml") }
        #expect(error.line == 4)
        #expect(error.column == 11)
        #expect(error.reason == "'severity' must be one of info | warning | error, not 'fatal'")
        // A near miss is named.
        let typo = valid.replacingOccurrences(of: "kind: require", with: "kind: requires")
        let typoError = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: typo, file: "t.yml") }
        #expect(typoError.reason.hasSuffix(", not 'requires' (did you mean 'require'?)"), "\(typoError.reason)")
    }

    @Test func aFolderIsLoadedPastItsBrokenFilesAndEveryErrorIsKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Data(valid.utf8), to: "a/good.yml")
        try folder.write(Data(valid.replacingOccurrences(of: "severity: warning", with: "severity: eror").utf8), to: "b.yml")
        try folder.write(Data("id: local.c\nkind: forbid\npatterns: [测试\nmessage: m\n".utf8), to: "c/broken.yaml")
        let loaded = RuleLoader.standard.loadRules(at: folder.url, displayPath: "mine")
        #expect(loaded.rules.map(\.origin) == ["mine/a/good.yml"])
        #expect(loaded.errors.map(\.file) == ["mine/b.yml", "mine/c/broken.yaml"])
        #expect(loaded.errors.map(\.line) == [4, 4])
        #expect(loaded.errors.first?.reason.hasSuffix("(did you mean 'error'?)") == true)
        // The throwing form stops at the first.
        #expect(throws: loaded.errors[0]) { try RuleLoader.standard.rules(at: folder.url, displayPath: "mine") }
    }

    @Test func brokenYAMLGivesLineAndColumn() throws {
        let text = "id: a.b\nkind: forbid\npatterns: [x\nmessage: m\n"
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: text, file: "t.yml") }
        #expect(error.line != nil)
        #expect(error.reason.hasPrefix("invalid YAML"))
    }

    @Test func duplicateKeyIsRefused() throws {
        let text = valid + "\nkind: forbid\n"
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: text, file: "t.yml") }
        #expect(error.reason.contains("duplicate key 'kind'"))
    }

    @Test func missingMessageAndPatternsAreErrors() throws {
        let noMessage = valid.replacingOccurrences(of: "message: 计划未部署院感工作\n", with: "")
        let first = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: noMessage, file: "t.yml") }
        #expect(first.reason == "missing required key 'message'")
        let noPatterns = "id: a.b\nkind: forbid\nmessage: m\n"
        let second = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: noPatterns, file: "t.yml") }
        #expect(second.reason.contains("needs 'any' or 'patterns'"))
        let noEmptyValueShape = "id: a.b\nkind: empty-value\nmessage: m\n"
        let third = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: noEmptyValueShape, file: "t.yml") }
        #expect(third.reason.contains("needs 'any', 'patterns' or 'bare-labels'"))
        let bareLabelsOnly = "id: a.b\nkind: empty-value\nmessage: m\nbare-labels: [组长, 成员]\n"
        #expect(throws: Never.self) { try RuleLoader.standard.rule(fromYAML: bareLabelsOnly, file: "t.yml") }
    }

    @Test func substituteKeepsTermOrder() throws {
        let text = "id: currency.t\nkind: substitute\nreplace: {卫计委: 卫健委, 新农合: 城乡居民医保}\nmessage: '{match} → {expected}'\n"
        let rule = try RuleLoader.standard.rule(fromYAML: text, file: "t.yml")
        #expect((rule.kind as? SubstituteCheck)?.substitutions.map(\.replacement) == ["卫健委", "城乡居民医保"])
        #expect(rule.searchPatterns == [.literal("卫计委"), .literal("新农合")])
    }

    @Test func aliasesAreRefused() throws {
        let text = "id: a.b\nkind: forbid\nmessage: m\npatterns: &p [a]\nhint: *p\n"
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: text, file: "t.yml") }
        #expect(error.reason.contains("aliases"))
    }

    @Test func defaultRulesLoadWithUniqueIDs() throws {
        let rules = try RuleLoader.standard.defaultRules()
        try RuleLoader.checkUniqueIDs(rules)
        let ids = Set(rules.map(\.id))
        for required in ["health.infection-control", "health.patriotic-health-month", "health.four-pests",
                         "health.two-cancer-screening", "hygiene.placeholder", "hygiene.web-residue", "currency.stale-term"] {
            #expect(ids.contains(required), "missing default rule \(required)")
        }
        #expect(rules.allSatisfy { $0.origin.hasPrefix("rules/") })
    }

    @Test func duplicateIDsAcrossFilesAreRefused() throws {
        let rule = try RuleLoader.standard.rule(fromYAML: valid, file: "a.yml")
        var copy = rule
        copy.origin = "b.yml"
        #expect(throws: RuleLoadError.self) { try RuleLoader.checkUniqueIDs([rule, copy]) }
    }
}
