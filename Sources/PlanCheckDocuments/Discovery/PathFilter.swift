import Foundation

/// Include and ignore globs from a configuration, applied to discovered files by their path
/// relative to the configuration's folder. `*` matches within a folder name, `**` across
/// folders, `?` one character. As in .gitignore, a pattern with no `/` except at its end matches
/// at any depth (`drafts/` leaves out every folder named drafts), and a trailing `/` means
/// everything below. Each glob is matched by `PathGlob`, in time linear in the path.
package struct PathFilter: Sendable {
    private let include: [PathGlob]
    private let ignore: [PathGlob]
    private let base: URL

    package init(include: [String], ignore: [String], base: URL) {
        self.include = include.map(PathGlob.init)
        self.ignore = ignore.map(PathGlob.init)
        self.base = base.standardizedFileURL
    }

    package func accepts(_ file: DiscoveredFile) -> Bool {
        let path = relativePath(of: file.url)
        if ignore.contains(where: { $0.matches(path) }) { return false }
        return include.isEmpty || include.contains { $0.matches(path) }
    }

    private func relativePath(of url: URL) -> String {
        let full = url.standardizedFileURL.path
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}
