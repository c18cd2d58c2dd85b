import PlanCheckCore

/// A rule pack as an audit names it: the part of the rule ids before the first dot.
package struct AuditRulePack: Sendable, Equatable {
    package var name: String
    package var rules: Int

    package init(name: String, rules: Int) {
        self.name = name
        self.rules = rules
    }

    /// The packs of the rules that ran, by name.
    static func packs(of rules: [RuleDescriptor]) -> [AuditRulePack] {
        // The engine's own findings (`plancheck.*`) are not a pack anyone chose.
        let names = rules.filter { !$0.isBuiltIn }.map { $0.id.split(separator: ".", maxSplits: 1).first.map(String.init) ?? $0.id }
        return Dictionary(grouping: names, by: { $0 }).map { AuditRulePack(name: $0.key, rules: $0.value.count) }.sorted { $0.name < $1.name }
    }
}
