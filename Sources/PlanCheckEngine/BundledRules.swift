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
            // While the engine is built from the rules, ready what the first search will need.
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

    /// Whether a command line will check documents with the bundled rules, so loading them may
    /// start before it is parsed: `check`, `audit` or `annotate`, without --help or
    /// --no-default-rules. A wrong guess costs a background thread's work, never a result.
    package static func arePrefetched(for arguments: [String]) -> Bool {
        guard let verb = arguments.first, ["check", "audit", "annotate"].contains(verb) else { return false }
        return !arguments.contains { ["--help", "-h", "--no-default-rules"].contains($0) }
    }
}
