import Foundation
import PlanCheckCore

/// Writes Word comments into a copy of a .docx: marks in word/document.xml
/// (`DocxBodyEditor`), the comments in word/comments.xml (`DocxCommentsPart`, keeping the
/// document's own), and the relationship and content type that make Word read a new comments
/// part (`DocxCommentsRegistration`). Every other part is copied unchanged (`PackageCopy`).
package enum DocxCommentWriter {
    /// The annotated package.
    ///
    /// - Parameters:
    ///   - data: the .docx as read by `DocxReader.readMapped`, which gave `map`.
    ///   - fallback: where a comment goes whose words have no place in document.xml (the title).
    /// - Throws: `InputFileError` when the package cannot be read or rewritten.
    package static func annotate(_ data: Data, path: String, map: DocxTextMap, comments: [DocumentComment], fallback: Range<Int>) throws -> Data {
        let archive = try PackageArchive(data: data, path: path, kind: ".docx")
        guard !map.xml.starts(with: [0xFF, 0xFE]), !map.xml.starts(with: [0xFE, 0xFF]) else {
            throw InputFileError(path: path, reason: "word/document.xml is UTF-16; save the document again in Word or WPS to annotate it")
        }
        let registration = try DocxCommentsRegistration(archive: archive)
        let commentsPart = try DocxCommentsPart(existing: try archive.bytes(of: registration.part), archive: archive, entry: registration.part)
        var nextID = max(map.largestID, commentsPart.largestID) + 1

        let lineStarts = map.lineStarts
        var marked: [DocxBodyEditor.Marked] = []
        var written: [(id: Int, paragraphs: [String])] = []
        for comment in comments {
            var paragraphs = comment.paragraphs
            var start = map.place(of: comment.range.lowerBound, isEnd: false, lineStarts: lineStarts)
            var end = map.place(of: comment.range.upperBound, isEnd: true, lineStarts: lineStarts)
            if start == nil || end == nil {
                start = map.place(of: fallback.lowerBound, isEnd: false, lineStarts: lineStarts)
                end = map.place(of: fallback.upperBound, isEnd: true, lineStarts: lineStarts)
                if let words = comment.words { paragraphs[0] = "「\(words)」：" + paragraphs[0] }
            }
            guard let start, let end, !paragraphs.isEmpty else { continue }
            marked.append(DocxBodyEditor.Marked(id: nextID, start: start, end: end))
            written.append((nextID, paragraphs))
            nextID += 1
        }

        var replaced: [String: [UInt8]] = ["word/document.xml": DocxBodyEditor(map: map).edit(marked)]
        var added: [(name: String, bytes: [UInt8])] = []
        let comments = commentsPart.adding(written)
        if try archive.bytes(of: registration.part) != nil {
            replaced[registration.part] = comments
        } else {
            added.append((registration.part, comments))
        }
        if !registration.isRegistered {
            let relationships = registration.relationshipsAdding()
            if try archive.bytes(of: DocxCommentsRegistration.relationshipsEntry) != nil {
                replaced[DocxCommentsRegistration.relationshipsEntry] = relationships
            } else {
                added.append((DocxCommentsRegistration.relationshipsEntry, relationships))
            }
            guard let types = try archive.bytes(of: DocxCommentsRegistration.contentTypesEntry) else {
                throw InputFileError(path: path, reason: "not a valid .docx: missing [Content_Types].xml")
            }
            if let updated = try registration.contentTypesAdding(to: types, archive: archive) {
                replaced[DocxCommentsRegistration.contentTypesEntry] = updated
            }
        }
        do {
            return try PackageCopy.copy(archive, replacing: replaced, adding: added)
        } catch let error as InputFileError {
            throw error
        } catch {
            throw InputFileError(path: path, reason: "cannot write the annotated copy: \(error)")
        }
    }
}
