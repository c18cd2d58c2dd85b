/// A file that could not be found, read or decoded: a document, a rule file, a configuration or
/// a baseline.
///
/// The description is one line, `path: reason`, so the command line and reporters can show it as
/// a finding about that file while the rest of the run goes on.
package struct InputFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The path as the user gave it (a display path, not necessarily absolute).
    package let path: String
    /// A short English reason without the path, e.g. `empty file`.
    package let reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    package var description: String { "\(path): \(reason)" }
}
