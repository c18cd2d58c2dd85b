import Foundation

/// A rule's regular expression, compiled once and shared by all worker threads.
/// NSRegularExpression is immutable after creation, so sharing it is safe.
public final class CompiledRegex: @unchecked Sendable {
    public let source: String
    private let expression: NSRegularExpression

    public init(_ source: String) throws {
        self.source = source
        self.expression = try NSRegularExpression(pattern: source)
    }

    /// Non-overlapping matches within `range` of `text` (UTF-16 offsets).
    public func matches(in text: NSString, range: Range<Int>) -> [Range<Int>] {
        expression.matches(in: text as String, range: NSRange(location: range.lowerBound, length: range.count))
            .compactMap { match in
                let found = match.range
                guard found.location != NSNotFound, found.length > 0 else { return nil }
                return found.location..<(found.location + found.length)
            }
    }
}
