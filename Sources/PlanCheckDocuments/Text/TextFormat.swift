extension DocumentFormat {
    /// Plain text: UTF-8, UTF-16 with a byte-order mark, or GB18030 (`TextDecoding`).
    package static let text: DocumentFormat = DocumentFormat(name: "text", extensions: ["txt", "md", "markdown", "text"], linesAreParagraphs: false) { bytes, path in
        let (text, encoding) = try TextDecoding.decode(bytes, path: path)
        return Document(path: path, format: .text, encoding: encoding, text: text)
    }
}
