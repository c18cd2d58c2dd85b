import CYaml
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanCheckCore

/// Parses YAML into nodes, turning libyaml's errors into `file:line:column` errors and refusing
/// inputs that could take the machine down: huge files, alias bombs, and nesting too deep.
///
/// Nodes are built from libyaml's event stream in one pass with a stack of open collections, so
/// no depth of nesting can overflow a worker thread's stack. (Composing with Yams meant a second
/// parse after the safety pass, and cost a fifth of checking one document.)
enum YAMLDocument {
    /// Rule and config files are small; anything larger is a mistake or an attack.
    static let maximumSize = 1_000_000
    /// Collections inside collections; plancheck's files need four or five.
    static let maximumDepth = 64

    /// The first document's root node, or nil for a file without one (empty, or only comments).
    static func compose(_ text: String, file: String) throws -> YAMLNode? {
        guard text.utf8.count <= maximumSize else {
            throw RuleLoadError(file: file, reason: "file is larger than \(maximumSize / 1_000_000) MB; rule and config files are small")
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw RuleLoadError(file: file, reason: "invalid YAML: out of memory") }
        defer { yaml_parser_delete(&parser) }
        var text = text
        return try text.withUTF8 { bytes in
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var composer = Composer(file: file)
            return try composer.run(&parser, bytes: bytes)
        }
    }

    /// The walk over the events of one file.
    private struct Composer {
        let file: String
        /// Collections opened and not yet closed, innermost last.
        private var open: [Collection] = []
        private var root: YAMLNode?
        private var documents = 0
        /// The first fault found in the order a composer meets them (a duplicate key, a second
        /// document), kept while the rest of the file is searched for aliases and deep nesting,
        /// which are refused first wherever they are.
        private var fault: RuleLoadError?

        private struct Collection {
            var mark: YAMLNode.Mark
            var isMapping: Bool
            var items: [YAMLNode] = []
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var pendingKey: YAMLNode?
        }

        init(file: String) { self.file = file }

        mutating func run(_ parser: inout yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) throws -> YAMLNode? {
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml has a nesting limit of its own (deeper than ours, but its scanner
                    // looks ahead, so it can trip first); say the same thing either way.
                    if let problem = parser.problem, String(cString: problem).lowercased().contains("nest") {
                        throw RuleLoadError(file: file, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                                            reason: "lists and mappings nested deeper than \(maximumDepth) levels")
                    }
                    throw fault ?? syntaxError(parser, bytes: bytes)
                }
                defer { yaml_event_delete(&event) }
                let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    add(YAMLNode(content: .scalar(String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)),
                                 mark: mark))
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    guard open.count < maximumDepth else {
                        throw RuleLoadError(file: file, line: mark.line, column: mark.column,
                                            reason: "lists and mappings nested deeper than \(maximumDepth) levels")
                    }
                    open.append(Collection(mark: mark, isMapping: event.type == YAML_MAPPING_START_EVENT))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    let closed = open.removeLast()
                    if closed.isMapping {
                        if fault == nil { fault = duplicateKeys(in: closed.pairs) }
                        add(YAMLNode(content: .mapping(closed.pairs), mark: closed.mark))
                    } else {
                        add(YAMLNode(content: .sequence(closed.items), mark: closed.mark))
                    }
                case YAML_ALIAS_EVENT:
                    throw RuleLoadError(file: file, line: mark.line, column: mark.column,
                                        reason: "YAML anchors and aliases (&name / *name) are not allowed in plancheck files")
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents == 2, fault == nil {
                        fault = RuleLoadError(file: file, line: mark.line, column: mark.column,
                                              reason: "invalid YAML: but found another document (expected a single document in the stream)")
                    }
                case YAML_STREAM_END_EVENT:
                    if let fault { throw fault }
                    return root
                default:
                    break
                }
            }
        }

        /// Puts a finished node into the collection that holds it; a root beyond the first
        /// document's is dropped (it is already a fault).
        private mutating func add(_ node: YAMLNode) {
            guard !open.isEmpty else {
                if documents <= 1 { root = node }
                return
            }
            let last = open.count - 1
            if !open[last].isMapping {
                open[last].items.append(node)
            } else if let key = open[last].pendingKey {
                open[last].pairs.append((key, node))
                open[last].pendingKey = nil
            } else {
                open[last].pendingKey = node
            }
        }

        /// Keys written twice in one mapping, named in order at the first of the least.
        private func duplicateKeys(in pairs: [(key: YAMLNode, value: YAMLNode)]) -> RuleLoadError? {
            var first: [String: YAMLNode.Mark] = [:]
            var repeated: Set<String> = []
            for (key, _) in pairs {
                guard case .scalar(let name) = key.content else { continue }
                if first[name] == nil { first[name] = key.mark } else { repeated.insert(name) }
            }
            guard let least = repeated.min(), let mark = first[least] else { return nil }
            return RuleLoadError(file: file, line: mark.line, column: mark.column,
                                 reason: "duplicate key \(repeated.sorted().map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        }

        /// libyaml's account of why it stopped, as `invalid YAML: problem (context)` at the
        /// problem's position.
        private func syntaxError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> RuleLoadError {
            let problem = parser.problem.map { String(cString: $0) } ?? "unreadable input"
            let detail = parser.context.map { "\(problem) (\(String(cString: $0)))" } ?? problem
            guard parser.error == YAML_READER_ERROR else {
                return RuleLoadError(file: file, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                                     reason: "invalid YAML: \(detail)")
            }
            // A reader error (a control character) gives a byte offset rather than a mark.
            let offset = min(Int(parser.problem_offset), bytes.count)
            let before = UnsafeBufferPointer(rebasing: bytes[..<offset])
            let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let column = before[lineStart...].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            return RuleLoadError(file: file, line: line, column: column, reason: "invalid YAML: \(detail)")
        }
    }

    /// The UTF-8 text of a rule or configuration file, read with the size limit checked before
    /// the file is read (a multi-gigabyte file or a device named by mistake is refused, not
    /// slurped into memory).
    static func readFile(at url: URL, displayPath: String) throws -> String {
        let tooLarge = "file is larger than \(maximumSize / 1_000_000) MB; rule and config files are small"
        let bytes: [UInt8]
        do {
            bytes = try BoundedFileReader.read(path: url.path, displayPath: displayPath, limit: maximumSize, tooLarge: tooLarge, refusesEmpty: false)
        } catch let error as InputFileError {
            throw RuleLoadError(file: displayPath, reason: error.reason)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw RuleLoadError(file: displayPath, reason: "not UTF-8 text (rule and configuration files must be UTF-8)")
        }
        return text
    }
}
