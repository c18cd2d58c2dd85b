import Foundation
import PlanCheckCore

/// Reads the body text of an .odt (OpenDocument Text) document: one line per paragraph.
///
/// Every `text:p` and `text:h` becomes one paragraph in document order, table cells and list items
/// included; `text:h` gives its `text:outline-level` as the heading level. A numbered list item's
/// first paragraph starts with the label its list style draws (`OdtListNumbering`), a heading
/// with its outline number. `text:s` gives spaces (at most `maximumSpaceRun` of them),
/// `text:tab` a tab and `text:line-break` a space. Footnotes, comments and tracked deletions are
/// not read. Character data follows ODF white-space rules (runs collapse to one space).
///
/// `text:s` is the only element that stands for repeated content the reader expands: a table's
/// repeated columns, rows and cells (`table:number-columns-repeated`, …) are read once, as the
/// cell's text is there once. All text counts against the document's `ReadingBudget` as it is
/// produced.
package enum OdtReader {
    /// The most spaces one `text:s` gives. A line of a page holds about eighty; LibreOffice writes
    /// runs that long for blanks to fill in, and a longer run is layout, not text. Far more, tens of
    /// thousands of `text:c="1000"`, is how a file of a few kilobytes would expand into gigabytes.
    package static let maximumSpaceRun = 100

    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let styleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"

    /// Extracts the paragraphs and heading levels of an .odt file's bytes.
    ///
    /// - Parameter path: names the file in a thrown `InputFileError` or `DocumentTooLargeError`.
    package static func read(_ data: Data, path: String = "") throws -> ExtractedParagraphs {
        try read(data, path: path, budget: nil)
    }

    /// As `read(_:path:)`, counting against `budget` rather than a document's own.
    static func read(_ data: Data, path: String, budget: ReadingBudget?) throws -> ExtractedParagraphs {
        try read(data, path: path, budget: budget, mapping: false).paragraphs
    }

    /// As `read(_:path:)`, with where each character of the text came from in content.xml, for
    /// writing comments into the document (`OdtCommentWriter`).
    package static func readMapped(_ data: Data, path: String = "") throws -> (paragraphs: ExtractedParagraphs, map: OdtTextMap) {
        let read = try read(data, path: path, budget: nil, mapping: true)
        guard let map = read.map else { throw InputFileError(path: path, reason: "not a valid .odt: missing content.xml") }
        return (read.paragraphs, map)
    }

    private static func read(_ data: Data, path: String, budget: ReadingBudget?, mapping: Bool) throws -> (paragraphs: ExtractedParagraphs, map: OdtTextMap?) {
        let archive = try PackageArchive(data: data, path: path, kind: ".odt", budget: budget)
        // An encrypted package still has a readable manifest that says so; content.xml would only
        // fail later as "malformed".
        if let manifest = try archive.bytes(of: "META-INF/manifest.xml"),
           manifest.firstRange(of: Array("encryption-data".utf8)) != nil {
            throw InputFileError(path: path, reason: "not a valid .odt: encrypted (password-protected)")
        }
        guard let content = try archive.bytes(of: "content.xml") else {
            throw InputFileError(path: path, reason: "not a valid .odt: missing content.xml")
        }
        var listStyles = OdtListStyles()
        if let styles = try archive.bytes(of: "styles.xml") { try listStyles.read(styles, entry: "styles.xml", archive: archive) }
        try listStyles.read(content, entry: "content.xml", archive: archive)
        var collector = ContentCollector(numbering: OdtListNumbering(styles: listStyles), budget: archive.budget)
        if mapping { collector.recorder = OdtTextMapRecorder(xml: content) }
        try archive.scanXMLLocated(content, entry: "content.xml") { try collector.handle($0, at: $1) }
        guard collector.result.hasText else {
            throw InputFileError(path: path, reason: "empty document (no text)")
        }
        return (collector.result, collector.recorder?.map)
    }
}

private struct ContentCollector {
    struct Paragraph {
        var text = ""
        var level: Int?
        /// Whether the last character came from collapsible white space (or nothing yet), so the
        /// next white space is dropped.
        var afterSpace = true
        /// The list or outline label drawn before it.
        var label: String?
        /// Whether the file holds the label itself (`text:number`), so none is added.
        var hasNumber = false
    }

    var numbering: OdtListNumbering
    let budget: ReadingBudget
    var result = ExtractedParagraphs()
    var text = "text:"
    var office = "office:"
    var depth = 0
    var skipUntilDepth = 0
    var paragraphs: [Paragraph] = []
    /// Set when the caller wants to know where the text came from (`OdtReader.readMapped`).
    var recorder: OdtTextMapRecorder?

