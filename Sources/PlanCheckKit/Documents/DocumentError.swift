/// A document that could not be found, read or decoded.
///
/// The description is one line, `path: reason`, so the command line and reporters can show it as
/// a finding about that document while the rest of the folder is still checked.
public struct DocumentError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The path as the user gave it (a display path, not necessarily absolute).
    public let path: String
    /// A short English reason without the path, e.g. `empty file`.
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
