import Foundation

/// Writes a report piece by piece as documents are checked: to standard output as it goes, or
/// to a temporary file beside the target that is renamed over it at the end, so an interrupted
/// run never leaves half a report over a good one.
final class ReportStream {
    private let handle: FileHandle
    private let temporary: URL?
    private let target: URL?
    /// Written out in chunks of this size: one write per document would be thousands of calls.
    private static let chunkSize = 64 * 1024
    /// Pieces at least this large are written without being buffered.
    private static let directSize = 16 * 1024
    private var buffer: [UInt8] = []
    /// The first error a write met; the rest of the report is not written after it.
    private var writeError: DescriptorWriteError?

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
        buffer.reserveCapacity(Self.chunkSize)
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        // A document's report (tens of kilobytes) goes out as it is, without a copy into the
        // buffer: the buffer gathers the small pieces between documents.
        if bytes.count >= Self.directSize {
            flush()
            writeAll(UnsafeRawBufferPointer(bytes))
            return
        }
        if buffer.count + bytes.count <= Self.chunkSize {
            buffer.append(contentsOf: bytes)
            return
        }
        flush()
        buffer.append(contentsOf: bytes)
    }

    private func flush() {
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard writeError == nil else { return }
        do {
            try DescriptorWriter.writeAll(bytes, to: handle.fileDescriptor)
        } catch {
            writeError = error
        }
    }

    /// Ends the report: flushes, and puts a file report in place.
    func finish() throws {
        flush()
        if let writeError {
            if let temporary { try? handle.close(); try? FileManager.default.removeItem(at: temporary) }
            throw RunFailure("cannot write \(target?.path ?? "the report to standard output"): \(writeError.reason)")
        }
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
