/// The defaults of a rule pack: `_pack.yml` in a pack's folder gives keys that every rule file
/// beside it has unless it sets them itself, so an element rule says only what is its own.
///
/// ```yaml
/// defaults:
///   kind: require
///   scope: plan
///   unless-before: [尚未, 没有, 未开展]
/// ```
package struct RulePack: Sendable {
    package static let fileName = "_pack.yml"
    /// Keys a pack may not give: they are each rule's own.
    static let ownKeys: Set<String> = ["id", "title", "message", "examples"]

    /// The default key–value pairs, with their nodes marked as read from the pack's file.
    let defaults: [(key: YAMLNode, value: YAMLNode)]

    package init(yaml text: String, file: String) throws {
        try self.init(root: try YAMLDocument.compose(text, file: file), file: file)
    }

    /// A pack from its file's root node (nil for an empty file).
    package init(root: YAMLNode?, file: String) throws {
        guard let root else {
            throw RuleLoadError(file: file, reason: "empty pack file; it holds 'defaults:' for the rules beside it")
        }
        let fields = try YAMLFields(file: file, node: root, allowedKeys: ["defaults"])
        let defaults = try fields.required("defaults")
        guard case .mapping(let pairs) = defaults.content else {
            throw YAMLFields.error(file, defaults, "'defaults' must map rule keys to values, found \(YAMLFields.describe(defaults))")
        }
        for (key, _) in pairs {
            if case .scalar(let name) = key.content, Self.ownKeys.contains(name) {
                throw YAMLFields.error(file, key, "'\(name)' is each rule's own and cannot be a pack default")
            }
        }
        self.defaults = pairs.map { ($0.key.read(from: file), $0.value.read(from: file)) }
    }

    /// A rule's mapping with the pack's defaults added for the keys it lacks (the pack's after the
    /// rule's own, so errors about the rule's keys come first).
    func applied(to rule: YAMLNode) -> YAMLNode {
        guard case .mapping(let own) = rule.content else { return rule }
        let ownKeys = Set(own.compactMap { pair -> String? in
            if case .scalar(let key) = pair.key.content { key } else { nil }
        })
        var merged = rule
        merged.content = .mapping(own + defaults.filter { pair in
            if case .scalar(let key) = pair.key.content { !ownKeys.contains(key) } else { false }
        })
        return merged
    }

    /// Whether a rule folder's file is a pack file rather than a rule.
    package static func isPackFile(_ path: String) -> Bool {
        path == fileName || path.hasSuffix("/" + fileName)
    }

    /// The folder part of a path (`rules/health` of `rules/health/tcm.yml`).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
