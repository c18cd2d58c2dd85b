import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanCheckCore

/// Turns the paths on a command line into the files to check.
package enum Discovery {
    /// The files named by `paths`, sorted by display path (Unicode scalar order, the same on every
    /// machine and locale).
    ///
    /// A file given explicitly is taken whatever its extension (the loader then says whether it
    /// can read it). A folder is walked recursively for `DocumentFormat.readableExtensions`,
    /// skipping hidden entries (`.name`) and Word lock files (`~$name`); a folder reached twice
    /// through symbolic links is walked once, so link loops end.
    ///
    /// - Parameter cwd: the folder relative paths are resolved against.
    /// - Throws: `InputFileError` naming a path that does not exist or a folder that cannot be read.
    package static func files(in paths: [String], relativeTo cwd: URL) throws -> [DiscoveredFile] {
        try walk(paths, relativeTo: cwd).files
    }

    /// `files(in:relativeTo:)`, and also the documents a folder walk passed over because plancheck
    /// cannot read their format (`DocumentFormat.unreadableExtensions`), so the user can
    /// be told rather than left to wonder why a plan is missing from the report.
    package static func walk(_ paths: [String], relativeTo cwd: URL) throws -> DiscoveryResult {
        var walker = Walker()
        for given in paths {
            guard !given.isEmpty else { throw InputFileError(path: given, reason: "empty path") }
            let absolute = given.hasPrefix("/") ? given : cwd.path + "/" + given
            var info = stat()
            guard stat(absolute, &info) == 0 else {
                let code = errno
                var linkInfo = stat()
                let broken = code == ENOENT && lstat(absolute, &linkInfo) == 0
                throw InputFileError(path: given, reason: broken ? "no such file or directory (broken symbolic link)" : BoundedFileReader.reason(forErrno: code))
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                try walker.walk(folder: absolute, display: trimmingTrailingSlashes(given), info: info)
            } else {
                walker.add(path: absolute, display: given)
            }
        }
        let byDisplayPath = { (left: DiscoveredFile, right: DiscoveredFile) in String.precedesInScalarOrder(left.displayPath, right.displayPath) }
        return DiscoveryResult(files: walker.found.sorted(by: byDisplayPath),
                               unreadableDocuments: walker.unreadable.sorted(by: byDisplayPath))
    }

    /// Whether a folder walk takes a file of this name.
    static func takesFile(named name: String) -> Bool {
        guard !isSkipped(name) else { return false }
        let dot = name.lastIndex(of: ".")
        guard let dot, dot != name.startIndex else { return false }
        return DocumentFormat.readableExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Whether a folder walk passes over a file of this name as a document it cannot read.
    static func isUnreadableDocument(named name: String) -> Bool {
        guard !isSkipped(name), let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return DocumentFormat.unreadableExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Hidden entries and Word's `~$` lock files are never documents.
    static func isSkipped(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~$")
    }

    static func trimmingTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}

private struct Walker {
    struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    var found: [DiscoveredFile] = []
    /// Regular files in folders whose format plancheck cannot read (.doc, .pdf …).
    var unreadable: [DiscoveredFile] = []
    var seenPaths: Set<String> = []
    var visitedFolders: Set<FileIdentity> = []

    mutating func add(path: String, display: String) {
        add(URL(fileURLWithPath: path).standardizedFileURL, display: display)
    }

    /// A file whose URL is already standard (a name inside a standardized folder).
    mutating func add(_ url: URL, display: String) {
        guard seenPaths.insert(url.path).inserted else { return }
        found.append(DiscoveredFile(url: url, displayPath: display))
    }

    mutating func walk(folder: String, display: String, info: stat) throws {
        guard visitedFolders.insert(FileIdentity(info)).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw InputFileError(path: display, reason: "cannot read folder: permission denied or unreadable")
        }
        let joiner = display.hasSuffix("/") ? "" : "/"
        // Standardized once here: a name read from the folder has no `.` or `..` to remove, so
        // its files' paths are standard as joined (standardizing each was most of a walk).
        let standardFolder = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
        let fileBase = standardFolder.hasSuffix("/") ? standardFolder : standardFolder + "/"
        for name in names.sorted(by: String.precedesInScalarOrder) where !Discovery.isSkipped(name) {
            let path = folder + "/" + name
            let childDisplay = display + joiner + name
            var child = stat()
            if stat(path, &child) != 0 {
                // A broken link with a document's name is still reported, by the loader.
                if Discovery.takesFile(named: name) { add(path: path, display: childDisplay) }
                continue
            }
            switch child.st_mode & S_IFMT {
            case S_IFDIR:
                try walk(folder: path, display: childDisplay, info: child)
            case S_IFREG:
                if Discovery.takesFile(named: name) {
                    add(URL(fileURLWithPath: fileBase + name, isDirectory: false), display: childDisplay)
                } else if Discovery.isUnreadableDocument(named: name) {
                    unreadable.append(DiscoveredFile(url: URL(fileURLWithPath: fileBase + name, isDirectory: false), displayPath: childDisplay))
                }
            default:
                break
            }
        }
    }
}
