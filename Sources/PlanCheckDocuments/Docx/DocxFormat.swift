import Foundation

extension DocumentFormat {
    /// Word 2007 and later (.docx): paragraphs, list labels and heading styles (`DocxReader`).
    package static let docx: DocumentFormat = DocumentFormat(name: "docx", extensions: ["docx"], linesAreParagraphs: true) { bytes, path in
        let extracted = try DocxReader.read(Data(bytes), path: path)
        return Document(path: path, format: .docx, encoding: "docx", text: extracted.text, styledHeadingLevels: extracted.headingLevels)
    }
}
