import Foundation
import PlanCheckCore
import PlanCheckRules

/// The bundled rules, loaded once per process; `prefetch()` starts loading them on a thread of
/// their own while the command line is still being parsed, which on two cores hides most of
/// the parsing (a fifth of checking one document) behind the rules' loading.
package enum BundledRules {
    private final class Pending: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<[Rule], Error>?
        /// The matcher over all the bundled rules, built next on the same thread.
        let matcherDone = DispatchSemaphore(value: 0)
        var matcher: RuleMatcher?
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: Pending?

    /// Starts loading the rules in the background, unless that has started already.
    package static func prefetch() {
        lock.lock()
        defer { lock.unlock() }
        guard pending == nil else { return }
        let started = Pending()
        pending = started
        Thread.detachNewThread {
            started.result = Result { try RuleLoader.standard.defaultRules(validatingRegexes: false) }
            started.done.signal()
            // Most runs use every bundled rule: their matcher is built while the command line
            // is still being parsed, then what the first search will need.
            if case .success(let rules) = started.result { started.matcher = try? RuleMatcher(rules: rules) }
            started.matcherDone.signal()
            CompiledRegex.warmUp()
        }
    }

    /// The bundled rules (their regexes compiled when a document first needs them): the
    /// prefetched ones when `prefetch()` was called, else loaded now.
    package static func load() throws -> [Rule] {
        prefetch()
        lock.lock()
        let started = pending!
        lock.unlock()
        started.done.wait()
        started.done.signal() // for the next caller
        return try started.result!.get()
    }

    /// The matcher built ahead over the bundled rules, when `rules` are those rules with the
    /// same patterns in the same order (a configuration that only re-grades them); nil when
    /// nothing was prefetched or the rules differ, and the engine builds its own.
    static func prefetchedMatcher(for rules: [Rule]) -> RuleMatcher? {
        lock.lock()
        let started = pending
        lock.unlock()
        guard let started else { return nil }
        started.done.wait()
        started.done.signal()
        guard case .success(let bundled) = started.result, bundled.count == rules.count,
              zip(bundled, rules).allSatisfy({ $0.id == $1.id && $0.searchPatterns == $1.searchPatterns }) else { return nil }
        started.matcherDone.wait()
        started.matcherDone.signal()
        return started.matcher
    }

    /// Whether a command line will check documents with the bundled rules, so loading them may
    /// start before it is parsed: `check`, `audit` or `annotate`, without --help or
    /// --no-default-rules. A wrong guess costs a background thread's work, never a result.
    package static func arePrefetched(for arguments: [String]) -> Bool {
        guard let verb = arguments.first, ["check", "audit", "annotate"].contains(verb) else { return false }
        return !arguments.contains { ["--help", "-h", "--no-default-rules"].contains($0) }
    }
}
