import PlanCheckCore

extension KnownRegexTriggers {
    /// The entries by their sources' bytes: built from a list rather than written as a
    /// `[String: …]` literal, whose every key was hashed by its normalized characters at start.
    private static let bySource: [UTF8Key: RegexTriggers] = Dictionary(
        entries.map { (UTF8Key($0.source), $0.triggers) }, uniquingKeysWith: { first, _ in first })

    /// The prefilter's reading of a bundled regex made ahead, or nil for a regex it does not hold.
    static func triggers(for source: String) -> RegexTriggers? {
        bySource[UTF8Key(source)]
    }
}
