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
        Array(try walk(paths, relativeTo: cwd).files)
    }

    /// `files(in:relativeTo:)`, and also the documents a folder walk passed over because plancheck
    /// cannot read their format (`DocumentFormat.unreadableExtensions`), so the user can
    /// be told rather than left to wonder why a plan is missing from the report.
    package static func walk(_ paths: [String], relativeTo cwd: URL) throws -> DiscoveryResult {
        var walker = Walker()
        // Two paths given may name one file (a file and its folder); one folder's walk meets a
        // path twice only when names that are not UTF-8 are shown alike (see `walk(folder:…)`).
        walker.mayRepeatPaths = paths.count > 1
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
                try walker.walk(folder: Array(absolute.utf8), text: absolute, isExact: true,
                                display: trimmingTrailingSlashes(given), info: info, isGiven: true)
            } else {
                walker.add(path: absolute, display: given)
            }
        }
        var files = walker.found
        if walker.mayRepeatPaths { files.removeRepeatedPaths() }
        files.sortByDisplayPath()
        let byDisplayPath = { (left: DiscoveredFile, right: DiscoveredFile) in String.precedesInScalarOrder(left.displayPath, right.displayPath) }
        return DiscoveryResult(files: files,
                               unreadableDocuments: walker.unreadable.sorted(by: byDisplayPath),
                               unreadableFolders: walker.unreadableFolders)
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

    /// In the order found; repeated paths are left out once the walk is over.
    var found = DiscoveredFiles()
    /// Regular files in folders whose format plancheck cannot read (.doc, .pdf …).
    var unreadable: [DiscoveredFile] = []
    /// Whether `found` may hold a path twice: no set of every path is kept while walking.
    var mayRepeatPaths = false
    var visitedFolders: Set<FileIdentity> = []

    mutating func add(path: String, display: String) {
        found.append(DiscoveredFile(path: URL(fileURLWithPath: path).standardizedFileURL.path, displayPath: display))
    }

    /// Folders below a folder given that could not be read (display paths): named in a warning,
    /// while the rest of the walk goes on.
    var unreadableFolders: [String] = []

    /// Walks a folder whose path is `folder` (bytes, which need not be UTF-8) and, as text,
    /// `text` (`isExact`: the bytes as they are; else with `\xNN` for bytes that are not UTF-8).
    /// A folder the user named that cannot be read fails the walk; one found inside is skipped.
    mutating func walk(folder: [UInt8], text: String, isExact: Bool, display: String, info: stat, isGiven: Bool) throws {
        guard visitedFolders.insert(FileIdentity(info)).inserted else { return }
        guard let names = Self.entries(of: folder) else {
            if isGiven { throw InputFileError(path: display, reason: "cannot read folder: permission denied or unreadable") }
            unreadableFolders.append(display)
            return
        }
        let joiner = display.hasSuffix("/") ? "" : "/"
        // Standardized once here: a name read from the folder has no `.` or `..` to remove, so
        // its files' paths are standard as joined (standardizing each was most of a walk).
        let standardFolder = URL(fileURLWithPath: text, isDirectory: true).standardizedFileURL.path
        let fileBase = standardFolder.hasSuffix("/") ? standardFolder : standardFolder + "/"
        // Added to the list with this folder's first document.
        var listedFolder: Int?
        let named = names.map { (bytes: $0, name: FileNameBytes.text($0)) }
            .sorted { String.precedesInScalarOrder($0.name.text, $1.name.text) }
        for (nameBytes, (name, nameIsExact)) in named where !Discovery.isSkipped(name) {
            let pathBytes = folder + [UInt8(ascii: "/")] + nameBytes
            let exact = isExact && nameIsExact
            // `\xb9` typed as text and the byte B9 are shown alike, and so are their paths.
            if !exact { mayRepeatPaths = true }
            var child = stat()
            if Self.status(of: pathBytes, &child) != 0 {
                // A broken link with a document's name is still reported, by the loader.
                if Discovery.takesFile(named: name) { add(path: text + "/" + name, display: display + joiner + name) }
                continue
            }
            switch child.st_mode & S_IFMT {
            case S_IFDIR:
                try walk(folder: pathBytes, text: text + "/" + name, isExact: exact, display: display + joiner + name, info: child, isGiven: false)
            case S_IFREG:
                if Discovery.takesFile(named: name) {
                    if exact {
                        let index = listedFolder ?? found.addFolder(path: fileBase, displayPath: display + joiner)
                        listedFolder = index
                        found.append(name: nameBytes, inFolder: index)
                    } else {
                        // No String path reaches this file: its bytes are read now, by the path's bytes.
                        let childDisplay = display + joiner + name
                        found.append(DiscoveredFile(path: fileBase + name, displayPath: childDisplay, contents: Self.contents(of: pathBytes, display: childDisplay)))
                    }
                } else if Discovery.isUnreadableDocument(named: name) {
                    unreadable.append(DiscoveredFile(path: fileBase + name, displayPath: display + joiner + name))
                }
            default:
                break
            }
        }
    }

    /// The names in a folder, as bytes (without `.` and `..`); nil when it cannot be read.
    private static func entries(of folder: [UInt8]) -> [[UInt8]]? {
        guard let directory = (folder + [0]).withUnsafeBufferPointer({ opendir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }) else {
            return nil
        }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { bytes in
                    Array(UnsafeBufferPointer(start: bytes, count: strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names
    }

    /// `stat` of a path given as bytes.
    private static func status(of path: [UInt8], _ info: inout stat) -> Int32 {
        (path + [0]).withUnsafeBufferPointer { stat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), &info) }
    }

    /// The bytes of a document whose path is not UTF-8, read through a descriptor opened by the
    /// path's bytes (as any file, within `DocumentLoader.maximumFileSize`); nil when it cannot
    /// be read, and the loader then reports the file.
    private static func contents(of path: [UInt8], display: String) -> [UInt8]? {
        let descriptor = (path + [0]).withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return try? BoundedFileReader.read(path: "/dev/fd/\(descriptor)", displayPath: display, limit: DocumentLoader.maximumFileSize,
                                           tooLarge: "file too large", refusesEmpty: true)
    }
}
