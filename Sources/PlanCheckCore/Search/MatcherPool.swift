#if canImport(_FoundationICU)
import Foundation
import _FoundationICU

/// The ICU matchers of one compiled regex, kept between documents: a clone of the pattern for
/// every rule and document cost more than the searches of most (6,000 instructions a clone, 3%
/// of checking a folder). A matcher serves one searcher at a time, which points it at its own
/// text and callback before it searches, and comes back when that searcher ends.
final class MatcherPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []

    /// More matchers than threads searching at once are never needed; past this they are closed.
    private static let capacity = 16

    /// An idle matcher, or a new clone of `pattern`.
    func take(cloning pattern: OpaquePointer, status: inout UErrorCode) -> OpaquePointer? {
        lock.lock()
        let reused = idle.popLast()
        lock.unlock()
        return reused ?? swift_uregex_clone(pattern, &status)
    }

    /// Keeps `matcher` for the next searcher (its text and callback are set anew there).
    func giveBack(_ matcher: OpaquePointer) {
        lock.lock()
        let kept = idle.count < Self.capacity
        if kept { idle.append(matcher) }
        lock.unlock()
        if !kept { swift_uregex_close(matcher) }
    }

    deinit { for matcher in idle { swift_uregex_close(matcher) } }
}
#endif
