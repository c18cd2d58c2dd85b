import PlanCheckCore

/// How patterns are written in rule files, for the kinds that search with them: a string is a
/// literal, `{regex: '…'}` a regular expression, `{literal: '…'}` a literal that looks like YAML.
extension YAMLFields {
    /// The patterns of `any` and `patterns` together; a rule of `kind` must have at least one.
    package func searchPatterns(kind: String) throws -> [Pattern] {
        let patterns = try patternList("any") + patternList("patterns")
        if patterns.isEmpty {
            throw YAMLFields.error(file, node, "a \(kind) rule needs 'any' or 'patterns' with at least one pattern")
        }
        return patterns
    }

    /// A pattern or a list of patterns under `key`; none when the key is absent.
    package func patternList(_ key: String) throws -> [Pattern] {
        guard let value = self[key] else { return [] }
        let items: [YAMLNode]
        switch value.content {
        case .sequence(let sequence): items = sequence
        default: items = [value]
        }
        return try items.map { try pattern($0) }
    }

    package func pattern(_ node: YAMLNode) throws -> Pattern {
        switch node.content {
        case .scalar(let text):
            guard !text.isEmpty else { throw YAMLFields.error(file, node, "an empty pattern would match everywhere") }
            return .literal(text)
        case .mapping:
            let fields = try YAMLFields(file: file, node: node, allowedKeys: ["regex", "literal"])
            if let literal = try fields.string("literal") { return .literal(literal) }
            return try regexPattern(try fields.required("regex"))
        case .sequence:
            throw YAMLFields.error(file, node, "a pattern is a string (a literal) or {regex: '…'}")
        }
    }

    /// A regex pattern, refused at its position when it does not compile or matches nothing but
    /// the empty string (a rule that silently matches everywhere or nowhere is worse than an error).
    package func regexPattern(_ node: YAMLNode) throws -> Pattern {
        let expression = try YAMLFields.string(node, file: file, key: "regex")
        guard validatesRegexes else { return .regex(expression) }
        let compiled: CompiledRegex
        do {
            compiled = try CompiledRegex.compiled(expression)
        } catch {
            // The error says why and where (`unbalanced parentheses (at character 4)`).
            throw YAMLFields.error(file, node, "\(error)")
        }
        if expression.isEmpty || compiled.matchesEmptyText {
            throw YAMLFields.error(file, node, "regex '\(expression)' matches the empty string, so it would match everywhere")
        }
        return .regex(expression)
    }

    /// Words folded like the text they are compared with (`unless-before`, `with`).
    package func foldedWords(_ key: String) throws -> (words: [String], folded: [[UInt16]]) {
        let words = try strings(key)
        return (words, words.map { TextNormalizer.fold(Array($0.utf16)) })
    }
}

extension Pattern {
    /// The pattern as `plancheck rules show` lists it.
    package var descriptionLine: String {
        switch self {
        case .literal(let text): "    - \(text)"
        case .regex(let source): "    - regex: \(source)"
        }
    }
}
