/// Applies a configuration to loaded rules: packs, rules turned off, severity overrides.
package enum RuleSelection {
    /// The rules that run. An id in `disable` or `severity` that names no loaded rule is an
    /// error: a typo there would otherwise silently change nothing.
    package static func apply(_ configuration: Configuration, to rules: [Rule], bundledPacks: Set<String>) throws -> [Rule] {
        let file = configuration.file ?? ConfigurationLoader.fileName
        let known = Set(rules.map(\.id))
        for id in configuration.disabled + configuration.severities.keys.sorted() where !known.contains(id) {
            let position = configuration.ruleIDPositions[id]
            let suggestion = YAMLFields.closest(to: id, in: rules.map(\.id)).map { "did you mean '\($0)'? " } ?? ""
            throw RuleLoadError(file: file, line: position?.line, column: position?.column,
                                reason: "no rule with id '\(id)' (\(suggestion)see 'plancheck rules list')")
        }
        if let packs = configuration.packs {
            for pack in packs where !bundledPacks.contains(pack) {
                throw RuleLoadError(file: file, reason: "no bundled pack '\(pack)'; bundled: \(bundledPacks.sorted().joined(separator: ", "))")
            }
        }
        let disabled = Set(configuration.disabled)
        return rules.compactMap { rule in
            if disabled.contains(rule.id) { return nil }
            if let packs = configuration.packs, rule.origin.hasPrefix("rules/"), !packs.contains(rule.pack) { return nil }
            var selected = rule
            if let severity = configuration.severities[rule.id] { selected.severity = severity }
            return selected
        }
    }
}
