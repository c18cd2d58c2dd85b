import Foundation
import PlanCheckCore

/// Reads rule files: one rule per YAML file, decoded strictly, with the defaults of its pack
/// (`_pack.yml` beside it) for the keys it does not set. The kinds a file may name are the
/// loader's (`RuleLoader.standard` in PlanCheckChecks has them all).
package struct RuleLoader: Sendable {
    /// Keys every rule may have, whatever its kind (`examples` is read last, and listed last).
    static let sharedKeys = ["id", "title", "kind", "severity", "message", "hint", "reference", "scope", "applies-to"]

    /// The kinds rule files may name, by name, in the order given.
    let kinds: [any RuleKind.Type]
    /// Every key a rule file may hold, in the order errors list them.
    let allowedKeys: [String]

    package init(kinds: [any RuleKind.Type]) {
        self.kinds = kinds
        var keys = Self.sharedKeys
        for kind in kinds { keys += kind.keys.filter { !keys.contains($0) } }
        allowedKeys = keys + ["examples"]
    }

    /// Parses one rule from YAML text. `file` names it in errors; `pack` holds defaults.
    /// `validatingRegexes: false` is for the bundled rules only, whose regexes their tests compile:
    /// each is then compiled when a document first needs it (`CompiledRegex.deferred`).
    package func rule(fromYAML text: String, file: String, pack: RulePack? = nil, validatingRegexes: Bool = true) throws -> Rule {
        try rule(from: { try YAMLDocument.compose(text, file: file) }, file: file, pack: pack, validatingRegexes: validatingRegexes)
    }

    /// A rule from the root node `compose` gives (nil for an empty file).
    private func rule(from compose: () throws -> YAMLNode?, file: String, pack: RulePack?, validatingRegexes: Bool) throws -> Rule {
        do {
            guard let root = try compose() else {
                throw RuleLoadError(file: file, reason: "empty rule file")
            }
            return try decodeRule(pack?.applied(to: root) ?? root, file: file, validatingRegexes: validatingRegexes)
        } catch let error as RuleLoadError {
            throw error
        } catch {
            throw RuleLoadError(file: file, reason: "\(error)")
        }
    }

    /// Loads a rule file, or every `.yml`/`.yaml` file under a folder (sorted by path); throws
    /// the first file's error (`loadRules(at:displayPath:)` gives every one).
    package func rules(at url: URL, displayPath: String) throws -> [Rule] {
        let loaded = loadRules(at: url, displayPath: displayPath)
        if let first = loaded.errors.first { throw first }
        return loaded.rules
    }

    /// Loads a rule file, or every `.yml`/`.yaml` file under a folder (sorted by path), going on
    /// past a file that does not load, so an author sees every broken file at once.
    package func loadRules(at url: URL, displayPath: String) -> (rules: [Rule], errors: [RuleLoadError]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            return ([], [RuleLoadError(file: displayPath, reason: "no such rule file or folder")])
        }
        let files = isFolder.boolValue ? Self.yamlFiles(in: url, displayPath: displayPath) : [(url: url, display: displayPath)]
        var packs = PackCache()
        var rules: [Rule] = []
        var errors: [RuleLoadError] = []
        for file in files where !RulePack.isPackFile(file.display) {
            do {
                let pack = try packs.pack(beside: file.url, display: file.display)
                rules.append(try rule(fromYAML: try YAMLDocument.readFile(at: file.url, displayPath: file.display), file: file.display, pack: pack))
            } catch let error as RuleLoadError {
                errors.append(error)
            } catch {
                errors.append(RuleLoadError(file: file.display, reason: "\(error)"))
            }
        }
        return (rules, errors)
    }

    /// The packs met in one load, each read once; a pack that does not load fails each rule beside it.
    private struct PackCache {
        var loaded: [String: Result<RulePack?, RuleLoadError>] = [:]

        mutating func pack(beside file: URL, display: String) throws -> RulePack? {
            let folder = file.deletingLastPathComponent().standardizedFileURL.path
            if let known = loaded[folder] { return try known.get() }
            let url = URL(fileURLWithPath: folder).appendingPathComponent(RulePack.fileName)
            let packDisplay = String(display.dropLast(file.lastPathComponent.count)) + RulePack.fileName
            let result: Result<RulePack?, RuleLoadError>
            if FileManager.default.fileExists(atPath: url.path) {
                result = Result { try RulePack(yaml: try YAMLDocument.readFile(at: url, displayPath: packDisplay), file: packDisplay) }
                    .mapError { $0 as? RuleLoadError ?? RuleLoadError(file: packDisplay, reason: "\($0)") }
            } else {
                result = .success(nil)
            }
            loaded[folder] = result
            return try result.get()
        }
    }

    /// The `.yml`/`.yaml` files under a folder, hidden ones left out, sorted by display path.
    private static func yamlFiles(in folder: URL, displayPath: String) -> [(url: URL, display: String)] {
        (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { ["yml", "yaml"].contains($0.pathExtension) && !$0.lastPathComponent.hasPrefix(".") }
            .map { (url: $0, display: displayPath + "/" + String($0.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))) }
            .sorted { String.precedesInScalarOrder($0.display, $1.display) }
    }

    /// The bundled default rules, parsed on all cores: loading them is most of what a
    /// pre-commit check of one document costs.
    /// Their nodes were read at build time (`DefaultRules.trees`), the same nodes their texts compose to.
    package func defaultRules(validatingRegexes: Bool = true) throws -> [Rule] {
        let trees = DefaultRules.trees
        let packs = try Dictionary(uniqueKeysWithValues: trees.filter { RulePack.isPackFile($0.path) }.map { tree in
            (RulePack.folder(of: tree.path), try RulePack(root: tree.root(), file: tree.path))
        })
        let files = trees.filter { !RulePack.isPackFile($0.path) }
        let parsed = ParsedRules(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            parsed.set(index, Result {
                try rule(from: file.root, file: file.path, pack: packs[RulePack.folder(of: file.path)], validatingRegexes: validatingRegexes)
            })
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

    private func decodeRule(_ root: YAMLNode, file: String, validatingRegexes: Bool) throws -> Rule {
        var fields = try YAMLFields(file: file, node: root, allowedKeys: allowedKeys)
        fields.validatesRegexes = validatingRegexes
        let id = try fields.requiredString("id")
        if !Self.isWellFormedID(id) {
            throw YAMLFields.error(file, try fields.required("id"), "id '\(id)' must look like pack.name (lower-case letters, digits, '-', dots)")
        }
        let names = kinds.map { $0.name }
        guard let name = try fields.choice("kind", among: names), let kindType = kinds.first(where: { $0.name == name }) else {
            throw YAMLFields.error(file, root, "missing required key 'kind' (\(names.joined(separator: " | ")))")
        }
        for key in fields.keys where !Self.sharedKeys.contains(key) && key != "examples" && !kindType.keys.contains(key) {
            let others = kinds.filter { $0.keys.contains(key) }.map { $0.name }.sorted().joined(separator: ", ")
            throw YAMLFields.error(file, fields.node(key) ?? root, "'\(key)' does not apply to a \(name) rule (only to: \(others))")
        }
        let kind = try kindType.init(decoding: fields)
        return Rule(
            id: id,
            title: try fields.string("title") ?? id,
            kind: kind,
            severity: try fields.choice("severity", as: Severity.self) ?? .warning,
            message: try fields.requiredString("message"),
            hint: try fields.string("hint"),
            scope: try fields.choice("scope", as: RuleScope.self) ?? .document,
            appliesTo: try Self.documentKinds(fields["applies-to"], file: file),
            issuers: try Self.issuers(fields["applies-to"], file: file),
            examples: try Self.examples(fields["examples"], file: file),
            reference: try fields.string("reference"),
            origin: file
        )
    }

    /// `applies-to: [plan, summary]`, or `{kinds: [plan], issuers: [hospital, cdc]}`.
    private static func documentKinds(_ node: YAMLNode?, file: String) throws -> Set<DocumentKind>? {
        guard var node else { return nil }
        if case .mapping = node.content {
            guard let kinds = try YAMLFields(file: file, node: node, allowedKeys: ["kinds", "issuers"])["kinds"] else { return nil }
            node = kinds
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

    /// The `issuers` of `applies-to: {issuers: […]}`; `nil` when not given (every issuer).
    private static func issuers(_ node: YAMLNode?, file: String) throws -> Set<IssuerType>? {
        guard let node, case .mapping = node.content,
              let list = try YAMLFields(file: file, node: node, allowedKeys: ["kinds", "issuers"])["issuers"] else { return nil }
        return try YAMLFields.issuerTypes(list, file: file, key: "issuers")
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