    mutating func handle(_ event: XMLScanner.Event, at range: Range<Int>) throws {
        switch event {
        case let .start(name, attributes):
            depth += 1
            if skipUntilDepth != 0 { return }
            if depth == 1 {
                text = XMLNamespace.prefix(of: OdtReader.textNamespace, declaredIn: attributes) ?? "text:"
                office = XMLNamespace.prefix(of: OdtReader.officeNamespace, declaredIn: attributes) ?? "office:"
                recorder?.map.textPrefix = text
                recorder?.map.officePrefix = office
                return
            }
            if recorder != nil {
                if name == text + "p" || name == text + "h" { recorder?.startParagraph(range) }
                if name == text + "s" || name == text + "tab" || name == text + "line-break", !paragraphs.isEmpty {
                    recorder?.startAtom(range, utf16Start: paragraphs[paragraphs.count - 1].text.utf16.count, depth: depth)
                }
            }
            try start(name, attributes)
        case let .end(name):
            defer { depth -= 1 }
            if skipUntilDepth != 0 {
                if depth == skipUntilDepth { skipUntilDepth = 0 }
                return
            }
            if name == text + "p" || name == text + "h", let paragraph = paragraphs.popLast() {
                let label = paragraph.hasNumber ? nil : paragraph.label
                // The label, and the line break that ends the paragraph.
                try budget.spendText((label?.utf8.count ?? 0) + 1)
                result.append(label.map { $0 + paragraph.text } ?? paragraph.text, headingLevel: paragraph.level)
                recorder?.endParagraph(labelCount: label?.utf16.count ?? 0, textCount: paragraph.text.utf16.count,
                                       finalCount: result.paragraphs[result.paragraphs.count - 1].utf16.count)
            } else if name == text + "list" {
                numbering.endList()
            } else if recorder != nil, !paragraphs.isEmpty {
                recorder?.endAtom(range, utf16End: paragraphs[paragraphs.count - 1].text.utf16.count, depth: depth)
            }
        case let .text(characters):
            guard skipUntilDepth == 0, !paragraphs.isEmpty else { return }
            if recorder != nil {
                let start = paragraphs[paragraphs.count - 1].text.utf16.count
                let sources = try appendCollapsing(characters, recordingSources: true)
                recorder?.text(characters, bytes: range, utf16Start: start, sourceOffsets: sources)
            } else {
                try appendCollapsing(characters)
            }
        }
    }

    private mutating func start(_ name: String, _ attributes: [String: String]) throws {
        if name == office + "annotation" {
            skipUntilDepth = depth
            return
        }
        guard name.hasPrefix(text) else { return }
        switch name.dropFirst(text.count) {
        case "p":
            paragraphs.append(Paragraph(label: numbering.label(outlineLevel: nil)))
        case "h":
            let level = attributes[text + "outline-level"].flatMap { Int($0) } ?? 1
            let outlineLevel = (1...10).contains(level) ? level : 1
            paragraphs.append(Paragraph(level: outlineLevel, label: numbering.label(outlineLevel: outlineLevel)))
        case "number":
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].hasNumber = true }
        case "list":
            numbering.beginList(attributes, text: text)
        case "list-item":
            numbering.beginItem(attributes, text: text, isHeader: false)
        case "list-header":
            numbering.beginItem(attributes, text: text, isHeader: true)
        case "s":
            let count = attributes[text + "c"].flatMap { Int($0) } ?? 1
            try appendLiteral(String(repeating: " ", count: min(max(count, 1), OdtReader.maximumSpaceRun)))
        case "tab":
            try appendLiteral("\t")
        case "line-break":
            try appendLiteral(" ")
        case "note", "tracked-changes", "annotation":
            skipUntilDepth = depth
        default:
            break
        }
    }

    private mutating func appendLiteral(_ string: String) throws {
        guard !paragraphs.isEmpty else { return }
        try budget.spendText(string.utf8.count)
        paragraphs[paragraphs.count - 1].text += string
        paragraphs[paragraphs.count - 1].afterSpace = false
    }

    /// Appends character data under ODF's white-space rules. With `recordingSources`, returns
    /// for each UTF-16 unit appended the offset in `characters` it came from.
    @discardableResult
    private mutating func appendCollapsing(_ characters: String, recordingSources: Bool = false) throws -> [Int] {
        // Taken out of the array while it grows: a copy left behind would make every append copy
        // the whole paragraph, quadratic in a paragraph of many short spans.
        var paragraph = paragraphs.removeLast()
        let before = paragraph.text.utf8.count
        defer { paragraphs.append(paragraph) }
        var sources: [Int] = []
        var source = 0
        for character in characters {
            let width = character.utf16.count
            if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" {
                if !paragraph.afterSpace {
                    paragraph.text.append(" ")
                    paragraph.afterSpace = true
                    if recordingSources { sources.append(source) }
                }
            } else {
                paragraph.text.append(character)
                paragraph.afterSpace = false
                if recordingSources { sources += (0..<width).map { source + $0 } }
            }
            source += width
        }
        // Character data is no longer than the XML it stands in, so it is counted once appended.
        try budget.spendText(paragraph.text.utf8.count - before)
        return sources
    }
}
