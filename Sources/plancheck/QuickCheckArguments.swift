import ArgumentParser
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckReporters
import PlanCheckRules

/// `plancheck check …` read without ArgumentParser, for the common command lines: its parse
/// walks every command's options by reflection, and on a start that checks one document (an
/// editor, a pre-commit hook) that was a quarter of the instructions, most of it the runtime's
/// conformance lookups, competing for the cores with the loading of the rules.
///
/// Only what is read exactly as ArgumentParser reads it is taken: long options as `--name value`
/// or `--name=value`, `-o`, `-q`, each single-value option at most once, values that do not
/// begin with `-`. Anything else — help, a completion request, `--`, a value that does not parse,
/// a usage error — gives nil, and ArgumentParser parses the command line from the root, with
/// its usage and error messages. A test holds the two to the same settings.
enum QuickCheckArguments {
    /// The settings of `arguments` (without the program's name), or nil where ArgumentParser must read them.
    static func settings(for arguments: [String]) -> CheckSettings? {
        guard arguments.first == "check" else { return nil }
        var reader = Reader()
        var tokens = arguments.dropFirst()[...]
        while let token = tokens.popFirst() {
            guard reader.read(token, next: &tokens) else { return nil }
        }
        var settings = reader.settings
        if !reader.paths.isEmpty { settings.paths = reader.paths }
        guard (try? settings.validate()) != nil else { return nil }
        return settings
    }

    private struct Reader {
        var settings = CheckSettings()
        var paths: [String] = []
        /// The single-value options and flags seen: a second one is left to ArgumentParser.
        var seen: Set<String> = []

        /// Reads one token (and its value); false for anything this reader does not take.
        mutating func read(_ token: String, next tokens: inout ArraySlice<String>) -> Bool {
            // `help` is ArgumentParser's word wherever it stands.
            if token == "-" || !token.hasPrefix("-") {
                guard token != "help" else { return false }
                paths.append(token)
                return true
            }
            var name = Self.longNames[token] ?? token
            var inlineValue: String?
            if token.hasPrefix("--"), let equals = token.firstIndex(of: "=") {
                name = String(token[..<equals])
                inlineValue = String(token[token.index(after: equals)...])
            }
            if let flag = Self.flag(named: name) {
                guard inlineValue == nil, seen.insert(name).inserted else { return false }
                settings[keyPath: flag] = true
                return true
            }
            guard Self.valueOptions.contains(name) else { return false }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard let following = tokens.popFirst() else { return false }
                value = following
            }
            guard !value.hasPrefix("-"), !value.isEmpty else { return false }
            return take(value, for: name)
        }

        /// Sets the option `name` to `value`, as the option's type reads it.
        private mutating func take(_ value: String, for name: String) -> Bool {
            switch name {
            case "--rules":
                settings.rules.rulePaths.append(value)
                return true
            case "--also-output":
                guard let extra = try? AdditionalOutput.parse(value) else { return false }
                settings.alsoOutput.append(extra)
                return true
            default:
                break
            }
            guard seen.insert(name).inserted else { return false }
            switch name {
            case "--format": return set(\.format, ReportFormat(argument: value))
            case "--output": return set(\.output, value)
            case "--fail-on": return set(\.failOn, FailOn(argument: value))
            case "--baseline": return set(\.baseline, value)
            case "--jobs": return set(\.jobs, Int(argument: value))
            case "--shard": return set(\.shard, try? Shard.argument(value))
            case "--color": return set(\.color, ColorChoice(argument: value))
            case "--ambiguous-width": return set(\.ambiguousWidth, AmbiguousWidth(argument: value))
            case "--lang": return set(\.rules.language, ReportLanguage(argument: value))
            case "--config": return set(\.rules.configPath, value)
            case "--stdin-name": return set(\.rules.stdinName, value)
            case "--max-findings-per-rule": return set(\.rules.findingLimit, Int(argument: value))
            default: return false
            }
        }

        private mutating func set<Value>(_ field: WritableKeyPath<CheckSettings, Value?>, _ value: Value?) -> Bool {
            guard let value else { return false }
            settings[keyPath: field] = value
            return true
        }

        private mutating func set<Value>(_ field: WritableKeyPath<CheckSettings, Value>, _ value: Value?) -> Bool {
            guard let value else { return false }
            settings[keyPath: field] = value
            return true
        }

        static func flag(named name: String) -> WritableKeyPath<CheckSettings, Bool>? {
            switch name {
            case "--quiet": \.quiet
            case "--fix": \.fix
            case "--dry-run": \.dryRun
            case "--no-config": \.rules.noConfig
            case "--no-default-rules": \.rules.noDefaultRules
            case "--report-unused-directives": \.rules.reportUnusedDirectives
            default: nil
            }
        }

        /// The short names, as their long ones: `-q --quiet` names one flag twice.
        static let longNames = ["-q": "--quiet", "-o": "--output"]

        static let valueOptions: Set<String> = [
            "--format", "--output", "--also-output", "--fail-on", "--baseline", "--jobs", "--shard", "--color",
            "--ambiguous-width", "--lang", "--rules", "--config", "--stdin-name", "--max-findings-per-rule",
        ]
    }
}
