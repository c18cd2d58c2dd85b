import Foundation
import PlanCheckCore

/// Finds and reads `.plancheck.yml`, strictly: an unknown key or a wrong value is an error with
/// file, line and column, like a rule file.
package enum ConfigurationLoader {
    package static let fileName = ".plancheck.yml"
    static let allowedKeys = ["packs", "rules", "disable", "severity", "fail-on", "include", "ignore", "baseline", "max-findings-per-rule"]

    /// The nearest `.plancheck.yml` in `folder` or a folder above it.
    package static func find(from folder: URL) -> URL? {
        var current = folder.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    package static func load(fileAt url: URL) throws -> Configuration {
        let path = url.path
        let text = try YAMLDocument.readFile(at: url, displayPath: path)
        var configuration = try parse(text, file: path)
        configuration.file = path
        return configuration
    }

    /// Parses configuration text; `file` names it in errors.
    package static func parse(_ text: String, file: String) throws -> Configuration {
        var configuration = Configuration()
        guard let root = try YAMLDocument.compose(text, file: file) else { return configuration }
        let fields = try YAMLFields(file: file, node: root, allowedKeys: allowedKeys)
        if fields["packs"] != nil { configuration.packs = try fields.strings("packs") }
        configuration.rulePaths = try fields.strings("rules")
        configuration.disabled = try fields.strings("disable")
        if let node = fields["disable"] {
            let items: [YAMLNode] = if case .sequence(let sequence) = node.content { sequence } else { [node] }
            for (id, item) in zip(configuration.disabled, items) {
                configuration.ruleIDPositions[id] = SourcePosition(line: item.mark.line, column: item.mark.column)
            }
        }
        configuration.failOn = try fields.choice("fail-on", as: FailOn.self)
        configuration.include = try fields.strings("include")
        configuration.ignore = try fields.strings("ignore")
        configuration.baseline = try fields.string("baseline")
        configuration.findingLimit = try fields.int("max-findings-per-rule", in: 0...1_000_000)
        if let node = fields["severity"] {
            guard case .mapping(let mapping) = node.content else {
                throw YAMLFields.error(file, node, "'severity' maps rule ids to error, warning or info, e.g. {currency.stale-term: error}")
            }
            for (key, value) in mapping {
                let id = try YAMLFields.string(key, file: file, key: "severity")
                let level = try YAMLFields.string(value, file: file, key: id)
                guard let severity = Severity(rawValue: level) else {
                    let suggestion = YAMLFields.closest(to: level, in: Severity.allCases.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
                    throw YAMLFields.error(file, value, "severity of '\(id)' must be one of info | warning | error, not '\(level)'\(suggestion)")
                }
                configuration.severities[id] = severity
                configuration.ruleIDPositions[id] = configuration.ruleIDPositions[id] ?? SourcePosition(line: key.mark.line, column: key.mark.column)
            }
        }
        for pattern in configuration.include + configuration.ignore where pattern.isEmpty {
            throw YAMLFields.error(file, root, "an empty glob in 'include' or 'ignore' would match nothing useful")
        }
        return configuration
    }

    /// A commented starter configuration, for `plancheck init`.
    package static let starter = """
    # plancheck configuration: found by walking up from the working directory.
    # Command-line flags override what is set here.

    # Bundled rule packs to use (default: all): health, hygiene, currency, structure
    # packs: [health, hygiene, currency, structure]

    # Your own rule files or folders, relative to this file.
    # rules: [rules/]

    # Rules to turn off, by id (see `plancheck rules list`).
    # disable: [structure.duplicate-paragraph]

    # Severity per rule: error, warning or info.
    # severity:
    #   currency.stale-term: error

    # Exit with 1 when a finding is at or above: error, warning, info or none.
    fail-on: error

    # Files to check and to leave out, as globs relative to this file (** crosses folders).
    # include: ["**/*.docx", "**/*.md"]
    ignore: ["**/模板/**", "**/drafts/**"]

    # Findings recorded with `plancheck baseline` are not reported again.
    # baseline: .plancheck-baseline.json

    # Findings one rule may report in one document before the rest are only counted (0: all).
    # max-findings-per-rule: 500

    """
}
