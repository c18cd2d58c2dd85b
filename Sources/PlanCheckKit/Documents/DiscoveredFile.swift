import Foundation

/// A file to check, as found by `Discovery`.
public struct DiscoveredFile: Sendable, Equatable {
    /// Where to read it.
    public let url: URL
    /// How to show it: the path as the user gave it, or a folder they gave joined with the path
    /// inside it.
    public let displayPath: String

    public init(url: URL, displayPath: String) {
        self.url = url
        self.displayPath = displayPath
    }
}
