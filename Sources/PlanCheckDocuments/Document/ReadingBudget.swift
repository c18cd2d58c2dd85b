/// What reading one document may still produce, whatever its file says: decoded text, bytes
/// inflated from its packages, and embedded chunks followed. One per document, handed to
/// everything read for it (the chunks a .docx imports, and the chunks those import), so that
/// nesting and repetition cannot multiply the limits. Text is counted as it is produced, so a
/// document stops at the limit instead of after it has been built whole.
package final class ReadingBudget {
    /// The decoded text one document may expand into, in UTF-8 bytes. Plans run to tens of
    /// kilobytes; checking takes about ten bytes of memory per character, so this also bounds a
    /// check's memory to a few hundred megabytes.
    package static let maximumTextSize = 64 << 20
    /// The text a small file may always expand into. Below `maximumTextSize`, a file may expand
    /// to this plus four times its own size: a few kilobytes of zip could otherwise unfold
    /// into 64 MB of text and take half a gigabyte to check, past the bound of four times the
    /// file's size plus 100 MB that any input is held to. Real plans expand far less.
    static let minimumTextSize = 12 << 20

    /// The text a document read from a file of `fileSize` bytes may expand into.
    package static func textLimit(forFileSize fileSize: Int) -> Int {
        min(maximumTextSize, minimumTextSize + 4 * max(0, fileSize))
    }
    /// Embedded chunks (`w:altChunk`) one document may import, nested ones included. Office
    /// systems put a whole page in one chunk, or one per section.
    static let maximumChunkReferences = 1_000

    let path: String
    /// The limits this budget started from, for the error that names them.
    private let textLimit: Int
    private let chunkReferenceLimit: Int
    private(set) var remainingText: Int
    private(set) var remainingChunkReferences: Int
    /// Bytes still allowed to be inflated from the document's packages together (the outer one
    /// and any .docx inside it); see `ZipContainer.Limits.maximumTotalSize`.
    var remainingPackageBytes: Int

    /// The budget of a document read from a file of `fileSize` bytes (`textLimit(forFileSize:)`).
    convenience init(path: String, fileSize: Int, packageBytes: Int = ZipContainer.Limits().maximumTotalSize) {
        self.init(path: path, text: Self.textLimit(forFileSize: fileSize), packageBytes: packageBytes)
    }

    init(path: String, text: Int = ReadingBudget.maximumTextSize, chunkReferences: Int = ReadingBudget.maximumChunkReferences,
         packageBytes: Int = ZipContainer.Limits().maximumTotalSize) {
        self.path = path
        textLimit = text
        chunkReferenceLimit = chunkReferences
        remainingText = text
        remainingChunkReferences = chunkReferences
        remainingPackageBytes = packageBytes
    }

    /// Counts `utf8Count` bytes of text about to be produced.
    func spendText(_ utf8Count: Int) throws(DocumentTooLargeError) {
        remainingText -= utf8Count
        if remainingText < 0 { throw DocumentTooLargeError(path: path, limit: .text(bytes: textLimit)) }
    }

    /// Counts one embedded chunk about to be followed.
    func followChunk() throws(DocumentTooLargeError) {
        remainingChunkReferences -= 1
        if remainingChunkReferences < 0 {
            throw DocumentTooLargeError(path: path, limit: .embeddedChunks(count: chunkReferenceLimit))
        }
    }
}
