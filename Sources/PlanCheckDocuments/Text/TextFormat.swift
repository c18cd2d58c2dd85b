extension DocumentFormat {
    /// Plain text: UTF-8, UTF-16 with a byte-order mark, or GB18030 (`TextDecoding`).
    package static let text: DocumentFormat = DocumentFormat(name: "text", extensions: ["txt", "md", "markdown", "text"], linesAreParagraphs: false) { bytes, path in
        let (text, encoding) = try TextDecoding.decode(bytes, path: path)
        // Decoding expands a file at most twofold (GB18030 and UTF-16 to UTF-8), so the text is
        // counted once decoded.
        try ReadingBudget(path: path, fileSize: bytes.count).spendText(text.utf8.count)
        return Document(path: path, format: .text, encoding: encoding, text: text)
    }
}
