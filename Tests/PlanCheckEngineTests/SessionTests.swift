import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// A run's setup, as every command shares it: configuration lookup, rule loading and selection,
/// discovery with the configuration's globs, and the baseline.
@Suite struct SessionTests {
    private func options(in folder: URL) -> SessionOptions {
        var options = SessionOptions()
        options.workingDirectory = folder
        return options
    }

    @Test func theNearestConfigurationSelectsRulesAndFiltersDocuments() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Data("packs: [hygiene]\ndisable: [hygiene.web-residue]\nignore: [\"drafts/**\"]\n".utf8), to: ".plancheck.yml")
        try folder.write(Data(PlanFixture.text.utf8), to: "plans/计划.txt")
        try folder.write(Data(PlanFixture.text.utf8), to: "drafts/草稿.txt")
        let session = try Session(options(in: folder.url.appendingPathComponent("plans")))
        let rules = try session.rules()
        #expect(!rules.isEmpty && rules.allSatisfy { $0.pack == "hygiene" })
        #expect(!rules.contains { $0.id == "hygiene.web-residue" })
        let found = try session.discover([folder.url.path])
        #expect(found.files.map { $0.url.lastPathComponent } == ["计划.txt"])
    }

    @Test func everyBrokenRuleFileIsALineOfOneError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Data("id: local.a\nkind: forbidd\nmessage: m\nany: [x]\n".utf8), to: "rules/a.yml")
        try folder.write(Data("id: local.b\nkind: forbid\nmesage: m\nany: [x]\n".utf8), to: "rules/b.yml")
        var options = options(in: folder.url)
        options.rulePaths = ["rules"]
        options.usesConfiguration = false
        let error = try #require(throws: SessionError.self) { try Session(options).rules() }
        try #require(error.lines.count == 2, "\(error.lines)")
        #expect(error.lines[0].hasPrefix("rule file rules/a.yml:2:7: 'kind' must be one of"))
        #expect(error.lines[1].hasPrefix("rule file rules/b.yml:3:1: unknown key 'mesage' (did you mean 'message'?)"))
    }

    @Test func aMissingConfigurationOrBaselineIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var options = options(in: folder.url)
        options.configPath = "missing.yml"
        #expect(throws: SessionError("no such configuration file: missing.yml")) { try Session(options) }
        options.configPath = nil
        let session = try Session(options)
        #expect(try session.baseline(nil) == nil)
        #expect(throws: SessionError.self) { try session.baseline(folder.url.appendingPathComponent("none.json").path) }
    }

    @Test func aStandardInputNameWithoutStandardInputIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var options = options(in: folder.url)
        options.standardInputName = "计划.txt"
        let session = try Session(options)
        #expect(throws: SessionError.self) { try session.discover([folder.url.path]) }
    }
}
