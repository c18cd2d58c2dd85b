import CYaml
import Foundation
import Yams
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses YAML into nodes, turning libyaml's errors into `file:line:column` errors and refusing
/// inputs that could take the machine down: huge files, alias bombs, and nesting deep enough to
/// overflow the stack of the recursive composer.
enum YAMLDocument {
    /// Rule and config files are small; anything larger is a mistake or an attack.
    static let maximumSize = 1_000_000
    /// Collections inside collections; plancheck's files need four or five.
    static let maximumDepth = 64

    static func compose(_ text: String, file: String) throws -> Node? {
        guard text.utf8.count <= maximumSize else {
            throw RuleLoadError(file: file, reason: "file is larger than \(maximumSize / 1_000_000) MB; rule and config files are small")
        }
        try preflight(text, file: file)
        do {
            // Every value is read as a string (YAMLFields), so implicit tags (bool, int, null …)
            // are never used: the basic resolver skips the regexes that would find them, a tenth
            // of the start-up of `plancheck check`.
            // The encoding is given: Yams' default reads the whole environment on every call.
            return try Yams.compose(yaml: text, .basic, .default, .utf8)
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

    /// Walks libyaml's event stream (an iterative parser, safe at any depth) before Yams builds
    /// nodes (recursively, so 10,000 nested `[` would overflow a worker thread's stack), and
    /// refuses aliases, which plancheck's files never need and which can expand exponentially.
    /// A syntax error is left for `compose` to report with its position.
    private static func preflight(_ text: String, file: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var utf8 = Array(text.utf8)
        try utf8.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml has a nesting limit of its own (deeper than ours, but its scanner
                    // looks ahead, so it can trip first); say the same thing either way.
                    if let problem = parser.problem, String(cString: problem).lowercased().contains("nest") {
                        throw RuleLoadError(file: file, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                                            reason: "lists and mappings nested deeper than \(maximumDepth) levels")
                    }
                    return
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                let column = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > maximumDepth {
                        throw RuleLoadError(file: file, line: line, column: column,
                                            reason: "lists and mappings nested deeper than \(maximumDepth) levels")
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_ALIAS_EVENT:
                    throw RuleLoadError(file: file, line: line, column: column,
                                        reason: "YAML anchors and aliases (&name / *name) are not allowed in plancheck files")
                case YAML_STREAM_END_EVENT:
                    return
                default:
                    break
                }
            }
        }
    }

    /// The UTF-8 text of a rule or configuration file, read with the size limit checked before
    /// the file is read (a multi-gigabyte file or a device named by mistake is refused, not
    /// slurped into memory).
    static func readFile(at url: URL, displayPath: String) throws -> String {
        func fail(_ reason: String) -> RuleLoadError { RuleLoadError(file: displayPath, reason: reason) }
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail(DocumentLoader.reason(forErrno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw fail(DocumentLoader.reason(forErrno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw fail("not a regular file") }
        guard info.st_size <= maximumSize else {
            throw fail("file is larger than \(maximumSize / 1_000_000) MB; rule and config files are small")
        }
        var bytes = [UInt8](repeating: 0, count: maximumSize + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw fail(DocumentLoader.reason(forErrno: errno))
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= maximumSize else { throw fail("file is larger than \(maximumSize / 1_000_000) MB; rule and config files are small") }
        guard let text = String(validating: bytes[..<filled], as: UTF8.self) else {
            throw fail("not UTF-8 text (rule and configuration files must be UTF-8)")
        }
        return text
    }
}
