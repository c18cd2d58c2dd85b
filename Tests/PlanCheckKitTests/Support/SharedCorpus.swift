import Foundation

/// The real documents in `../shared/corpus` beside the repository. Tests that read them are
/// skipped on a fresh clone without it (CI always has it).
enum SharedCorpus {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let seeds = folder.appendingPathComponent("seeds")
    static let labels = folder.appendingPathComponent("labels.yaml")

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: labels.path) }

    static func seed(_ name: String) -> URL { seeds.appendingPathComponent(name) }
}
