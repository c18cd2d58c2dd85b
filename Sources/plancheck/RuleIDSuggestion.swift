import PlanCheckRules

/// The rule a mistyped or bare id most likely means: `infection-control` is
/// `health.infection-control`, `hygiene.placeholdr` is `hygiene.placeholder`.
enum RuleIDSuggestion {
    static func suggestion(for id: String, in ids: [String]) -> String? {
        // A name without its pack: the one rule of that name in any pack.
        let sameName = ids.filter { $0.split(separator: ".", maxSplits: 1).last.map(String.init) == id }
        if sameName.count == 1 { return sameName[0] }
        if let near = YAMLFields.closest(to: id, in: ids) { return near }
        // A misspelt name without its pack.
        let names = ids.map { $0.split(separator: ".", maxSplits: 1).last.map(String.init) ?? $0 }
        guard let name = YAMLFields.closest(to: id, in: names) else { return nil }
        let matching = ids.filter { $0.hasSuffix("." + name) }
        return matching.count == 1 ? matching[0] : nil
    }
}
