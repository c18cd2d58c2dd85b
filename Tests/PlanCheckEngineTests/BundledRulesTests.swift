import Testing
@testable import PlanCheckRules
@testable import PlanCheckEngine

/// The bundled rules loaded ahead of the command line's parsing are the rules a check uses.
@Suite struct BundledRulesTests {
    @Test func onlyCommandsThatCheckWithTheBundledRulesPrefetchThem() {
        #expect(BundledRules.arePrefetched(for: ["check", "plans/"]))
        #expect(BundledRules.arePrefetched(for: ["audit", "plans/", "-o", "a.html"]))
        #expect(!BundledRules.arePrefetched(for: ["check", "--no-default-rules", "--rules", "mine/"]))
        #expect(!BundledRules.arePrefetched(for: ["check", "--help"]))
        #expect(!BundledRules.arePrefetched(for: ["--version"]))
        #expect(!BundledRules.arePrefetched(for: ["rules", "list"]))
        #expect(!BundledRules.arePrefetched(for: []))
    }

    @Test func thePrefetchedRulesAreTheBundledRules() throws {
        BundledRules.prefetch()
        let loaded = try BundledRules.load()
        #expect(try loaded.map(\.id) == RuleLoader.standard.defaultRules().map(\.id))
        // A second caller gets the same rules without loading them again.
        #expect(try BundledRules.load().map(\.id) == loaded.map(\.id))
    }
}
