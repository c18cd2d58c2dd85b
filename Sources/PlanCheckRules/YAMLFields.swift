import PlanCheckCore

/// Strict reading of a YAML mapping: every key must be known, every value of the expected type,
/// and every error carries the file, line and column of the offending node (Vale's lesson: a
/// typo in a rule must be an error, never a rule that silently matches nothing).
package struct YAMLFields {
    package let file: String
    package let node: YAMLNode
    /// Whether a regex is compiled as it is read, to report one that does not compile at its line
    /// and column; off only for the bundled rules (see `RuleLoader.rule(fromYAML:…)`).
    package var validatesRegexes = true
    private let pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]

    package init(file: String, node: YAMLNode, allowedKeys: [String]) throws {
        self.file = file
        self.node = node
        guard case .mapping(let mapping) = node.content else {
            throw YAMLFields.error(file, node, "expected a mapping of keys to values, found \(YAMLFields.describe(node))")
        }
        var pairs: [(String, YAMLNode, YAMLNode)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode.content else {
                throw YAMLFields.error(file, keyNode, "a key must be a plain word")
            }
            guard allowedKeys.contains(key) else {
                let suggestion = YAMLFields.closest(to: key, in: allowedKeys).map { " (did you mean '\($0)'?)" } ?? ""
                throw YAMLFields.error(file, keyNode, "unknown key '\(key)'\(suggestion); allowed: \(allowedKeys.joined(separator: ", "))")
            }
            pairs.append((key, keyNode, value))
        }
        self.pairs = pairs
    }

    package subscript(key: String) -> YAMLNode? { pairs.first { $0.key == key }?.value }

    package func required(_ key: String) throws -> YAMLNode {
        guard let value = self[key] else { throw YAMLFields.error(file, node, "missing required key '\(key)'") }
        return value
    }

    package func string(_ key: String) throws -> String? {
        guard let value = self[key] else { return nil }
        return try YAMLFields.string(value, file: file, key: key)
    }

    package func requiredString(_ key: String) throws -> String {
        try YAMLFields.string(try required(key), file: file, key: key)
    }

    /// An integer within `bounds`.
    package func int(_ key: String, in bounds: ClosedRange<Int>) throws -> Int? {
        guard let value = self[key] else { return nil }
        let text = try YAMLFields.string(value, file: file, key: key)
        guard let number = Int(text), bounds.contains(number) else {
            throw YAMLFields.error(file, value, "'\(key)' must be a whole number from \(bounds.lowerBound) to \(bounds.upperBound), not '\(text)'")
        }
        return number
    }

    /// A number within `bounds`: a bound a check compares with must not be so large that it
    /// loses its digits or traps when printed (`max: 1e19`).
    package func double(_ key: String, in bounds: ClosedRange<Double>) throws -> Double? {
        guard let value = self[key] else { return nil }
        let text = try YAMLFields.string(value, file: file, key: key)
        guard let number = Double(text), number.isFinite else {
            throw YAMLFields.error(file, value, "'\(key)' must be a number, not '\(text)'")
        }
        guard bounds.contains(number) else {
            throw YAMLFields.error(file, value, "'\(key)' must be a number from \(Self.plain(bounds.lowerBound)) to \(Self.plain(bounds.upperBound)), not '\(text)'")
        }
        return number
    }

    private static func plain(_ number: Double) -> String {
        abs(number) <= 1e15 && number == number.rounded() ? String(Int64(number)) : String(number)
    }

    /// The node of a key that is present, for errors about it.
    package func node(_ key: String) -> YAMLNode? { self[key] }

    /// The keys present, in file order.
    package var keys: [String] { pairs.map(\.key) }

    /// A single string or a list of strings.
    package func strings(_ key: String) throws -> [String] {
        guard let value = self[key] else { return [] }
        switch value.content {
        case .scalar: return [try YAMLFields.string(value, file: file, key: key)]
        case .sequence(let sequence): return try sequence.map { try YAMLFields.string($0, file: file, key: key) }
        default: throw YAMLFields.error(file, value, "'\(key)' must be a string or a list of strings")
        }
    }

    /// One of `names`, with the allowed values named in the error and a did-you-mean.
    package func choice(_ key: String, among names: [String]) throws -> String? {
        guard let value = self[key] else { return nil }
        let text = try YAMLFields.string(value, file: file, key: key)
        guard names.contains(text) else {
            let suggestion = YAMLFields.closest(to: text, in: names).map { " (did you mean '\($0)'?)" } ?? ""
            throw YAMLFields.error(file, value, "'\(key)' must be one of \(names.joined(separator: " | ")), not '\(text)'\(suggestion)")
        }
        return text
    }

    /// An enumerated value, with the allowed values named in the error.
    package func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) throws -> T? where T.RawValue == String {
        try choice(key, among: T.allCases.map(\.rawValue)).flatMap(T.init(rawValue:))
    }

    /// A list of issuer types (`[health-commission, health-center]`), each checked by name.
    package static func issuerTypes(_ list: YAMLNode, file: String, key: String) throws -> Set<IssuerType> {
        guard case .sequence(let items) = list.content else {
            throw YAMLFields.error(file, list, "'\(key)' must list issuer types, e.g. [health-commission, health-center]")
        }
        return Set(try items.map { item in
            let text = try YAMLFields.string(item, file: file, key: key)
            guard let type = IssuerType(rawValue: text) else {
                let names = IssuerType.allCases.map(\.rawValue)
                let suggestion = YAMLFields.closest(to: text, in: names).map { " (did you mean '\($0)'?)" } ?? ""
                throw YAMLFields.error(file, item, "unknown issuer type '\(text)'\(suggestion); one of \(names.joined(separator: " | "))")
            }
            return type
        })
    }

    package static func string(_ node: YAMLNode, file: String, key: String) throws -> String {
        guard case .scalar(let text) = node.content else {
            throw error(file, node, "'\(key)' must be a string, found \(describe(node))")
        }
        return text
    }

    package static func error(_ file: String, _ node: YAMLNode, _ reason: String) -> RuleLoadError {
        RuleLoadError(file: node.file ?? file, line: node.mark.line, column: node.mark.column, reason: reason)
    }

    package static func describe(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let text): "'\(text)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    /// The candidate nearest to a misspelt word, if it is near enough to be a typo.
    /// A word cut short (`warn`) names the one candidate it begins.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 }
        if let (best, distance) = scored, distance <= max(2, word.count / 3) { return best }
        let extensions = candidates.filter { $0.hasPrefix(word) }
        return word.count >= 3 && extensions.count == 1 ? extensions[0] : nil
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
