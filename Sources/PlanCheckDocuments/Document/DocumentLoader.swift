import Foundation
import PlanCheckCore

/// Reads one file into a `Document`, choosing the reader by the file's extension from
/// `DocumentFormat.all`. It opens the file read-only and never writes to it.
package enum DocumentLoader {
    /// Larger files are refused rather than read into memory; work plans are far smaller.
    package static let maximumFileSize = 256 << 20

    /// Loads and decodes the file at `url`.
    ///
    /// - Parameter displayPath: the path to show the user; it becomes `Document.path` and names the
    ///   file in errors.
    /// - Throws: `InputFileError` when the type is unsupported or the file cannot be read or decoded.
    package static func load(fileAt url: URL, displayPath: String) throws -> Document {
        let format = try format(of: url, displayPath: displayPath)
        return try load(try readBytes(at: url, displayPath: displayPath), format: format, displayPath: displayPath)
    }

    /// Loads a discovered file: from its bytes when they were read already (standard input, as
    /// text unless its given name's extension says otherwise), else from its URL.
    package static func load(_ file: DiscoveredFile) throws -> Document {
        guard let contents = file.contents else { return try load(fileAt: file.url, displayPath: file.displayPath) }
        let named = URL(fileURLWithPath: file.displayPath)
        let format = named.pathExtension.isEmpty ? .text : try format(of: named, displayPath: file.displayPath)
        return try load(contents, format: format, displayPath: file.displayPath)
    }

    /// Decodes bytes already read (standard input, say) as a document of `format`.
    package static func load(_ bytes: [UInt8], format: DocumentFormat, displayPath: String) throws -> Document {
        guard !bytes.isEmpty else { throw InputFileError(path: displayPath, reason: "empty file") }
        guard bytes.count <= maximumFileSize else {
            throw InputFileError(path: displayPath, reason: "file too large (over \(maximumFileSize >> 20) MB)")
        }
        return try format.read(bytes, displayPath)
    }

    /// The format an extension stands for, or an `InputFileError` that says what to do instead.
    package static func format(of url: URL, displayPath: String) throws -> DocumentFormat {
        let ext = url.pathExtension.lowercased()
        if let format = DocumentFormat.format(forExtension: ext) { return format }
        let supported = "supported: \(DocumentFormat.extensionList)"
        let reason: String
        switch ext {
        case "":
            reason = "unsupported file type (no extension; \(supported))"
        case _ where DocumentFormat.unreadableExtensions.contains(ext), "wpt", "dot", "dotx":
            reason = "unsupported file type .\(ext): save it as .docx or plain text"
        default:
            reason = "unsupported file type .\(ext) (\(supported))"
        }
        throw InputFileError(path: displayPath, reason: reason)
    }

    /// The file's bytes, within `maximumFileSize`; an empty file is refused.
    static func readBytes(at url: URL, displayPath: String) throws -> [UInt8] {
        try BoundedFileReader.read(path: url.path, displayPath: displayPath, limit: maximumFileSize,
                                   tooLarge: "file too large (over \(maximumFileSize >> 20) MB)", refusesEmpty: true)
    }
}
