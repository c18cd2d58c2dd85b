import Foundation

/// Include and ignore globs from a configuration, applied to discovered files by their path
/// relative to the configuration's folder. `*` matches within a folder name, `**` across
/// folders, `?` one character. As in .gitignore, a pattern with no `/` except at its end matches
/// at any depth (`drafts/` leaves out every folder named drafts), and a trailing `/` means
/// everything below.
package struct PathFilter: Sendable {
    private let include: [NSRegularExpression]
    private let ignore: [NSRegularExpression]
    private let base: URL

    package init(include: [String], ignore: [String], base: URL) {
        self.include = include.compactMap(PathFilter.compile)
        self.ignore = ignore.compactMap(PathFilter.compile)
        self.base = base.standardizedFileURL
    }

    package func accepts(_ file: DiscoveredFile) -> Bool {
        let path = relativePath(of: file.url)
        if ignore.contains(where: { PathFilter.matches($0, path) }) { return false }
        return include.isEmpty || include.contains { PathFilter.matches($0, path) }
    }

    private func relativePath(of url: URL) -> String {
        let full = url.standardizedFileURL.path
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    private static func matches(_ expression: NSRegularExpression, _ path: String) -> Bool {
        expression.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }

    /// Turns a glob into an anchored regex.
    static func compile(_ glob: String) -> NSRegularExpression? {
        let anchored = glob.dropLast(glob.hasSuffix("/") ? 1 : 0).contains("/")
        var pattern = glob.hasPrefix("/") ? String(glob.dropFirst()) : (anchored ? glob : "**/" + glob)
        if pattern.hasSuffix("/") { pattern += "**" }
        var regex = "^"
        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "*", index + 1 < characters.count, characters[index + 1] == "*" {
                // `**/` matches zero or more folders; a trailing `**` matches everything below.
                if index + 2 < characters.count, characters[index + 2] == "/" {
                    regex += "(?:.*/)?"
                    index += 3
                } else {
                    regex += ".*"
                    index += 2
                }
                continue
            }
            switch character {
            case "*": regex += "[^/]*"
            case "?": regex += "[^/]"
            default: regex += NSRegularExpression.escapedPattern(for: String(character))
            }
            index += 1
        }
        return try? NSRegularExpression(pattern: regex + "$")
    }
}
