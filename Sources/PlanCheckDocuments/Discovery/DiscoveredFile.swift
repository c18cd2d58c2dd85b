import Foundation

/// A file to check, as found by `Discovery`.
package struct DiscoveredFile: Sendable, Equatable {
    /// Where to read it: an absolute, standardized file path. Kept as a path, not a URL: a folder
    /// of 10,000 plans is listed before the first is read, and a URL per file was most of that
    /// list's memory.
    package let path: String
    /// How to show it: the path as the user gave it, or a folder they gave joined with the path
    /// inside it.
    package let displayPath: String
    /// Its bytes when they were read already (standard input); nil: read `url`. Such bytes are
    /// read as the format `displayPath`'s extension names, as text when it names none.
    package let contents: [UInt8]?

    /// Where to read it, as a URL (made when asked for).
    package var url: URL { URL(fileURLWithPath: path, isDirectory: false) }

    package init(url: URL, displayPath: String, contents: [UInt8]? = nil) {
        self.init(path: url.path, displayPath: displayPath, contents: contents)
    }

    package init(path: String, displayPath: String, contents: [UInt8]? = nil) {
        self.path = path
        self.displayPath = displayPath
        self.contents = contents
    }
}
