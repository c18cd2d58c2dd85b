import Foundation

/// Writes a report piece by piece as documents are checked: to standard output as it goes, or
/// to a temporary file beside the target that is renamed over it at the end, so an interrupted
/// run never leaves half a report over a good one.
final class ReportStream {
    private let handle: FileHandle
    private let temporary: URL?
    private let target: URL?
    private var buffer = Data()
    /// Written out in chunks of this size: one write per document would be thousands of calls.
    private static let chunkSize = 64 * 1024

    init(_ output: OutputTarget) throws {
        switch output {
        case .standardOutput:
            handle = FileHandle.standardOutput
            temporary = nil
            target = nil
        case .file(let path):
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent()
            let temporaryURL = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard FileManager.default.createFile(atPath: temporaryURL.path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temporaryURL.path) else {
                throw RunFailure("cannot write \(path): cannot create a file in \(folder.path)")
            }
            self.handle = handle
            temporary = temporaryURL
            target = url
        }
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    func write(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { flush() }
    }

    private func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends the report: flushes, and puts a file report in place.
    func finish() throws {
        flush()
        guard let temporary, let target else { return }
        try? handle.close()
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw RunFailure("cannot write \(target.path): \(reason)")
        }
    }

    /// Removes a half-written file report (the run failed).
    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
