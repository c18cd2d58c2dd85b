import Foundation
import PlanCheckCore
import PlanCheckDocuments

/// Writes the findings of a .docx or .odt into a copy of it as comments (批注 / office:annotation),
/// for `plancheck annotate` and the web page's reviewed-document download alike.
package enum DocumentAnnotator {
    /// The formats comments can be written into.
    package enum Kind: Sendable {
        case docx
        case odt

        /// The kind a file's extension names, or nil for any other (.doc and .wps included:
        /// their binary format is read, never written).
        package init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "docx": self = .docx
            case "odt": self = .odt
            default: return nil
            }
        }
    }

    /// The annotated copy of `data` (a document of `kind` named `path`) and how many comments it holds.
    package static func annotate(_ data: Data, path: String, kind: Kind, engine: Engine) throws -> (data: Data, comments: Int) {
        switch kind {
        case .docx:
            let read = try DocxReader.readMapped(data, path: path)
            let document = Document(path: path, format: .docx, encoding: "docx", text: read.paragraphs.text,
                                    styledHeadingLevels: read.paragraphs.headingLevels)
            let (comments, fallback) = AnnotationComments.comments(for: engine.check(document), in: document)
            let output = try DocxCommentWriter.annotate(data, path: path, map: read.map, comments: comments, fallback: fallback)
            return (output, comments.count)
        case .odt:
            let read = try OdtReader.readMapped(data, path: path)
            let document = Document(path: path, format: .odt, encoding: "odt", text: read.paragraphs.text,
                                    styledHeadingLevels: read.paragraphs.headingLevels)
            let (comments, fallback) = AnnotationComments.comments(for: engine.check(document), in: document)
            let output = try OdtCommentWriter.annotate(data, path: path, map: read.map, comments: comments, fallback: fallback)
            return (output, comments.count)
        }
    }
}
