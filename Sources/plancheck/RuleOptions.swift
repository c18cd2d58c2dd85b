import ArgumentParser
import Foundation
import PlanCheckKit

/// Which rules a command uses: the bundled packs, plus any given with `--rules`.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A rule file or a folder of rule files (.yml) to add to the bundled rules. Repeatable.",
        valueName: "path"))
    var rulePaths: [String] = []

    @Flag(name: .customLong("no-default-rules"), help: "Leave out the bundled rule packs; use only --rules.")
    var noDefaultRules = false

    /// The rules to run, or a `RunFailure` naming the file, line and column of the first bad one.
    func loadRules() throws -> [Rule] {
        do {
            var rules = noDefaultRules ? [] : try RuleLoader.defaultRules()
            for path in rulePaths {
                rules += try RuleLoader.rules(at: URL(fileURLWithPath: path), displayPath: path)
            }
            try RuleLoader.checkUniqueIDs(rules)
            if rules.isEmpty {
                throw RunFailure("no rules to run: --no-default-rules was given without --rules")
            }
            return rules
        } catch let error as RuleLoadError {
            throw RunFailure("rule file \(error)")
        }
    }
}
