import Foundation
import PlanCheckCore

/// Reads one file into a `Document`, choosing the reader by the file's extension. It opens the
/// file read-only and never writes to it.
package enum DocumentLoader {
    /// Extensions (lower case, without the dot) read as plain text.
    package static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    /// Every extension `load` understands; folders are searched for these.
    package static let supportedExtensions: Set<String> = textExtensions.union(["docx", "odt", "doc", "wps", "mht", "mhtml"])
    /// Formats plans are often kept in that plancheck cannot read: a folder walk passes over them
    /// but names them (`Discovery.walk`), and a file given by name is an unreadable-document finding.
    /// In the order messages name them.
    package static let unreadableDocumentExtensions = ["rtf", "pdf"]
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
        switch format {
        case .text:
            let (text, encoding) = try TextDecoding.decode(bytes, path: displayPath)
            return Document(path: displayPath, format: .text, encoding: encoding, text: text)
        case .docx:
            let extracted = try DocxReader.read(Data(bytes), path: displayPath)
            return Document(path: displayPath, format: .docx, encoding: "docx", text: extracted.text, styledHeadingLevels: extracted.headingLevels)
        case .odt:
            let extracted = try OdtReader.read(Data(bytes), path: displayPath)
            return Document(path: displayPath, format: .odt, encoding: "odt", text: extracted.text, styledHeadingLevels: extracted.headingLevels)
        case .doc:
            // Some editors save a .docx, and office systems a web page, under the old name: read
            // each for what it is.
            switch DocReader.disguise(of: bytes) {
            case .docx:
                let extracted = try DocxReader.read(Data(bytes), path: displayPath)
                return Document(path: displayPath, format: .docx, encoding: "docx", text: extracted.text, styledHeadingLevels: extracted.headingLevels)
            case .webPage:
                return try load(bytes, format: .webPage, displayPath: displayPath)
            case .rtf, nil:
                break
            }
            let kind = "." + (displayPath.split(separator: ".").last.map { $0.lowercased() } ?? "doc")
            let extracted = try DocReader.read(bytes, path: displayPath, kind: kind)
            return Document(path: displayPath, format: .doc, encoding: "doc", text: extracted.text, styledHeadingLevels: extracted.headingLevels)
        case .webPage:
            let extracted = try WebPageReader.read(bytes, path: displayPath)
            return Document(path: displayPath, format: .webPage, encoding: "html", text: extracted.text, styledHeadingLevels: extracted.headingLevels)
        }
    }

    /// The format an extension stands for, or a `InputFileError` that says what to do instead.
    package static func format(of url: URL, displayPath: String) throws -> DocumentFormat {
        let ext = url.pathExtension.lowercased()
        if textExtensions.contains(ext) { return .text }
        if ext == "docx" { return .docx }
        if ext == "odt" { return .odt }
        if ext == "doc" || ext == "wps" { return .doc }
        if ext == "mht" || ext == "mhtml" { return .webPage }
        let supported = "supported: .txt .md .markdown .text .docx .odt .doc .wps .mht"
        let reason: String
        switch ext {
        case "":
            reason = "unsupported file type (no extension; \(supported))"
        case "pdf", "rtf", "wpt", "dot", "dotx":
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
