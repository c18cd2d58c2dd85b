import PlanCheckCore
import PlanCheckDocuments
import PlanCheckEngine
import PlanCheckRules

/// Bundled rules picked by id, for a test of one check over the rules users get.
package enum BundledRuleFixture {
    /// The bundled rules with these ids, in the bundle's order; stops the test run when the
    /// bundle does not load (every other test would fail on it too).
    package static func rules(_ ids: String...) -> [Rule] {
        do {
            return try RuleLoader.standard.defaultRules().filter { ids.contains($0.id) }
        } catch {
            fatalError("cannot load the bundled rules: \(error)")
        }
    }

    /// An engine over every bundled rule, made once for a test process.
    package static let engine = Result { try Engine(rules: try RuleLoader.standard.defaultRules()) }

    /// The result for a text's first piece under every bundled rule (`t.txt` unless named).
    package static func firstResult(_ text: String, path: String = "t.txt") throws -> DocumentResult {
        guard let result = try engine.get().check(Document(path: path, text: text)).first else {
            throw FixtureError.noResult(path)
        }
        return result
    }

    /// Every finding `rules` make in a text, over all its pieces.
    package static func findings(_ text: String, rules: [Rule]) throws -> [Finding] {
        try Engine(rules: rules).check(Document(path: "t.txt", text: text)).flatMap(\.findings)
    }

    package enum FixtureError: Error { case noResult(String) }
}
