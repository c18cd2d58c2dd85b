extension DocumentFormat {
    /// A web page saved as a document: .mht/.mhtml (single-file web page), or HTML or MHT under a
    /// .doc or .wps name (`WebPageReader`).
    package static let webPage: DocumentFormat = DocumentFormat(name: "webPage", extensions: ["mht", "mhtml"], linesAreParagraphs: true) { bytes, path in
        let extracted = try WebPageReader.read(bytes, path: path)
        return Document(path: path, format: .webPage, encoding: "html", text: extracted.text, styledHeadingLevels: extracted.headingLevels)
    }
}
