import Yams

/// Parses YAML into nodes, turning libyaml's errors into `file:line:column` errors and refusing
/// inputs that could take the machine down (huge files, alias bombs).
enum YAMLDocument {
    /// Rule and config files are small; anything larger is a mistake or an attack.
    static let maximumSize = 1_000_000

    static func compose(_ text: String, file: String) throws -> Node? {
        guard text.utf8.count <= maximumSize else {
            throw RuleLoadError(file: file, reason: "file is larger than \(maximumSize / 1_000_000) MB; rule and config files are small")
        }
        // An anchor reused through aliases can expand exponentially; plancheck's files never need them.
        if text.contains("*") , text.contains("&"), text.range(of: #"(^|[\s\[{,:-])\*[A-Za-z0-9_-]+"#, options: .regularExpression) != nil,
           text.range(of: #"(^|[\s\[{,:-])&[A-Za-z0-9_-]+"#, options: .regularExpression) != nil {
            throw RuleLoadError(file: file, reason: "YAML anchors and aliases (&name / *name) are not allowed in plancheck files")
        }
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw convert(error, file: file)
        } catch {
            throw RuleLoadError(file: file, reason: "\(error)")
        }
    }

    private static func convert(_ error: YamlError, file: String) -> RuleLoadError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return RuleLoadError(file: file, line: mark.line, column: mark.column, reason: "invalid YAML: \(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return RuleLoadError(file: file, line: context.mark.line, column: context.mark.column,
                                 reason: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        default:
            return RuleLoadError(file: file, reason: "invalid YAML: \(error)")
        }
    }
}
