import Foundation

extension CompiledRegex {
    static let cache = Cache()

    /// The compiled regexes of one process, by source: one compile and one reading of each.
    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var compiled: [UTF8Key: CompiledRegex] = [:] // by source

        func compiled(_ source: String, deferring: Bool, triggers: RegexTriggers? = nil) throws -> CompiledRegex {
            if let found = cached(source) {
                if !deferring { try found.validate() }
                return found
            }
            // Made outside the lock, so that regexes are prepared side by side; the first one
            // stored is the one every caller gets.
            let regex = try CompiledRegex(source, deferringCompilation: deferring, triggers: triggers)
            let stored = store(regex)
            if !deferring, stored !== regex { try stored.validate() }
            return stored
        }

        private func store(_ regex: CompiledRegex) -> CompiledRegex {
            lock.lock()
            defer { lock.unlock() }
            if let found = compiled[UTF8Key(regex.source)] { return found }
            compiled[UTF8Key(regex.source)] = regex
            return regex
        }

        private func cached(_ source: String) -> CompiledRegex? {
            lock.lock()
            defer { lock.unlock() }
            return compiled[UTF8Key(source)]
        }
    }
}
