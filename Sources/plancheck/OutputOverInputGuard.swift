import Foundation
import PlanCheckDocuments

/// Refuses `-o FILE` when FILE is one of the run's own inputs — a document being checked, the
/// configuration, the baseline, a template — before anything is written: the report would
/// replace the plan it is about. Files are compared by device and inode with links followed, so
/// a symbolic link, a hard link or another spelling of the path is caught too.
enum OutputOverInputGuard {
    /// An input that is not a document: what it is (`configuration`) and its path.
    struct OtherInput {
        var role: String
        var path: String
    }

    static func check(_ output: OutputTarget, documents: some Sequence<DiscoveredFile>, others: [OtherInput] = []) throws {
        guard case .file(let path) = output, let target = identity(of: path) else { return }
        for document in documents where document.contents == nil && identity(of: document.url.path) == target {
            throw refusal(path, "the document \(document.displayPath)")
        }
        for other in others where identity(of: other.path) == target {
            throw refusal(path, "the \(other.role) \(other.path)")
        }
    }

    /// The configuration and the baseline a session reads, as far as they are files.
    static func inputs(configuration file: String?, baseline: String?) -> [OtherInput] {
        [file.map { OtherInput(role: "configuration", path: $0) },
         baseline.map { OtherInput(role: "baseline", path: $0) }].compactMap(\.self)
    }

    private static func refusal(_ output: String, _ input: String) -> RunFailure {
        RunFailure("refusing to write the report to \(output): it is \(input), which this run reads (choose another --output)")
    }

    private struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    /// Device and inode of the file at `path` after following links; nil when there is none.
    private static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
