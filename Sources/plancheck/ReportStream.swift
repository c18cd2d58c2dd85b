import Foundation

/// Writes a report piece by piece as documents are checked: to standard output as it goes, or
/// to a file through `ReportDestination` (a temporary file renamed over the target at the end,
/// or straight into a device or FIFO), so an interrupted run never leaves half a report over a
/// good one.
final class ReportStream {
    private let descriptor: Int32
    private let destination: ReportDestination?
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
            descriptor = STDOUT_FILENO
            destination = nil
        case .file(let path):
            let destination = try ReportDestination(path: path)
            descriptor = destination.descriptor
            self.destination = destination
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
            try DescriptorWriter.writeAll(bytes, to: descriptor)
        } catch {
            writeError = error
        }
    }

    /// Ends the report: flushes, and puts a file report in place.
    func finish() throws {
        flush()
        if let writeError {
            destination?.abandon()
            throw RunFailure("cannot write \(destination?.displayPath ?? "the report to standard output"): \(writeError.reason)")
        }
        try destination?.finish()
    }

    /// Removes a half-written file report (the run failed).
    func abandon() {
        destination?.abandon()
    }
}
