/// A match of one of a rule's patterns, in the folded text.
package struct PatternMatch: Sendable, Hashable {
    /// Index into the rule's `searchPatterns`.
    package var pattern: Int
    /// UTF-16 range (the same in the folded text and the original).
    package var range: Range<Int>

    package init(pattern: Int, range: Range<Int>) {
        self.pattern = pattern
        self.range = range
    }
}
