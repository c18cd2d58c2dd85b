/// A match of one of a rule's patterns, in the folded text.
public struct PatternMatch: Sendable, Hashable {
    /// Index into the rule's `searchPatterns`.
    public var pattern: Int
    /// UTF-16 range (the same in the folded text and the original).
    public var range: Range<Int>

    public init(pattern: Int, range: Range<Int>) {
        self.pattern = pattern
        self.range = range
    }
}
