import Foundation

extension DocumentFormat {
    /// OpenDocument text (.odt), as LibreOffice and WPS write it (`OdtReader`).
    package static let odt: DocumentFormat = DocumentFormat(name: "odt", extensions: ["odt"], linesAreParagraphs: true) { bytes, path in
        let extracted = try OdtReader.read(Data(bytes), path: path)
        return Document(path: path, format: .odt, encoding: "odt", text: extracted.text, styledHeadingLevels: extracted.headingLevels)
    }
}
