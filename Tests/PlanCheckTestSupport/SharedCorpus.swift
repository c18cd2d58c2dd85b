import Foundation

/// The real documents in `../shared/corpus` beside the repository. Tests that read them are
/// skipped on a fresh clone without it (CI always has it).
package enum SharedCorpus {
    package static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package static let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    package static let seeds = folder.appendingPathComponent("seeds")
    package static let labels = folder.appendingPathComponent("labels.yaml")

    package static var isAvailable: Bool { FileManager.default.fileExists(atPath: labels.path) }

    package static func seed(_ name: String) -> URL { seeds.appendingPathComponent(name) }
}
