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

    @Test func aTitleCannotBreakTheTableOrCarryMarkup() throws {
        let rule = try RuleLoader.standard.rule(fromYAML: """
            id: custom.t
            title: "a | b \\u0600<img src=x onerror=alert(1)> [link](http://x) \\e[2J"
            kind: forbid
            patterns: [x]
            message: m
            """, file: "t.yml")
        let row = try #require(RuleCatalog.markdown([rule]).components(separatedBy: "\n").dropFirst(2).first)
        #expect(row == "| `custom.t` | a \\| b \u{0600}\\<img src=x onerror=alert(1)\\> \\[link\\](http://x) \\x1b\\[2J | forbid | warning | all |")
    }
}
