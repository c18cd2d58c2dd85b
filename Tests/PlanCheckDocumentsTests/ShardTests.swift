import Foundation
import Testing
import PlanCheckDocuments
import PlanCheckTestSupport

/// `check --shard i/n`: which files a shard takes (issue 16).
@Suite struct ShardTests {
    @Test func aShardIsWrittenIOverN() throws {
        let shard = try Shard(parsing: "2/4")
        #expect(shard.index == 2 && shard.count == 4)
        #expect(try Shard(parsing: "1/1") == Shard(index: 1, count: 1))
    }

    @Test(arguments: [
        ("0/4", "shard 0/4: i must be from 1 to 4 (the shards are 1/4 … 4/4)"),
        ("5/4", "shard 5/4: i must be from 1 to 4 (the shards are 1/4 … 4/4)"),
        ("1/0", "the number of shards n in i/n must be at least 1, not 0"),
        ("x", "'x' is not a shard: give i/n, the i-th of n shards, e.g. 1/4"),
        ("1/4/2", "'1/4/2' is not a shard: give i/n, the i-th of n shards, e.g. 1/4"),
        ("1/", "'1/' is not a shard: give i/n, the i-th of n shards, e.g. 1/4"),
        ("１/４", "'１/４' is not a shard: give i/n, the i-th of n shards, e.g. 1/4"),
    ])
    func aValueThatNamesNoShardIsRefused(text: String, message: String) {
        #expect(throws: ShardError.self) { try Shard(parsing: text) }
        do {
            _ = try Shard(parsing: text)
        } catch {
            #expect(error.description == message)
        }
    }

    /// The hash is FNV-1a 64 (its published test vectors), so every runner and every version
    /// puts a file in the same shard.
    @Test func theHashIsFNV1aOfTheUTF8Bytes() {
        #expect(Shard.hash("") == 0xCBF2_9CE4_8422_2325)
        #expect(Shard.hash("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(Shard.hash("foobar") == 0x8594_4171_F739_67E8)
    }

    @Test func everyFileIsInExactlyOneShard() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ShardedFolderFixture.write(in: folder)
        let files = try Discovery.files(in: ["plans"], relativeTo: folder.url)
        #expect(files.count == 30)
        for count in 1...7 {
            let shards = try (1...count).map { try Shard(index: $0, count: count).files(of: files) }
            #expect(shards.flatMap { $0.map(\.displayPath) }.sorted() == files.map(\.displayPath).sorted(), "n = \(count)")
            // Each shard keeps the run's order, so its report is in the single run's order too.
            for shard in shards { #expect(shard.map(\.displayPath) == files.map(\.displayPath).filter { name in shard.contains { $0.displayPath == name } }) }
        }
        // Thirty files spread over four shards leave none empty.
        #expect(try (1...4).allSatisfy { try !Shard(index: $0, count: 4).files(of: files).isEmpty })
    }

    @Test func aFileKeepsItsShardWhenOthersAreAdded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ShardedFolderFixture.write(in: folder)
        let shardsOf = { (files: [DiscoveredFile]) throws -> [String: Int] in
            var shardOf: [String: Int] = [:]
            for index in 1...4 {
                for file in try Shard(index: index, count: 4).files(of: files) { shardOf[file.displayPath] = index }
            }
            return shardOf
        }
        let before = try shardsOf(Discovery.files(in: ["plans"], relativeTo: folder.url))
        try folder.write(Data(PlanFixture.text.utf8), to: "plans/乡镇/0 新加的计划.txt")
        try folder.write(Data(PlanFixture.text.utf8), to: "plans/a.txt")
        let after = try shardsOf(Discovery.files(in: ["plans"], relativeTo: folder.url))
        #expect(after.count == before.count + 2)
        for (path, shard) in before { #expect(after[path] == shard, "\(path)") }
    }
}
