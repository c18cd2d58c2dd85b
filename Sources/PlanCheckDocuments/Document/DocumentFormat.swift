import PlanCheckCore

/// One input format plancheck reads: its name, the file extensions it is read from, and how its
/// bytes become a `Document`. `DocumentFormat.all` lists them; the loader, the folder walk, help
/// texts, hints and error messages all take their lists from it. A new format is one file in a
/// folder of its own (`static let` in an extension, as `Docx/DocxFormat.swift`) and one line in `all`.
package struct DocumentFormat: Sendable, Equatable, CustomStringConvertible {
    /// A short name: `text`, `docx`, `odt`, `doc`, `webPage`.
    package let name: String
    /// Extensions it is read from, lower case, without the dot, in the order help texts name them.
    package let extensions: [String]
    /// Whether a line of its documents is a paragraph of the file rather than a line of text.
    package let linesAreParagraphs: Bool
    /// Decodes a file's bytes (never empty, within the size limit); `displayPath` names it in errors.
    let read: @Sendable (_ bytes: [UInt8], _ displayPath: String) throws -> Document

    package init(name: String, extensions: [String], linesAreParagraphs: Bool,
                 read: @escaping @Sendable (_ bytes: [UInt8], _ displayPath: String) throws -> Document) {
        self.name = name
        self.extensions = extensions
        self.linesAreParagraphs = linesAreParagraphs
        self.read = read
    }

    package static func == (left: DocumentFormat, right: DocumentFormat) -> Bool { left.name == right.name }

    package var description: String { name }
}

extension DocumentFormat {
    /// Every format plancheck reads, in the order help texts and messages name them.
    package static let all: [DocumentFormat] = [.text, .docx, .odt, .doc, .webPage]

    /// Formats plans are often kept in that plancheck cannot read: a folder walk passes over them
    /// but names them (`Discovery.walk`), and a file given by name is an unreadable-document finding.
    package static let unreadableExtensions = ["rtf", "pdf"]

    /// Every extension read, without dots: the folder walk takes these.
    package static let readableExtensions: Set<String> = Set(all.flatMap(\.extensions))

    /// The format read from files with this extension (lower case, without the dot).
    package static func format(forExtension ext: String) -> DocumentFormat? {
        all.first { $0.extensions.contains(ext) }
    }

    /// `.docx、.odt、… 或文本（UTF-8/GB18030）`: what plancheck reads, for Chinese hints.
    package static var chineseList: String {
        all.filter { $0 != .text }.flatMap(\.extensions).map { "." + $0 }.joined(separator: "、") + " 或文本（UTF-8/GB18030）"
    }

    /// `.rtf and .pdf`: the formats a folder walk names but cannot read, for help texts and notes.
    package static var unreadableList: String {
        unreadableExtensions.map { "." + $0 }.joined(separator: " and ")
    }

    /// `.txt .md … .mht .mhtml`: every extension read, for help texts and messages.
    package static var extensionList: String {
        all.flatMap(\.extensions).map { "." + $0 }.joined(separator: " ")
    }
}
