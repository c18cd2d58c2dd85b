/// A document that reading would expand past one of the limits of `ReadingBudget`: it is not
/// checked, and the run reports it (`plancheck.too-large`) and goes on with the other documents.
///
/// A separate type from `InputFileError`: the file is readable, and the finding says which
/// limit it passed rather than that it is broken.
package struct DocumentTooLargeError: Error, CustomStringConvertible, Sendable, Equatable {
    package enum Limit: Sendable, Equatable {
        /// Decoded text, in UTF-8 bytes.
        case text(bytes: Int)
        /// Embedded chunks (`w:altChunk`) followed, nested ones included.
        case embeddedChunks(count: Int)
    }

    /// The path as the user gave it.
    package let path: String
    package let limit: Limit

    package init(path: String, limit: Limit) {
        self.path = path
        self.limit = limit
    }

    /// `path: reason`, in English, like `InputFileError`.
    package var description: String { "\(path): \(reason)" }

    package var reason: String {
        switch limit {
        case .text(let bytes): "expands to more than \(bytes >> 20) MB of text; not checked"
        case .embeddedChunks(let count): "imports more than \(count) embedded chunks (w:altChunk); not checked"
        }
    }

    /// The limit passed, in Chinese, for the finding: `文档展开后的文字超过 64 MB 的上限，未检查`.
    package var chineseMessage: String {
        switch limit {
        case .text(let bytes): "文档展开后的文字超过 \(bytes >> 20) MB 的上限，未检查"
        case .embeddedChunks(let count): "文档嵌入的内容块（altChunk）超过 \(count) 处的上限，未检查"
        }
    }
}
