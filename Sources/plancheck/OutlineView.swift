import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckReporters

/// One piece's outline, in the shape `plancheck inspect` prints.
struct OutlineView {
    struct HeadingView {
        var line: Int
        var column: Int
        var level: Int
        var style: String
        var value: Int
        var marker: String
        var title: String
    }

    struct PartView {
        var kind: String
        var startLine: Int
        var endLine: Int
        var headingLine: Int?
    }

    var piece: Int?
    var heading: String?
    var title: String?
    var year: Int?
    /// Where the year was read when neither title nor opening names it (a sentence setting the
    /// year's work, the date that signs the text, its portal's date); nil otherwise.
    var yearOrigin: YearOrigin?
    /// The year a summary and plan's plan part is judged against, when its title names one
    /// (`2022年度工作总结与2023年度工作计划`: 2023); nil for other documents.
    var plannedYear: Int?
    var kind: String
    var issuer: String?
    var issuerType: String
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
        yearOrigin = outline.yearOrigin
        plannedYear = outline.kind == .summaryPlan ? outline.plannedYear : nil
        kind = outline.kind.rawValue
        issuer = outline.issuer
        issuerType = outline.issuerType.rawValue
        startLine = map.position(of: piece.range.lowerBound).line
        endLine = map.position(of: max(piece.range.lowerBound, piece.range.upperBound - 1)).line
        parts = outline.parts.map { part in
            PartView(kind: part.kind.rawValue, startLine: map.position(of: part.range.lowerBound).line,
                     endLine: map.position(of: max(part.range.lowerBound, part.range.upperBound - 1)).line, headingLine: part.headingLine)
        }
        headings = outline.headings.map { heading in
            HeadingView(line: heading.line, column: map.position(of: heading.markerRange.lowerBound).column, level: heading.level,
                        style: heading.style.rawValue, value: heading.value, marker: document.text(in: heading.markerRange), title: heading.title(in: document))
        }
    }

    /// `  (from the date that signs it, line 25)`: why an untitled text is judged against its year.
    static func describe(_ origin: YearOrigin) -> String {
        let what = switch origin.source {
        case .workSentence: "the sentence that sets the year's work"
        case .signature: "the date that signs it"
        case .portalDate: "the date its portal gives it"
        }
        return "  (from \(what), line \(origin.line))"
    }

    static func text(document: Document, pieces: [OutlineView]) -> String {
        var lines = ["\(document.path)  (\(document.encoding), \(document.sourceMap.lineCount) lines, \(pieces.count) piece\(pieces.count == 1 ? "" : "s"))"]
        for view in pieces {
            lines.append("")
            if let piece = view.piece { lines.append("piece \(piece): \(view.heading ?? "")  [lines \(view.startLine)–\(view.endLine)]") }
            lines.append("  title:  \(view.title ?? "—")")
            let planned = view.plannedYear.flatMap { $0 == view.year ? nil : "  (the plan part: \($0))" } ?? ""
            lines.append("  year:   \(view.year.map(String.init) ?? "unknown")\(planned)\(view.yearOrigin.map(Self.describe) ?? "")")
            lines.append("  kind:   \(view.kind)")
            lines.append("  issuer: \(view.issuer ?? "—") (\(view.issuerType))")
            lines.append("  parts:" + (view.parts.isEmpty ? " none (rules with a part scope look at the whole text)" : ""))
            for part in view.parts { lines.append("    \(part.kind.padding(toLength: 9, withPad: " ", startingAt: 0)) lines \(part.startLine)–\(part.endLine)") }
            lines.append("  headings:" + (view.headings.isEmpty ? " none" : ""))
            for heading in view.headings {
                let indent = String(repeating: "  ", count: max(0, heading.level - 1))
                lines.append("    \(String(heading.line).leftPadded(to: 4)):\(String(heading.column).padding(toLength: 3, withPad: " ", startingAt: 0)) \(indent)\(heading.marker)\(heading.title)")
            }
        }
        // Titles and headings are the document's text: no control character of it reaches the terminal.
        return lines.map(VisibleControls.escaped).joined(separator: "\n") + "\n"
    }

    /// The outline as JSON, written like every JSON plancheck writes (`JSONValue`), keys sorted.
    static func json(document: Document, pieces: [OutlineView]) -> String {
        JSONValue.object([
            ("encoding", .string(document.encoding)),
            ("lines", .int(document.sourceMap.lineCount)),
            ("path", .string(document.path)),
            ("pieces", .array(pieces.map(\.json))),
        ]).serialized
    }

    private var json: JSONValue {
        .object([
            ("endLine", .int(endLine)),
            ("heading", .string(heading)),
            ("headings", .array(headings.map { heading in
                .object([
                    ("column", .int(heading.column)), ("level", .int(heading.level)), ("line", .int(heading.line)),
                    ("marker", .string(heading.marker)), ("style", .string(heading.style)), ("title", .string(heading.title)),
                    ("value", .int(heading.value)),
                ])
            })),
            ("issuer", .string(issuer)),
            ("issuerType", .string(issuerType)),
            ("kind", .string(kind)),
            ("parts", .array(parts.map { part in
                .object([
                    ("endLine", .int(part.endLine)), ("headingLine", part.headingLine.map { .int($0) } ?? .null),
                    ("kind", .string(part.kind)), ("startLine", .int(part.startLine)),
                ])
            })),
            ("piece", piece.map { .int($0) } ?? .null),
            ("plannedYear", plannedYear.map { .int($0) } ?? .null),
            ("startLine", .int(startLine)),
            ("title", .string(title)),
            ("year", year.map { .int($0) } ?? .null),
            ("yearOrigin", yearOrigin.map { .object([("line", .int($0.line)), ("source", .string($0.source.rawValue))]) } ?? .null),
        ])
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
