import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one file into a `Document`, choosing the reader by the file's extension. It opens the
/// file read-only and never writes to it.
public enum DocumentLoader {
    /// Extensions (lower case, without the dot) read as plain text.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    /// Every extension `load` understands; folders are searched for these.
    public static let supportedExtensions: Set<String> = textExtensions.union(["docx", "odt", "doc", "wps", "mht", "mhtml"])
    /// Formats plans are often kept in that plancheck cannot read: a folder walk passes over them
    /// but names them (`Discovery.walk`), and a file given by name is an unreadable-document finding.
    /// In the order messages name them.
    public static let unreadableDocumentExtensions = ["rtf", "pdf"]
    /// Larger files are refused rather than read into memory; work plans are far smaller.
    public static let maximumFileSize = 256 << 20

    /// Loads and decodes the file at `url`.
    ///
    /// - Parameter displayPath: the path to show the user; it becomes `Document.path` and names the
    ///   file in errors.
    /// - Throws: `DocumentError` when the type is unsupported or the file cannot be read or decoded.
    public static func load(fileAt url: URL, displayPath: String) throws -> Document {
        let format = try format(of: url, displayPath: displayPath)
        return try load(try readBytes(at: url, displayPath: displayPath), format: format, displayPath: displayPath)
    }

    /// Loads a discovered file: from its bytes when they were read already (standard input, as
    /// text unless its given name's extension says otherwise), else from its URL.
    public static func load(_ file: DiscoveredFile) throws -> Document {
        guard let contents = file.contents else { return try load(fileAt: file.url, displayPath: file.displayPath) }
        let named = URL(fileURLWithPath: file.displayPath)
        let format = named.pathExtension.isEmpty ? .text : try format(of: named, displayPath: file.displayPath)
        return try load(contents, format: format, displayPath: file.displayPath)
    }

    /// Decodes bytes already read (standard input, say) as a document of `format`.
    public static func load(_ bytes: [UInt8], format: DocumentFormat, displayPath: String) throws -> Document {
        guard !bytes.isEmpty else { throw DocumentError(path: displayPath, reason: "empty file") }
        guard bytes.count <= maximumFileSize else {
            throw DocumentError(path: displayPath, reason: "file too large (over \(maximumFileSize >> 20) MB)")
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

    /// The format an extension stands for, or a `DocumentError` that says what to do instead.
    public static func format(of url: URL, displayPath: String) throws -> DocumentFormat {
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
        throw DocumentError(path: displayPath, reason: reason)
    }

    /// Reads the whole file with POSIX calls, so the error says exactly why it failed, and a FIFO
    /// or device given by mistake is refused instead of blocking.
    static func readBytes(at url: URL, displayPath: String) throws -> [UInt8] {
        func fail(_ reason: String) -> DocumentError { DocumentError(path: displayPath, reason: reason) }
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail(reason(forErrno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw fail(reason(forErrno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw fail("is a directory, not a file")
        default: throw fail("not a regular file")
        }
        guard info.st_size <= maximumFileSize else { throw fail("file too large (over \(maximumFileSize >> 20) MB)") }
        guard info.st_size > 0 else { throw fail("empty file") }

        /// Reads into `buffer` (retrying when interrupted): the count read, 0 at the end.
        func readSome(_ buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            while true {
                let count = read(descriptor, buffer.baseAddress!, buffer.count)
                if count >= 0 { return count }
                if errno != EINTR { throw fail(reason(forErrno: errno)) }
            }
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = try bytes.withUnsafeMutableBytes { try readSome(UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if count == 0 { break }
            filled += count
        }
        if filled < bytes.count {
            // The file shrank since fstat.
            bytes.removeSubrange(filled...)
            guard !bytes.isEmpty else { throw fail("empty file") }
            return bytes
        }
        // The file may have grown since fstat: read on, up to the cap. (Most files end here, at
        // the first read, without a larger buffer being made for nothing.)
        try withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 1) { more in
            while true {
                let count = try readSome(more)
                if count == 0 { break }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: more[..<count]))
                guard bytes.count <= maximumFileSize else { throw fail("file too large (over \(maximumFileSize >> 20) MB)") }
            }
        }
        return bytes
    }

    static func reason(forErrno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "cannot read: permission denied"
        case ELOOP: return "cannot read: too many levels of symbolic links"
        case EISDIR: return "is a directory, not a file"
        default: return "cannot read: \(String(cString: strerror(code)))"
        }
    }
}
