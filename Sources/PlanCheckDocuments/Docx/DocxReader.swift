import Foundation
import PlanCheckCore

/// Reads the body text of a .docx (Office Open XML) document: one line per paragraph.
///
/// Every `w:p` becomes one paragraph, including table-cell paragraphs in document order; runs
/// give their `w:t` text, `w:tab` a tab and `w:br`/`w:cr` a space (a soft line break stays inside
/// its paragraph). A paragraph in an automatically numbered list starts with the label Word
/// draws for it (`WordListNumbering`). Alternative format chunks (an imported web page, say) are
/// read where they stand (`DocxAltChunks`). Deleted and moved-away revisions, fallback copies of
/// text boxes, headers, footers, footnotes and comments are not read. The text, chunks included,
/// counts against the document's `ReadingBudget` as it is read.
///
/// - Throws: `InputFileError` for a file that is not a readable .docx, `DocumentTooLargeError`
///   for one that expands past the budget.
package enum DocxReader {
    /// Extracts the paragraphs and styled heading levels of a .docx file's bytes.
    ///
    /// - Parameter path: names the file in a thrown `InputFileError`.
    package static func read(_ data: Data, path: String = "") throws -> ExtractedParagraphs {
        try read([UInt8](data), path: path, depth: 0, budget: nil)
    }

    /// `depth`: how deep in .docx chunks (`DocxAltChunks`) this package lies; `budget`: the
    /// budget of the document it is a chunk of (nil for a document's own package).
    static func read(_ bytes: [UInt8], path: String, depth: Int, budget: ReadingBudget?) throws -> ExtractedParagraphs {
        try read(bytes, path: path, depth: depth, budget: budget, mapping: false).paragraphs
    }

    /// As `read(_:path:)`, with where each character of the text came from in
    /// word/document.xml, for writing comments into the document (`DocxCommentWriter`).
    package static func readMapped(_ data: Data, path: String = "") throws -> (paragraphs: ExtractedParagraphs, map: DocxTextMap) {
        let read = try read([UInt8](data), path: path, depth: 0, budget: nil, mapping: true)
        guard let map = read.map else { throw InputFileError(path: path, reason: "not a valid .docx: missing word/document.xml") }
        return (read.paragraphs, map)
    }

    private static func read(_ bytes: [UInt8], path: String, depth: Int, budget: ReadingBudget?, mapping: Bool) throws -> (paragraphs: ExtractedParagraphs, map: DocxTextMap?) {
        let archive = try PackageArchive(data: Data(bytes), path: path, kind: ".docx", budget: budget)
        guard let body = try archive.bytes(of: "word/document.xml") else {
            throw InputFileError(path: path, reason: "not a valid .docx: missing word/document.xml")
        }
        let styles = try archive.bytes(of: "word/styles.xml").map { try DocxStyles(xml: $0, archive: archive) } ?? DocxStyles()
        let numbering = try archive.bytes(of: "word/numbering.xml").map { try WordListNumbering(xml: $0, archive: archive) } ?? WordListNumbering()
        var collector = BodyCollector(styles: styles, numbering: numbering, budget: archive.budget)
        if mapping { collector.recorder = DocxTextMapRecorder(xml: body) }
        try archive.scanXMLLocated(body, entry: "word/document.xml") { try collector.handle($0, at: $1) }
        var result = collector.result
        if !collector.altChunks.isEmpty {
            var chunks = DocxAltChunks(archive: archive, relationships: try DocxAltChunks.relationships(archive: archive), path: path, depth: depth)
            let inserted = try collector.altChunks.compactMap { chunk in
                try chunks.paragraphs(ofChunk: chunk.id).map { (at: chunk.at, paragraphs: $0) }
            }
            result = result.inserting(inserted)
            collector.recorder?.insertUnmapped(inserted.map { ($0.at, $0.paragraphs.paragraphs.map(\.utf16.count)) })
        }
        guard result.hasText else {
            throw InputFileError(path: path, reason: "empty document (no text)")
        }
        return (result, collector.recorder?.map)
    }
}

