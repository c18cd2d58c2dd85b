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
}
