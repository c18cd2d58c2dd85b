import Foundation

/// A fresh folder under the system temporary directory for one test; `defer { folder.remove() }`
/// so test runs leave nothing behind.
package struct TemporaryFolder {
    package let url: URL

    package init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("plancheck-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `data` at a relative path, creating folders on the way.
    @discardableResult
    package func write(_ data: Data, to relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    package func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
