import Foundation
import PlanCheckCore

/// How a baseline names a finding's document and its context, by the baseline file's version.
///
/// Version 2 names documents by their path from the baseline file's folder, so a check from a
/// subfolder, or given absolute paths, finds the same entries; and it keeps only the matched
/// words and a few characters either side, so an edit elsewhere in a long line (a .docx
/// paragraph is one line) leaves the entry matching. Version 1 (before issue 19) named documents
/// as the command line gave them and kept the whole line; its files are still read that way.
package struct BaselineKeying: Sendable {
    /// Characters kept either side of the match: enough to tell two 卫计委 in one paragraph apart,
    /// few enough that rewording the rest of the paragraph does not touch them.
    package static let contextRadius = 6

    package let version: Int
    /// The baseline file's folder, symbolic links resolved (version 2).
    let folder: URL
    /// Where the command line's relative paths start.
    let workingDirectory: URL

    package init(version: Int, folder: URL, workingDirectory: URL) {
        self.version = version
        self.folder = folder.resolvingSymlinksInPath().standardizedFileURL
        self.workingDirectory = workingDirectory.resolvingSymlinksInPath().standardizedFileURL
    }

    /// The document as an entry names it: `path#piece` from the baseline's folder (version 1:
    /// as given, less a leading `./`).
    package func document(_ document: DocumentResult) -> String {
        guard version >= 2 else { return Self.trimmingDotSlash(document.displayName) }
        let absolute = document.path.hasPrefix("/") ? URL(fileURLWithPath: document.path) : workingDirectory.appendingPathComponent(document.path)
        let relative = Self.relativePath(of: absolute.standardizedFileURL, from: folder)
        return document.piece.map { "\(relative)#\($0)" } ?? relative
    }

    /// The text around the finding that identifies it, spacing removed; empty for a finding
    /// about the whole document.
    package func context(_ finding: Finding) -> String {
        guard let line = finding.lineText else { return "" }
        guard version >= 2, let span = finding.span else { return line.filter { !$0.isWhitespace } }
        let scalars = Array(line.unicodeScalars)
        let start = min(max(0, span.start.column - finding.lineTextColumn), scalars.count)
        let length = finding.match?.unicodeScalars.count ?? 0
        let lower = max(0, start - Self.contextRadius)
        let upper = min(scalars.count, start + length + Self.contextRadius)
        var context = String.UnicodeScalarView()
        context.append(contentsOf: scalars[lower..<upper].filter { !$0.properties.isWhitespace })
        return String(context)
    }

    static func trimmingDotSlash(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    /// `target` from `folder`, both standardized absolute URLs: `plans/a.md`, `../other/b.md`.
    static func relativePath(of target: URL, from folder: URL) -> String {
        let from = folder.pathComponents.filter { $0 != "/" }
        let to = target.pathComponents.filter { $0 != "/" }
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }
}
