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

@Suite struct ConfigurationTests {
    @Test func parsesEveryKey() throws {
        let text = """
        packs: [health, hygiene]
        rules: [our-rules/]
        disable: [hygiene.web-residue]
        severity:
          currency.stale-term: error
        fail-on: warning
        include: ["**/*.docx"]
        ignore: ["drafts/**"]
        baseline: .plancheck-baseline.json
        """
        let configuration = try ConfigurationLoader.parse(text, file: "/plans/.plancheck.yml")
        #expect(configuration.packs == ["health", "hygiene"])
        #expect(configuration.rulePaths == ["our-rules/"])
        #expect(configuration.disabled == ["hygiene.web-residue"])
        #expect(configuration.severities == ["currency.stale-term": .error])
        #expect(configuration.failOn == .warning)
        #expect(configuration.include == ["**/*.docx"])
        #expect(configuration.ignore == ["drafts/**"])
        #expect(configuration.baseline == ".plancheck-baseline.json")
    }

    @Test func unknownKeyAndWrongTypeNameLineAndColumn() throws {
        let typo = try #require(throws: RuleLoadError.self) { try ConfigurationLoader.parse("fail-on: error\nignroe: [a]\n", file: "c.yml") }
        #expect(typo.description == "c.yml:2:1: unknown key 'ignroe' (did you mean 'ignore'?); allowed: \(ConfigurationLoader.allowedKeys.joined(separator: ", "))")
        let wrongType = try #require(throws: RuleLoadError.self) { try ConfigurationLoader.parse("severity: [error]\n", file: "c.yml") }
        #expect(wrongType.line == 1)
        #expect(wrongType.column == 11)
        let badLevel = try #require(throws: RuleLoadError.self) { try ConfigurationLoader.parse("fail-on: never\n", file: "c.yml") }
        #expect(badLevel.reason == "'fail-on' must be one of error | warning | info | none, not 'never'")
        // A level cut short names the one it begins.
        let short = try #require(throws: RuleLoadError.self) { try ConfigurationLoader.parse("severity: {currency.stale-term: warn}\n", file: "c.yml") }
        #expect(short.reason == "severity of 'currency.stale-term' must be one of info | warning | error, not 'warn' (did you mean 'warning'?)")
    }

    @Test func isFoundByWalkingUp() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let root = temporary.url
        let nested = root.appendingPathComponent("县卫健委/2025/计划")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try "fail-on: info\n".write(to: root.appendingPathComponent(".plancheck.yml"), atomically: true, encoding: .utf8)
        #expect(ConfigurationLoader.find(from: nested)?.standardizedFileURL.path == root.appendingPathComponent(".plancheck.yml").standardizedFileURL.path)
        let configuration = try ConfigurationLoader.load(fileAt: try #require(ConfigurationLoader.find(from: nested)))
        #expect(configuration.resolve("baseline.json") == root.appendingPathComponent("baseline.json").standardizedFileURL.path)
    }

    @Test func selectionDisablesOverridesAndChoosesPacks() throws {
        let rules = try RuleLoader.standard.defaultRules()
        var configuration = try ConfigurationLoader.parse("packs: [hygiene, currency]\ndisable: [hygiene.web-residue]\nseverity: {currency.stale-term: error}\n", file: "c.yml")
        configuration.file = "/x/.plancheck.yml"
        let selected = try RuleSelection.apply(configuration, to: rules, bundledPacks: Set(rules.map(\.pack)))
        #expect(Set(selected.map(\.pack)) == ["hygiene", "currency"])
        #expect(!selected.contains { $0.id == "hygiene.web-residue" })
        #expect(selected.first { $0.id == "currency.stale-term" }?.severity == .error)
    }

    @Test func selectionRefusesUnknownIdsAndPacks() throws {
        let rules = try RuleLoader.standard.defaultRules()
        var typo = try ConfigurationLoader.parse("disable: [hygiene.placeholdr]\n", file: "c.yml")
        typo.file = "c.yml"
        let error = try #require(throws: RuleLoadError.self) { try RuleSelection.apply(typo, to: rules, bundledPacks: ["hygiene"]) }
        #expect(error.description == "c.yml:1:11: no rule with id 'hygiene.placeholdr' (did you mean 'hygiene.placeholder'? see 'plancheck rules list')")
        // A severity key is placed too; an id far from every rule gets no guess.
        var severity = try ConfigurationLoader.parse("fail-on: error\nseverity:\n  local.nothing-like-it: info\n", file: "c.yml")
        severity.file = "c.yml"
        let far = try #require(throws: RuleLoadError.self) { try RuleSelection.apply(severity, to: rules, bundledPacks: ["hygiene"]) }
        #expect(far.description == "c.yml:3:3: no rule with id 'local.nothing-like-it' (see 'plancheck rules list')")
        let pack = try ConfigurationLoader.parse("packs: [helth]\n", file: "c.yml")
        #expect(throws: RuleLoadError.self) { try RuleSelection.apply(pack, to: rules, bundledPacks: ["health"]) }
    }

    @Test func globsIncludeAndIgnore() {
        let base = URL(fileURLWithPath: "/plans")
        func file(_ path: String) -> DiscoveredFile { DiscoveredFile(url: base.appendingPathComponent(path), displayPath: path) }
        let filter = PathFilter(include: ["**/*.docx", "*.md"], ignore: ["drafts/**", "模板*", "旧稿/"], base: base)
        #expect(filter.accepts(file("县/2025计划.docx")))
        #expect(filter.accepts(file("2025计划.docx")))
        #expect(filter.accepts(file("a/b/说明.md")))
        #expect(!filter.accepts(file("a/b/说明.txt")))
        #expect(!filter.accepts(file("drafts/x/计划.docx")))
        #expect(!filter.accepts(file("县/模板计划.docx")))
        #expect(!filter.accepts(file("县/旧稿/计划.docx")))
        // drafts/** has a slash inside: it is anchored at the configuration's folder.
        #expect(filter.accepts(file("县/drafts/计划.docx")))
    }
}