/// The state machine over document.xml events.
private struct BodyCollector {
    struct Paragraph {
        var text = ""
        var styleID: String?
        var outlineLevel: Int?
        var hasOutlineLevel = false
        /// `w:numPr` given on the paragraph itself (numId 0 turns the style's numbering off).
        var numID: String?
        var numLevel: Int?
    }

    let styles: DocxStyles
    var numbering: WordListNumbering
    let budget: ReadingBudget
    var result = ExtractedParagraphs()
    var w = "w:"
    var mc = "mc:"
    var r = "r:"
    /// `w:altChunk`s met: how many paragraphs came before each, and its relationship id.
    var altChunks: [(at: Int, id: String)] = []
    var depth = 0
    /// Depth at which an ignored subtree began; 0 when reading.
    var skipUntilDepth = 0
    var paragraphs: [Paragraph] = []
    var runDepth = 0
    var textDepth = 0
    var propertiesDepth = 0
    /// Set when the caller wants to know where the text came from (`DocxReader.readMapped`).
    var recorder: DocxTextMapRecorder?
    /// The list label of the paragraph that ended last.
    var lastLabel: String?

    init(styles: DocxStyles, numbering: WordListNumbering, budget: ReadingBudget) {
        self.styles = styles
        self.numbering = numbering
        self.budget = budget
    }

    mutating func handle(_ event: XMLScanner.Event, at range: Range<Int>) throws {
        switch event {
        case let .start(name, attributes):
            depth += 1
            // Ids of deleted revisions count too: a new comment's id must differ from all.
            recorder?.noteIDs(attributes, prefix: w)
            if skipUntilDepth != 0 { return }
            if depth == 1 {
                w = XMLNamespace.prefix(ofAnyOf: DocxStyles.wordNamespaces, declaredIn: attributes, fallback: "w:")
                mc = XMLNamespace.prefix(of: "http://schemas.openxmlformats.org/markup-compatibility/2006", declaredIn: attributes) ?? "mc:"
                r = XMLNamespace.prefix(of: DocxAltChunks.relationshipsNamespace, declaredIn: attributes) ?? "r:"
                recorder?.map.wordPrefix = w
                return
            }
            if recorder != nil { record(start: name, at: range) }
            try start(name, attributes)
        case let .end(name):
            defer { depth -= 1 }
            if skipUntilDepth != 0 {
                if depth == skipUntilDepth { skipUntilDepth = 0 }
                return
            }
            guard recorder != nil else { return try end(name) }
            let before = (paragraphs.last?.text, result.paragraphs.count)
            try end(name)
            record(end: name, at: range, before: before)
        case let .text(text):
            if skipUntilDepth == 0, textDepth > 0, !paragraphs.isEmpty {
                try budget.spendText(text.utf8.count)
                paragraphs[paragraphs.count - 1].text += text
            }
        }
    }

