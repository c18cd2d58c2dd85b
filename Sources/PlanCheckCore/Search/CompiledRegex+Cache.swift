import Foundation

extension CompiledRegex {
    static let cache = Cache()

    /// The compiled regexes of one process, by source: one compile and one reading of each.
    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var compiled: [SourceKey: CompiledRegex] = [:]

        /// A regex's source keyed by its bytes: hashing a Chinese String the standard way
        /// normalizes it first, and the cache was a third of preparing the bundled regexes.
        private struct SourceKey: Hashable {
            let source: String

            static func == (lhs: SourceKey, rhs: SourceKey) -> Bool { lhs.source.utf8.elementsEqual(rhs.source.utf8) }

            func hash(into hasher: inout Hasher) {
                var source = source
                source.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }

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
            if let found = compiled[SourceKey(source: regex.source)] { return found }
            compiled[SourceKey(source: regex.source)] = regex
            return regex
        }

        private func cached(_ source: String) -> CompiledRegex? {
            lock.lock()
            defer { lock.unlock() }
            return compiled[SourceKey(source: source)]
        }
    }
}
