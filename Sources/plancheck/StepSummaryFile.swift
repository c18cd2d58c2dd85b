import Foundation

/// Appends to the file GitHub Actions names in `$GITHUB_STEP_SUMMARY` (appending, as each
/// command of a step adds its part). A summary that cannot be written is a warning: the checks
/// ran, and the exit code must say what they found.
enum StepSummaryFile {
    static var path: String? {
        ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func append(_ text: String, to path: String) {
        // A file that cannot be created is reported below, when it cannot be opened either.
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            FileHandle.standardError.write(Data("plancheck: warning: cannot write the step summary to \(path)\n".utf8))
            return
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            FileHandle.standardError.write(Data("plancheck: warning: cannot write the step summary to \(path): \(error)\n".utf8))
        }
    }
}
