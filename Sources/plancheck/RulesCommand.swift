import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckRules
import PlanCheckEngine
import PlanCheckReporters

/// `plancheck rules`: look at and test rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show and test rules.",
        subcommands: [List.self, Show.self, Test.self, Literals.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the rules in use: id, kind, severity, title.")
        @OptionGroup var ruleOptions: RuleOptions

        @Flag(help: "Write a Markdown table (rule, title, kind, severity, applies to), as in the README.")
        var markdown = false

        func run() throws {
            let rules = try ruleOptions.loadRules()
            if markdown {
                print(RuleCatalog.markdown(rules), terminator: "")
                return
            }
            let idWidth = rules.map(\.id.count).max() ?? 0
            let kindWidth = rules.map(\.kindName.count).max() ?? 0
            for rule in rules {
                let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                let kind = rule.kindName.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                print("\(id)  \(kind)  \(severity)  \(VisibleControls.escaped(rule.title))")
            }
        }
    }

    struct Literals: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "literals",
            abstract: "Print every literal the rules search for, one per line (for benchmarks against rg -F -f).",
            discussion: "Regex patterns are left out. Literals are printed as plancheck matches them: full-width forms folded."
        )
        @OptionGroup var ruleOptions: RuleOptions

        func run() throws {
            var seen: Set<String> = []
            for rule in try ruleOptions.loadRules() {
                for case .literal(let text) in rule.searchPatterns where seen.insert(TextNormalizer.fold(text)).inserted {
                    print(TextNormalizer.fold(text))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one rule in full, with its examples.")
        @Argument(help: "The rule id, e.g. health.infection-control.") var id: String
        @OptionGroup var ruleOptions: RuleOptions

        func run() throws {
            let rules = try ruleOptions.loadRules()
            guard let rule = rules.first(where: { $0.id == id }) else {
                let suggestion = RuleIDSuggestion.suggestion(for: id, in: rules.map(\.id)).map { "did you mean '\($0)'? " } ?? ""
                throw RunFailure("no rule with id '\(id)' (\(suggestion)see 'plancheck rules list')")
            }
            print(RuleDescription.text(of: rule), terminator: "")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run every rule's examples (pass and fail snippets).",
            discussion: "With paths, tests only the rules in those files or folders; without, the bundled rules."
        )
        @Argument(help: ArgumentHelp("Rule files or folders to test.", valueName: "path")) var paths: [String] = []

        func run() throws {
            var rules: [Rule] = []
            var errors: [RuleLoadError] = []
            do {
                if paths.isEmpty { rules = try RuleLoader.standard.defaultRules() }
            } catch let error as RuleLoadError {
                errors.append(error)
            }
            var empty: [String] = []
            for path in paths {
                let loaded = RuleLoader.standard.loadRules(at: URL(fileURLWithPath: path), displayPath: path)
                rules += loaded.rules
                errors += loaded.errors
                if loaded.rules.isEmpty && loaded.errors.isEmpty { empty.append(path) }
            }
            // A folder without rules passes nothing: "0 rules: all behave" would hide a wrong path.
            let lines = errors.map { "rule file \($0)" } + empty.map { "no rules in \($0): it holds no .yml rule file" }
            if !lines.isEmpty { throw RunFailure(lines: lines) }
            for rule in RuleExampleRunner.rulesWithoutExamples(rules) {
                FileHandle.standardError.write(Data("plancheck: warning: \(VisibleControls.escaped(rule.origin + ": " + rule.id)) has no examples, so nothing tests it (add examples: {pass: [...], fail: [...]})\n".utf8))
            }
            let failures = try RuleExampleRunner.failures(of: rules)
            for failure in failures { print("\(failure)".split(separator: "\n", omittingEmptySubsequences: false).map { VisibleControls.escaped(String($0)) }.joined(separator: "\n")) }
            let examples = rules.reduce(0) { $0 + $1.examples.pass.count + $1.examples.fail.count }
            print("\(englishCount(rules.count, "rule")), \(englishCount(examples, "example")): \(failures.isEmpty ? "all behave" : "\(failures.count) failed")")
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}
