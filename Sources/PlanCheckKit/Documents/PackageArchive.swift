import Foundation
import ZIPFoundation

/// The zip container of a .docx or .odt, read with limits so that a hostile or broken file fails
/// with a clear `DocumentError` instead of exhausting memory.
struct PackageArchive {
    /// The largest uncompressed entry we inflate; a zip bomb stops here. Real document.xml files
    /// of a few hundred pages are a few megabytes.
    static let maximumEntrySize = 64 << 20

    private let archive: Archive
    let path: String
    /// `.docx` or `.odt`, for messages.
    let kind: String

    init(data: Data, path: String, kind: String) throws {
        self.path = path
        self.kind = kind
        // Password-protected Office files (and old .doc files renamed) are OLE compound files,
        // not zips; say so instead of "not a zip".
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw DocumentError(path: path, reason: "not a valid \(kind): encrypted (password-protected) or an old binary Office file")
        }
        guard data.starts(with: [0x50, 0x4B]) else {
            throw DocumentError(path: path, reason: "not a valid \(kind): not a zip package")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw DocumentError(path: path, reason: "not a valid \(kind): encrypted or truncated archive")
        }
    }

    /// The uncompressed bytes of the entry at `name`, or nil when there is no such entry.
    func bytes(of name: String) throws -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
        let limit = PackageArchive.maximumEntrySize
        let tooLarge = DocumentError(path: path, reason: "\(name) inflates to more than \(limit >> 20) MB (zip bomb?)")
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            // The declared size can lie; count what actually comes out.
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit else { throw tooLarge }
                bytes.append(contentsOf: chunk)
            }
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError(path: path, reason: "not a valid \(kind): \(name) is corrupt (encrypted or truncated archive)")
        }
        return bytes
    }

    /// Scans the XML entry `name`, turning scanner failures into a `DocumentError`.
    func scanXML(_ bytes: [UInt8], entry name: String, handler: (XMLScanner.Event) throws -> Void) throws {
        var utf8 = bytes
        // OOXML allows UTF-16 parts; the scanner reads UTF-8 only.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = TextDecoding.decodeUTF16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF) else {
                throw DocumentError(path: path, reason: "not a valid \(kind): \(name) is not valid UTF-16")
            }
            utf8 = Array(text.utf8)
        }
        do {
            try XMLScanner().scan(utf8, handler: handler)
        } catch let failure as XMLScanner.Failure {
            throw DocumentError(path: path, reason: "not a valid \(kind): \(name): \(failure)")
        }
    }
}
