import Foundation

/// A file to check, as found by `Discovery`.
package struct DiscoveredFile: Sendable, Equatable {
    /// Where to read it.
    package let url: URL
    /// How to show it: the path as the user gave it, or a folder they gave joined with the path
    /// inside it.
    package let displayPath: String
    /// Its bytes when they were read already (standard input); nil: read `url`. Such bytes are
    /// read as the format `displayPath`'s extension names, as text when it names none.
    package let contents: [UInt8]?

    package init(url: URL, displayPath: String, contents: [UInt8]? = nil) {
        self.url = url
        self.displayPath = displayPath
        self.contents = contents
    }
}
