import Foundation

/// A rule's regular expression, compiled once and shared by all worker threads.
/// NSRegularExpression is immutable after creation, so sharing it is safe.
///
/// A rule's author can write a regex that backtracks catastrophically (`(a+)+$` over a long run
/// of `a`): ICU would then search for longer than the universe has. Every search here runs under
/// a time limit. ICU (under NSRegularExpression on every platform) calls back periodically from
/// inside a long match when the search asks for `.reportProgress` (about every ten thousand
/// backtracking steps, a few microseconds apart), and the callback stops the search once the
/// deadline has passed; the matches found so far are kept and the result says it stopped.
public final class CompiledRegex: @unchecked Sendable {
    /// What one search found.
    public struct Scan: Sendable, Equatable {
        /// Non-overlapping, non-empty matches (UTF-16 offsets), in order.
        public var ranges: [Range<Int>]
        /// Whether the search was cut off at its time limit: `ranges` then holds only the
        /// matches found before it, and the text after them was not searched.
        public var exceededLimit: Bool
    }

    /// How long one rule's regex may search one document before it is stopped. Real rules over
    /// real plans take well under a millisecond.
    public static let timeLimit: Duration = .seconds(1)

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

    /// Non-overlapping matches within `range` of `text` (UTF-16 offsets), searching for at most
    /// `CompiledRegex.timeLimit`; after that the matches found so far.
    public func matches(in text: String, range: Range<Int>) -> [Range<Int>] {
        scan(text, range: range).ranges
    }

    /// Non-overlapping matches within `range` of `text` (UTF-16 offsets), stopping at
    /// `deadline`. Give one deadline to all searches of one rule over one document, so that the
    /// limit holds per rule and document however many pieces the document has.
    public func scan(_ text: String, range: Range<Int>, deadline: ContinuousClock.Instant? = nil) -> Scan {
        let deadline = deadline ?? ContinuousClock.now.advanced(by: CompiledRegex.timeLimit)
        var ranges: [Range<Int>] = []
        var exceeded = false
        let searched = NSRange(location: range.lowerBound, length: range.count)
        expression.enumerateMatches(in: text, options: [.reportProgress], range: searched) { match, _, stop in
            if let found = match?.range, found.location != NSNotFound, found.length > 0 {
                ranges.append(found.location..<(found.location + found.length))
            }
            if ContinuousClock.now >= deadline {
                exceeded = true
                stop.pointee = true
            }
        }
        return Scan(ranges: ranges, exceededLimit: exceeded)
    }
}
