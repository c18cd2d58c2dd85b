import Foundation
import PlanCheckCore

/// The zip container of a .docx or .odt, read with limits so that a hostile or broken file fails
/// with a clear `InputFileError` instead of exhausting memory or crashing: an entry inflates to at
/// most `maximumEntrySize`, all entries read together to at most `maximumTotalSize`, and no entry
/// past a compression ratio of 500:1 once it passes 1 MB (see `ZipContainer.Limits`).
final class PackageArchive {
    /// The largest uncompressed entry we inflate; a zip bomb stops here. Real document.xml files
    /// of a few hundred pages are a few megabytes.
    static let maximumEntrySize = ZipContainer.Limits().maximumEntrySize

    private let container: ZipContainer
    /// The document's budget: bytes still allowed to be inflated from this archive and any
    /// package read from inside it, and the text produced from them.
    let budget: ReadingBudget
    let path: String
    /// `.docx` or `.odt`, for messages.
    let kind: String

    /// - Parameter budget: the budget of the document this package belongs to (a .docx imported
    ///   into another shares the outer one's); nil starts a document's own from `limits`.
    init(data: Data, path: String, kind: String, limits: ZipContainer.Limits = ZipContainer.Limits(), budget: ReadingBudget? = nil) throws {
        self.path = path
        self.kind = kind
        // Password-protected Office files (and old .doc files renamed) are OLE compound files,
        // not zips; say so instead of "not a zip".
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw InputFileError(path: path, reason: "not a valid \(kind): encrypted (password-protected) or an old binary Office file")
        }
        guard data.starts(with: [0x50, 0x4B]) else {
            throw InputFileError(path: path, reason: "not a valid \(kind): not a zip package")
        }
        self.budget = budget ?? ReadingBudget(path: path, fileSize: data.count, packageBytes: limits.maximumTotalSize)
        do {
            container = try ZipContainer(data, limits: limits)
        } catch let failure as ZipContainer.Failure {
            throw PackageArchive.error(failure, entry: nil, path: path, kind: kind)
        }
    }

    /// The uncompressed bytes of the entry at `name`, or nil when there is no such entry.
    func bytes(of name: String) throws -> [UInt8]? {
        do {
            guard let entry = try container.entry(named: name) else { return nil }
            return try container.contents(of: entry, budget: &budget.remainingPackageBytes)
        } catch let failure as ZipContainer.Failure {
            throw PackageArchive.error(failure, entry: name, path: path, kind: kind)
        }
    }

    /// Every entry's name and stored compression method, in the archive's order: what a copy
    /// of the package writes back.
    var entries: [(name: String, isStored: Bool, dosTime: UInt16, dosDate: UInt16)] {
        container.entries.map { ($0.name, $0.method == 0, $0.modifiedTime, $0.modifiedDate) }
    }

    private static func error(_ failure: ZipContainer.Failure, entry: String?, path: String, kind: String) -> InputFileError {
        let part = entry.map { "\($0): " } ?? ""
        let reason: String
        switch failure {
        case .corrupt(let message):
            reason = "not a valid \(kind): \(part)\(message)"
        case .encrypted:
            reason = "not a valid \(kind): \(part)encrypted (password-protected)"
        case .unsupported(let what):
            reason = "not a valid \(kind): \(part)unsupported zip feature: \(what)"
        case .tooLarge(let limit):
            reason = "\(entry ?? "the package") inflates past \(limit) (zip bomb?)"
        }
        return InputFileError(path: path, reason: reason)
    }

    /// Scans the XML entry `name`, turning scanner failures into a `InputFileError`.
    func scanXML(_ bytes: [UInt8], entry name: String, handler: (XMLScanner.Event) throws -> Void) throws {
        try scanXMLLocated(bytes, entry: name) { event, _ in try handler(event) }
    }

    /// As `scanXML`, with each event's byte range in `bytes` (see `XMLScanner.scanLocated`); for a
    /// UTF-16 part they are offsets into its UTF-8 copy.
    func scanXMLLocated(_ bytes: [UInt8], entry name: String, handler: (XMLScanner.Event, Range<Int>) throws -> Void) throws {
        var utf8 = bytes
        // OOXML allows UTF-16 parts; the scanner reads UTF-8 only.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = TextDecoding.decodeUTF16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF) else {
                throw InputFileError(path: path, reason: "not a valid \(kind): \(name) is not valid UTF-16")
            }
            utf8 = Array(text.utf8)
        }
        do {
            try XMLScanner().scanLocated(utf8, handler: handler)
        } catch let failure as XMLScanner.Failure {
            throw InputFileError(path: path, reason: "not a valid \(kind): \(name): \(failure)")
        }
    }
}
