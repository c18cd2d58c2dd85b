import Foundation
import Testing
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// The README's table of bundled rules is the one `plancheck rules list --markdown` writes.
@Suite struct RuleTableTests {
    static let readme = SharedCorpus.packageRoot.appendingPathComponent("README.md")

    @Test func theReadmeTableIsTheBundledRules() throws {
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- rule table: begin -->\n"))
        let end = try #require(readme.range(of: "<!-- rule table: end -->", range: begin.upperBound..<readme.endIndex))
        let table = String(readme[begin.upperBound..<end.lowerBound])
        let expected = RuleCatalog.markdown(try RuleLoader.standard.defaultRules())
        #expect(table == expected, "README.md's rule table is out of date: run `swift run plancheck rules list --markdown --no-config` and paste it between the markers")
    }

    @Test func everyBundledRuleHasARow() throws {
        let rules = try RuleLoader.standard.defaultRules()
        let table = RuleCatalog.markdown(rules)
        for rule in rules { #expect(table.contains("| `\(rule.id)` | \(rule.title) | \(rule.kindName) |")) }
        #expect(table.components(separatedBy: "\n").count == rules.count + 3)
    }
}
