import Foundation

/// Where a report goes: standard output, or a file (see `ReportDestination`: written atomically,
/// or through to a device or FIFO).
enum OutputTarget {
    case standardOutput
    case file(String)

    init(path: String?) {
        self = path.map { $0 == "-" ? .standardOutput : .file($0) } ?? .standardOutput
    }

    /// Whether output goes to a terminal, so colour and progress make sense.
    var isTerminal: Bool {
        if case .standardOutput = self { return isatty(STDOUT_FILENO) == 1 }
        return false
    }

    func write(_ text: String) throws {
        switch self {
        case .standardOutput:
            var text = text
            do {
                try text.withUTF8 { try DescriptorWriter.writeAll(UnsafeRawBufferPointer($0), to: STDOUT_FILENO) }
            } catch let error as DescriptorWriteError {
                throw RunFailure("cannot write to standard output: \(error.reason)")
            }
        case .file:
            // The same way as a streamed report: atomic for files, written through to devices.
            let stream = try ReportStream(self)
            stream.write(text)
            try stream.finish()
        }
    }
}
