extension DocumentFormat {
    /// Word 97–2003 (.doc, and .wps in the same format) (`DocReader`). Some editors save a .docx,
    /// and office systems a web page, under these names: each is read for what it is.
    package static let doc: DocumentFormat = DocumentFormat(name: "doc", extensions: ["doc", "wps"], linesAreParagraphs: true) { bytes, path in
        switch DocReader.disguise(of: bytes) {
        case .docx: return try DocumentFormat.docx.read(bytes, path)
        case .webPage: return try DocumentFormat.webPage.read(bytes, path)
        case .rtf, nil: break
        }
        let kind = "." + (path.split(separator: ".").last.map { $0.lowercased() } ?? "doc")
        let extracted = try DocReader.read(bytes, path: path, kind: kind)
        return Document(path: path, format: .doc, encoding: "doc", text: extracted.text, styledHeadingLevels: extracted.headingLevels)
    }
}
