import Foundation
import PlanCheckDocuments
import PlanCheckStructure

/// One piece's outline, in the shape `plancheck inspect` prints.
struct OutlineView: Encodable {
    struct HeadingView: Encodable {
        var line: Int
        var column: Int
        var level: Int
        var style: String
        var value: Int
        var marker: String
        var title: String
    }

    struct PartView: Encodable {
        var kind: String
        var startLine: Int
        var endLine: Int
        var headingLine: Int?
    }

    var piece: Int?
    var heading: String?
    var title: String?
    var year: Int?
    var kind: String
    var issuer: String?
    var startLine: Int
    var endLine: Int
    var parts: [PartView]
    var headings: [HeadingView]

    init(document: Document, piece: Piece, outline: Outline) {
        let map = document.sourceMap
        self.piece = piece.index
        heading = piece.heading
        title = outline.title
        year = outline.year
        kind = outline.kind.rawValue
        issuer = outline.issuer
        startLine = map.position(of: piece.range.lowerBound).line
        endLine = map.position(of: max(piece.range.lowerBound, piece.range.upperBound - 1)).line
        parts = outline.parts.map { part in
            PartView(kind: part.kind.rawValue, startLine: map.position(of: part.range.lowerBound).line,
                     endLine: map.position(of: max(part.range.lowerBound, part.range.upperBound - 1)).line, headingLine: part.headingLine)
        }
        headings = outline.headings.map { heading in
            HeadingView(line: heading.line, column: map.position(of: heading.markerRange.lowerBound).column, level: heading.level,
                        style: heading.style.rawValue, value: heading.value, marker: document.text(in: heading.markerRange), title: heading.title)
        }
    }

    static func text(document: Document, pieces: [OutlineView]) -> String {
        var lines = ["\(document.path)  (\(document.encoding), \(document.sourceMap.lineCount) lines, \(pieces.count) piece\(pieces.count == 1 ? "" : "s"))"]
        for view in pieces {
            lines.append("")
            if let piece = view.piece { lines.append("piece \(piece): \(view.heading ?? "")  [lines \(view.startLine)–\(view.endLine)]") }
            lines.append("  title:  \(view.title ?? "—")")
            lines.append("  year:   \(view.year.map(String.init) ?? "unknown")")
            lines.append("  kind:   \(view.kind)")
            lines.append("  issuer: \(view.issuer ?? "—")")
            lines.append("  parts:" + (view.parts.isEmpty ? " none (rules with a part scope look at the whole text)" : ""))
            for part in view.parts { lines.append("    \(part.kind.padding(toLength: 9, withPad: " ", startingAt: 0)) lines \(part.startLine)–\(part.endLine)") }
            lines.append("  headings:" + (view.headings.isEmpty ? " none" : ""))
            for heading in view.headings {
                let indent = String(repeating: "  ", count: max(0, heading.level - 1))
                lines.append("    \(String(heading.line).leftPadded(to: 4)):\(String(heading.column).padding(toLength: 3, withPad: " ", startingAt: 0)) \(indent)\(heading.marker)\(heading.title)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(document: Document, pieces: [OutlineView]) throws -> String {
        struct Root: Encodable {
            var path: String
            var encoding: String
            var lines: Int
            var pieces: [OutlineView]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Root(path: document.path, encoding: document.encoding, lines: document.sourceMap.lineCount, pieces: pieces))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
