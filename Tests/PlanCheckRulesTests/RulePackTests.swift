import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckRules
@testable import PlanCheckChecks
import PlanCheckTestSupport

/// `_pack.yml`: defaults for the rules beside it, which a rule's own keys override.
@Suite struct RulePackTests {
    let pack = """
    defaults:
      kind: require
      scope: plan
      unless-before: [尚未, 没有]
    """
    let element = """
    id: health.t
    title: 院感
    any: [院感]
    message: 计划未部署院感工作
    """

    @Test func aRuleTakesThePackDefaultsItDoesNotSetItself() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Data(pack.utf8), to: "health/_pack.yml")
        try folder.write(Data(element.utf8), to: "health/infection.yml")
        try folder.write(Data((element.replacingOccurrences(of: "health.t", with: "health.u") + "\nscope: document\n").utf8), to: "health/own-scope.yml")
        let loaded = RuleLoader.standard.loadRules(at: folder.url, displayPath: "rules")
        #expect(loaded.errors.isEmpty)
        #expect(loaded.rules.map(\.id) == ["health.t", "health.u"], "the pack file is no rule")
        let kind = try #require(loaded.rules.first?.kind as? RequireCheck)
        #expect(kind.unlessBefore == ["尚未", "没有"])
        #expect(loaded.rules.map(\.scope) == [.plan, .document])
        // The require kind's own default applies where neither the rule nor the pack names kinds.
        #expect(loaded.rules[0].appliesTo == [.plan, .summary, .summaryPlan])
    }

    @Test func aRuleFileLoadedAloneFindsThePackBesideIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Data(pack.utf8), to: "_pack.yml")
        let file = try folder.write(Data(element.utf8), to: "infection.yml")
        let rules = try RuleLoader.standard.rules(at: file, displayPath: "infection.yml")
        #expect(rules.first?.kindName == "require")
    }

    @Test func anErrorInAPackDefaultNamesThePackFileLineAndColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Data(pack.replacingOccurrences(of: "scope: plan", with: "scope: plann").utf8), to: "health/_pack.yml")
        try folder.write(Data(element.utf8), to: "health/infection.yml")
        let loaded = RuleLoader.standard.loadRules(at: folder.url, displayPath: "rules")
        #expect(loaded.errors.map(\.description) == [
            "rules/health/_pack.yml:3:10: 'scope' must be one of document | plan | summary | problems, not 'plann' (did you mean 'plan'?)",
        ])
    }

    @Test func aPackMayNotGiveWhatIsEachRulesOwn() {
        #expect(throws: RuleLoadError(file: "_pack.yml", line: 2, column: 3, reason: "'message' is each rule's own and cannot be a pack default")) {
            try RulePack(yaml: "defaults:\n  message: 缺少\n", file: "_pack.yml")
        }
    }

    @Test func everyBundledElementRuleGetsTheHealthPackDefaults() throws {
        let elements = try RuleLoader.standard.defaultRules().filter { $0.pack == "health" }
        #expect(elements.count == 18)
        for rule in elements {
            let kind = try #require(rule.kind as? RequireCheck, "\(rule.id)")
            #expect(rule.scope == .plan && !kind.unlessBefore.isEmpty, "\(rule.id)")
        }
    }
}
