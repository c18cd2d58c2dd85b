import ArgumentParser
import PlanCheckDocuments

extension Shard {
    /// `--shard i/n` as ArgumentParser reads it: a bad value is a usage error (exit 2) naming it.
    static func argument(_ text: String) throws -> Shard {
        do {
            return try Shard(parsing: text)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Standard input is one document a run names `-`: there is nothing to share out.
    static func validate(_ shard: Shard?, paths: [String]) throws {
        guard let shard, paths.contains(StandardInput.path) else { return }
        throw ValidationError("--shard \(shard.index)/\(shard.count) shares out the files of folders; standard input (-) cannot be sharded")
    }
}
