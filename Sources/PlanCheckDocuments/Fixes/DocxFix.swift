import Foundation
import PlanCheckCore

/// Applies fixes to a .docx package: a fix whose words lie inside one `w:t` rewrites that text
/// node, and every other byte of the package stays as it was. Words split across runs (Word
/// splits them at a spell-check mark or a format change) are left alone and stay findings.
package enum DocxFix {
    package enum Refusal: Error, Equatable {
        /// Not a .docx plancheck can read (the check reported it).
        case unreadable(String)
        /// The body's markup is read differently here than by the check, or the package is one
        /// this does not rewrite: nothing is changed rather than something miswritten.
        case notRewritable(String)
    }

    /// The fixed package and the edits made (none: the bytes are the input's).
    package static func apply(_ edits: [FixEdit], to package: [UInt8]) throws(Refusal) -> (bytes: [UInt8], applied: [FixEdit]) {
        let paragraphs: [String]
        let body: [UInt8]
        do {
            paragraphs = try DocxReader.read(Data(package)).paragraphs
            let archive = try PackageArchive(data: Data(package), path: "", kind: ".docx")
            guard let bytes = try archive.bytes(of: "word/document.xml") else { throw Refusal.unreadable("missing word/document.xml") }
            body = bytes
        } catch let refusal as Refusal {
            throw refusal
        } catch let error as InputFileError {
            throw .unreadable(error.reason)
        } catch {
            throw .unreadable("\(error)")
        }
        let nodes: DocxTextNodes
        do {
            nodes = try DocxTextNodes(xml: body)
        } catch {
            throw .notRewritable("\(error)")
        }
        guard nodes.paragraphs.count == paragraphs.count else {
            throw .notRewritable("its paragraphs are read differently (embedded chunks?)")
        }
        // Per w:t (by its byte range): the edits inside it, as offsets into its text.
        var changes: [Range<Int>: [(offset: Int, edit: FixEdit)]] = [:]
        var pieceText: [Range<Int>: [Unicode.Scalar]] = [:]
        for edit in FixEdit.nonOverlapping(edits).kept {
            guard edit.line >= 1, edit.line <= paragraphs.count else { continue }
            let line = Array(paragraphs[edit.line - 1].unicodeScalars)
            let own = Array(nodes.text(ofParagraph: edit.line - 1).unicodeScalars)
            // The reader puts the list label Word draws before the runs' text.
            guard line.count >= own.count, Array(line[(line.count - own.count)...]) == own else { continue }
            var position = edit.column - 1 - (line.count - own.count)
            guard position >= 0 else { continue }
            for piece in nodes.paragraphs[edit.line - 1] {
                let scalars = Array(piece.text.unicodeScalars)
                if position < scalars.count {
                    let original = Array(edit.original.unicodeScalars)
                    if let bytes = piece.bytes, position + original.count <= scalars.count,
                       Array(scalars[position..<(position + original.count)]) == original {
                        changes[bytes, default: []].append((position, edit))
                        pieceText[bytes] = scalars
                    }
                    break
                }
                position -= scalars.count
            }
        }
        guard !changes.isEmpty else { return (package, []) }
        var xml = body
        for bytes in changes.keys.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            let raw = Array(body[bytes])
            let escapedAsIs = !raw.contains(0x26)
            var text = pieceText[bytes]!
            var inserted: [String] = []
            for change in changes[bytes]!.sorted(by: { $0.offset > $1.offset }) {
                text.replaceSubrange(change.offset..<(change.offset + change.edit.length), with: change.edit.replacement.unicodeScalars)
                inserted.append(change.edit.replacement)
            }
            var fixed = String.UnicodeScalarView()
            fixed.append(contentsOf: text)
            // Text with no entity was written as it reads (a > may stand bare): only the new words
            // need escaping. Otherwise the node is written again escaped.
            let newRaw = escapedAsIs && !inserted.contains(where: { $0.contains(where: { "&<>".contains($0) }) })
                ? String(fixed) : DocxTextNodes.escape(String(fixed))
            xml.replaceSubrange(bytes, with: Array(newRaw.utf8))
        }
        do {
            let output = try ZipEntryReplacement.replacing("word/document.xml", with: xml, in: package)
            return (output, changes.values.flatMap { $0.map(\.edit) }.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        } catch {
            throw .notRewritable("\(error)")
        }
    }
}