    private mutating func start(_ name: String, _ attributes: [String: String]) throws {
        guard name.hasPrefix(w) || name.hasPrefix(mc) else { return }
        switch name.dropFirst(name.hasPrefix(w) ? w.count : 0) {
        case "p":
            paragraphs.append(Paragraph())
        case "r":
            runDepth += 1
        case "t":
            textDepth += 1
        case "pPr":
            propertiesDepth += 1
        case "pStyle" where propertiesDepth > 0:
            if let value = attributes[w + "val"], !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].styleID = value }
        case "outlineLvl" where propertiesDepth > 0:
            if let value = attributes[w + "val"].flatMap({ Int($0) }), !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1].outlineLevel = DocxStyles.level(fromOutline: value)
                paragraphs[paragraphs.count - 1].hasOutlineLevel = true
            }
        case "numId" where propertiesDepth > 0:
            if let value = attributes[w + "val"], !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numID = value }
        case "ilvl" where propertiesDepth > 0:
            if let value = attributes[w + "val"].flatMap({ Int($0) }), !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numLevel = value }
        case "tab" where runDepth > 0:
            try appendToParagraph("\t")
        case "br" where runDepth > 0, "cr" where runDepth > 0:
            try appendToParagraph(" ")
        case "noBreakHyphen" where runDepth > 0:
            try appendToParagraph("-")
        case "altChunk":
            // Counted where it stands, so a body of a million references stops at the limit.
            try budget.followChunk()
            if let id = attributes[r + "id"] { altChunks.append((result.paragraphs.count, id)) }
        case "pPrChange", "rPrChange", "moveFrom", "del":
            // Old formatting and removed text of tracked changes are not the document's text.
            skipUntilDepth = depth
        default:
            if name == mc + "Fallback" { skipUntilDepth = depth }
        }
    }

    private mutating func end(_ name: String) throws {
        guard name.hasPrefix(w) else { return }
        switch name.dropFirst(w.count) {
        case "p":
            guard let paragraph = paragraphs.popLast() else { return }
            var level: Int?
            if paragraph.hasOutlineLevel {
                level = paragraph.outlineLevel
            } else if let style = paragraph.styleID {
                level = styles.headingLevel(ofStyle: style)
            }
            let label = label(of: paragraph)
            lastLabel = label
            // The label, and the line break that ends the paragraph.
            try budget.spendText((label?.utf8.count ?? 0) + 1)
            result.append(label.map { $0 + paragraph.text } ?? paragraph.text, headingLevel: level)
        case "r":
            runDepth -= 1
        case "t":
            textDepth -= 1
        case "pPr":
            propertiesDepth -= 1
        default:
            break
        }
    }

    /// Tells the recorder where a paragraph, run or piece of text began, before it is read.
    private mutating func record(start name: String, at range: Range<Int>) {
        guard name.hasPrefix(w) else { return }
        let count = paragraphs.last?.text.utf16.count ?? 0
        switch name.dropFirst(w.count) {
        case "p": recorder?.startParagraph(range, depth: depth)
        case "r": recorder?.startRun(range, depth: depth)
        case "rPr": recorder?.startRunProperties(range, depth: depth)
        case "t": recorder?.startText(range, depth: depth, utf16Start: count)
        case "tab" where runDepth > 0, "br" where runDepth > 0, "cr" where runDepth > 0, "noBreakHyphen" where runDepth > 0:
            recorder?.atom(range, depth: depth, utf16Start: count)
        default: break
        }
    }

    /// Tells the recorder where an element ended, once it is read. `before`: the innermost
    /// paragraph's text and the count of finished paragraphs before the element ended.
    private mutating func record(end name: String, at range: Range<Int>, before: (text: String?, count: Int)) {
        guard name.hasPrefix(w) else { return }
        switch name.dropFirst(w.count) {
        case "p":
            guard result.paragraphs.count > before.count, let text = before.text else { return }
            recorder?.endParagraph(labelCount: lastLabel?.utf16.count ?? 0, textCount: text.utf16.count,
                                   finalCount: result.paragraphs[result.paragraphs.count - 1].utf16.count)
        case "r": recorder?.endRun(range)
        case "rPr": recorder?.endRunProperties(range, depth: depth)
        case "pPr": recorder?.endParagraphProperties(range, depth: depth)
        case "t": recorder?.endText(range, depth: depth, paragraphText: paragraphs.last?.text ?? "")
        case "tab", "br", "cr", "noBreakHyphen": recorder?.endAtom(range, depth: depth)
        default: break
        }
    }

    /// The list label Word draws before the paragraph, from its own `w:numPr` or its style's.
    private mutating func label(of paragraph: Paragraph) -> String? {
        let styled = paragraph.styleID.flatMap { styles.numbering(ofStyle: $0) }
        guard let numID = paragraph.numID ?? styled?.numID, numID != "0" else { return nil }
        let level = paragraph.numLevel ?? styled?.level
            ?? paragraph.styleID.map { numbering.level(ofStyle: $0, inList: numID) } ?? 0
        return numbering.label(numID: numID, level: level)
    }

    private mutating func appendToParagraph(_ text: String) throws {
        guard !paragraphs.isEmpty else { return }
        try budget.spendText(text.utf8.count)
        paragraphs[paragraphs.count - 1].text += text
    }
}
