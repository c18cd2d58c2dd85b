import Foundation

/// A rule's regular expression, compiled once and shared by all worker threads.
/// NSRegularExpression is immutable after creation, so sharing it is safe.
public final class CompiledRegex: @unchecked Sendable {
    public let source: String
    /// Literals every match contains (folded), when they can be named: the regex then only runs
    /// on lines holding one of them.
    public let requiredLiterals: Set<String>?
    private let expression: NSRegularExpression

    public init(_ source: String) throws {
        self.source = source
        self.expression = try NSRegularExpression(pattern: source)
        self.requiredLiterals = RegexPrefilter.requiredLiterals(of: source).map { Set($0.map(TextNormalizer.fold)) }
    }

    /// Non-overlapping matches within `range` of `text` (UTF-16 offsets).
    public func matches(in text: String, range: Range<Int>) -> [Range<Int>] {
        expression.matches(in: text, range: NSRange(location: range.lowerBound, length: range.count))
            .compactMap { match in
                let found = match.range
                guard found.location != NSNotFound, found.length > 0 else { return nil }
                return found.location..<(found.location + found.length)
            }
    }
}
