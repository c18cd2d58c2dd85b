/// `--shard i/n`: the share of a run's documents one of `n` CI runners checks.
///
/// A file belongs to shard `FNV-1a(its display path) mod n + 1`: the hash is of the path as the
/// run names it, not of its place in the folder, so adding a file never moves another one to a
/// different shard (a runner's cache and a reviewer's "which job checked this?" stay valid), and
/// FNV rather than `Hasher`, whose seed changes on every run.
package struct Shard: Sendable, Equatable {
    /// 1-based.
    package let index: Int
    package let count: Int

    /// The error names what is wrong and what is right, as `--shard` is typed by hand in CI files.
    package init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1 else { throw ShardError("the number of shards n in i/n must be at least 1, not \(count)") }
        guard (1...count).contains(index) else {
            throw ShardError("shard \(index)/\(count): i must be from 1 to \(count) (the shards are 1/\(count) … \(count)/\(count))")
        }
        self.index = index
        self.count = count
    }

    /// `2/4`; anything else is refused with the form it should take.
    package init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        // `Int` reads ASCII digits only: a full-width １/４ typed in a Chinese IME is refused here.
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardError("'\(text)' is not a shard: give i/n, the i-th of n shards, e.g. 1/4")
        }
        try self.init(index: index, count: count)
    }

    /// Whether the document shown as `displayPath` is this shard's.
    package func contains(displayPath: String) -> Bool {
        Int(Self.hash(displayPath) % UInt64(count)) + 1 == index
    }

    /// This shard's files, in the order given (the single run's order).
    package func files(of files: [DiscoveredFile]) -> [DiscoveredFile] {
        files.filter { contains(displayPath: $0.displayPath) }
    }

    /// This shard's files, in the order given, in the list's compact form.
    package func files(of files: DiscoveredFiles) -> DiscoveredFiles {
        files.keeping { contains(displayPath: $0.displayPath) }
    }

    /// 64-bit FNV-1a of the UTF-8 bytes.
    package static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return value
    }
}

/// A `--shard` value that names no shard.
package struct ShardError: Error, CustomStringConvertible, Equatable {
    package let description: String

    init(_ description: String) { self.description = description }
}
