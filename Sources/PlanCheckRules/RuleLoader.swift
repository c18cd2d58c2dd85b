import Foundation
import PlanCheckCore

/// Reads rule files: one rule per YAML file, decoded strictly.
package enum RuleLoader {
    static let allowedKeys = [
        "id", "title", "kind", "severity", "message", "hint", "reference", "scope", "applies-to",
        "any", "patterns", "replace", "unless-before", "with", "tolerance", "terms", "since", "min-length",
        "min", "max", "before", "units", "examples",
    ]

    /// Keys that only some kinds read: on another kind they are a mistake worth naming.
    static let kindSpecificKeys: [String: Set<RuleKind>] = [
        "any": [.require, .forbid, .emptyValue, .range],
        "patterns": [.require, .forbid, .emptyValue, .range],
        "replace": [.substitute],
        "unless-before": [.require, .forbid, .emptyValue],
        "with": [.require],
        "tolerance": [.period],
        "terms": [.period],
        "since": [.substitute],
        "min-length": [.duplicate],
        "min": [.range],
        "max": [.range],
        "before": [.emptyValue],
        "units": [.emptyValue],
    ]

    /// Parses one rule from YAML text. `file` names it in errors.
    package static func rule(fromYAML text: String, file: String) throws -> Rule {
        do {
            guard let root = try YAMLDocument.compose(text, file: file) else {
                throw RuleLoadError(file: file, reason: "empty rule file")
            }
            return try decodeRule(root, file: file)
        } catch let error as RuleLoadError {
            throw error
        } catch {
            throw RuleLoadError(file: file, reason: "\(error)")
        }
    }

    /// Loads a rule file, or every `.yml`/`.yaml` file under a folder (sorted by path); throws
    /// the first file's error (`loadRules(at:displayPath:)` gives every one).
    package static func rules(at url: URL, displayPath: String) throws -> [Rule] {
        let loaded = loadRules(at: url, displayPath: displayPath)
        if let first = loaded.errors.first { throw first }
        return loaded.rules
    }

    /// Loads a rule file, or every `.yml`/`.yaml` file under a folder (sorted by path), going on
    /// past a file that does not load, so an author sees every broken file at once.
    package static func loadRules(at url: URL, displayPath: String) -> (rules: [Rule], errors: [RuleLoadError]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            return ([], [RuleLoadError(file: displayPath, reason: "no such rule file or folder")])
        }
        let files = isFolder.boolValue ? ruleFiles(in: url, displayPath: displayPath) : [(url: url, display: displayPath)]
        var rules: [Rule] = []
        var errors: [RuleLoadError] = []
        for file in files {
            do {
                rules.append(try rule(fromFile: file.url, displayPath: file.display))
            } catch let error as RuleLoadError {
                errors.append(error)
            } catch {
                errors.append(RuleLoadError(file: file.display, reason: "\(error)"))
            }
        }
        return (rules, errors)
    }

    /// The `.yml`/`.yaml` files under a folder, hidden ones left out, sorted by display path.
    private static func ruleFiles(in folder: URL, displayPath: String) -> [(url: URL, display: String)] {
        (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { ["yml", "yaml"].contains($0.pathExtension) && !$0.lastPathComponent.hasPrefix(".") }
            .map { (url: $0, display: displayPath + "/" + String($0.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))) }
            .sorted { String.precedesInScalarOrder($0.display, $1.display) }
    }

    static func rule(fromFile url: URL, displayPath: String) throws -> Rule {
        // Bounded and non-blocking: a huge file or a FIFO named .yml is refused, not read.
        try rule(fromYAML: try YAMLDocument.readFile(at: url, displayPath: displayPath), file: displayPath)
    }

    /// The bundled default rules, parsed on all cores: loading them is most of what a
    /// pre-commit check of one document costs.
    package static func defaultRules() throws -> [Rule] {
        let files = DefaultRules.files
        let parsed = ParsedRules(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            parsed.set(index, Result { try rule(fromYAML: files[index].text, file: files[index].path) })
        }
        return try parsed.all.map { try $0!.get() }
    }

    /// Rejects two rules with one id: config, baselines and reports key on it.
    package static func checkUniqueIDs(_ rules: [Rule]) throws {
        var seen: [String: String] = [:]
        for rule in rules {
            if let first = seen[rule.id] {
                throw RuleLoadError(file: rule.origin, reason: "rule id '\(rule.id)' is already used by \(first)")
            }
            seen[rule.id] = rule.origin
        }
    }

    /// `pack.name`: two or more dot-separated parts of lower-case letters, digits and `-`, each
    /// starting with a letter or digit. Checked by hand: compiling the equivalent regex for every
    /// rule file was a fifth of loading the rules.
    static func isWellFormedID(_ id: String) -> Bool {
        let parts = id.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            guard let first = part.first, first != UInt8(ascii: "-") else { return false }
            return part.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
        }
    }

    private static func decodeRule(_ root: YAMLNode, file: String) throws -> Rule {
        let fields = try YAMLFields(file: file, node: root, allowedKeys: allowedKeys)
        let id = try fields.requiredString("id")
        if !isWellFormedID(id) {
            throw YAMLFields.error(file, try fields.required("id"), "id '\(id)' must look like pack.name (lower-case letters, digits, '-', dots)")
        }
        guard let kind = try fields.choice("kind", as: RuleKind.self) else {
            throw YAMLFields.error(file, root, "missing required key 'kind' (\(RuleKind.allCases.map(\.rawValue).joined(separator: " | ")))")
        }
        for key in fields.keys {
            if let kinds = kindSpecificKeys[key], !kinds.contains(kind), let node = fields.node(key) {
                let names = kinds.map(\.rawValue).sorted().joined(separator: ", ")
                throw YAMLFields.error(file, node, "'\(key)' does not apply to a \(kind.rawValue) rule (only to: \(names))")
            }
        }
        var patterns = try patternList(fields["any"], file: file) + patternList(fields["patterns"], file: file)
        let substitutions = try substitutionList(fields["replace"], file: file)
        let parameters = try parameters(fields, kind: kind, root: root, file: file)
        if kind == .emptyValue, !parameters.before.isEmpty {
            patterns.insert(.regex(EmptyValuePattern.expression(before: parameters.before, units: parameters.units)), at: 0)
        }
        if kind == .substitute, substitutions.isEmpty {
            throw YAMLFields.error(file, root, "a substitute rule needs 'replace' with at least one term: replacement pair")
        }
        if kind.usesPatterns, patterns.isEmpty {
            throw YAMLFields.error(file, root, "a \(kind.rawValue) rule needs 'any' or 'patterns' with at least one pattern")
        }
        if kind == .range, patterns.contains(where: { if case .literal = $0 { true } else { false } }) {
            throw YAMLFields.error(file, fields.node("patterns") ?? root, "range patterns must be {regex: '…'}: the last number in each match is compared with min/max")
        }
        let defaultKinds: Set<DocumentKind> = kind == .require ? [.plan, .summary, .summaryPlan] : Set(DocumentKind.allCases)
        return Rule(
            id: id,
            title: try fields.string("title") ?? id,
            kind: kind,
            severity: try fields.choice("severity", as: Severity.self) ?? .warning,
            message: try fields.requiredString("message"),
            hint: try fields.string("hint"),
            scope: try fields.choice("scope", as: RuleScope.self) ?? .document,
            appliesTo: try documentKinds(fields["applies-to"], file: file) ?? defaultKinds,
            patterns: patterns,
            substitutions: substitutions,
            unlessBefore: try fields.strings("unless-before"),
            with: try fields.strings("with"),
            examples: try examples(fields["examples"], file: file),
            reference: try fields.string("reference"),
            parameters: parameters,
            origin: file
        )
    }

    private static func parameters(_ fields: YAMLFields, kind: RuleKind, root: YAMLNode, file: String) throws -> RuleParameters {
        var parameters = RuleParameters()
        parameters.tolerance = try fields.int("tolerance", in: 0...50) ?? 0
        parameters.minimumLength = try fields.int("min-length", in: 2...10_000) ?? 20
        parameters.minimum = try fields.double("min")
        parameters.maximum = try fields.double("max")
        parameters.before = try fields.strings("before")
        parameters.units = try fields.strings("units")
        parameters.since = try fields.int("since", in: 1949...2100)
        if let node = fields["terms"] { parameters.eras = try eras(node, file: file) }
        if kind == .range, parameters.minimum == nil, parameters.maximum == nil {
            throw YAMLFields.error(file, root, "a range rule needs 'max' or 'min'")
        }
        if kind == .emptyValue, parameters.before.isEmpty != parameters.units.isEmpty {
            throw YAMLFields.error(file, root, "an empty-value rule needs both 'before' (words such as 达到) and 'units' (such as %), or neither")
        }
        return parameters
    }

    /// `terms: [{term: 十八大, until: 2017, expected: 党的二十大}, {regex: '…', from: 2013, until: 2018}]`
    private static func eras(_ node: YAMLNode, file: String) throws -> [Era] {
        guard case .sequence(let items) = node.content, !items.isEmpty else {
            throw YAMLFields.error(file, node, "'terms' lists mappings such as {term: 十八大, until: 2017}")
        }
        return try items.map { item in
            let fields = try YAMLFields(file: file, node: item, allowedKeys: ["term", "regex", "from", "until", "expected"])
            let pattern: Pattern
            if let term = try fields.string("term") {
                pattern = .literal(term)
            } else if fields["regex"] != nil {
                pattern = try regexPattern(try fields.required("regex"), file: file)
            } else {
                throw YAMLFields.error(file, item, "a term needs 'term' (a literal) or 'regex'")
            }
            guard let last = try fields.int("until", in: 1949...2100) else {
                throw YAMLFields.error(file, item, "a term needs 'until': the last year it was current")
            }
            return Era(pattern: pattern, first: try fields.int("from", in: 1949...2100), last: last, expected: try fields.string("expected"))
        }
    }

    private static func patternList(_ node: YAMLNode?, file: String) throws -> [Pattern] {
        guard let node else { return [] }
        let items: [YAMLNode]
        switch node.content {
        case .sequence(let sequence): items = sequence
        default: items = [node]
        }
        return try items.map { try pattern($0, file: file) }
    }

    private static func pattern(_ node: YAMLNode, file: String) throws -> Pattern {
        switch node.content {
        case .scalar(let text):
            guard !text.isEmpty else { throw YAMLFields.error(file, node, "an empty pattern would match everywhere") }
            return .literal(text)
        case .mapping:
            let fields = try YAMLFields(file: file, node: node, allowedKeys: ["regex", "literal"])
            if let literal = try fields.string("literal") { return .literal(literal) }
            return try regexPattern(try fields.required("regex"), file: file)
        case .sequence:
            throw YAMLFields.error(file, node, "a pattern is a string (a literal) or {regex: '…'}")
        }
    }

    /// A regex pattern, refused at its position when it does not compile or matches nothing but
    /// the empty string (a rule that silently matches everywhere or nowhere is worse than an error).
    private static func regexPattern(_ node: YAMLNode, file: String) throws -> Pattern {
        let expression = try YAMLFields.string(node, file: file, key: "regex")
        let compiled: CompiledRegex
        do {
            compiled = try CompiledRegex.compiled(expression)
        } catch {
            throw YAMLFields.error(file, node, "regex '\(expression)' does not compile")
        }
        if expression.isEmpty || compiled.matchesEmptyText {
            throw YAMLFields.error(file, node, "regex '\(expression)' matches the empty string, so it would match everywhere")
        }
        return .regex(expression)
    }

    private static func substitutionList(_ node: YAMLNode?, file: String) throws -> [Substitution] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node.content else {
            throw YAMLFields.error(file, node, "'replace' must map each stale term to its replacement, e.g. {卫计委: 卫健委}")
        }
        return try mapping.map { key, value in
            Substitution(pattern: try pattern(key, file: file), replacement: try YAMLFields.string(value, file: file, key: "replace"))
        }
    }

    private static func documentKinds(_ node: YAMLNode?, file: String) throws -> Set<DocumentKind>? {
        guard var node else { return nil }
        if case .mapping = node.content {
            node = try YAMLFields(file: file, node: node, allowedKeys: ["kinds"]).required("kinds")
        }
        guard case .sequence(let sequence) = node.content else {
            throw YAMLFields.error(file, node, "'applies-to' must list document kinds, e.g. [plan, summary+plan]")
        }
        return Set(try sequence.map { item in
            let text = try YAMLFields.string(item, file: file, key: "applies-to")
            guard let kind = DocumentKind(rawValue: text) else {
                throw YAMLFields.error(file, item, "unknown document kind '\(text)'; one of \(DocumentKind.allCases.map(\.rawValue).joined(separator: " | "))")
            }
            return kind
        })
    }

    private static func examples(_ node: YAMLNode?, file: String) throws -> RuleExamples {
        guard let node else { return RuleExamples() }
        let fields = try YAMLFields(file: file, node: node, allowedKeys: ["pass", "fail"])
        return RuleExamples(pass: try fields.strings("pass"), fail: try fields.strings("fail"))
    }
}

/// Rules parsed by several threads into fixed slots, so their order never depends on timing.
private final class ParsedRules: @unchecked Sendable {
    private var slots: [Result<Rule, Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<Rule, Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var all: [Result<Rule, Error>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
