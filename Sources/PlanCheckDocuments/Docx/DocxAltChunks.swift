import PlanCheckCore

/// The "alternative format chunks" of a .docx (`w:altChunk`): parts of another format (a web
/// page, plain text, another .docx) that Word imports where they stand. Office systems that make
/// .docx from HTML often put the whole body in one; without them such a plan reads as empty.
///
/// Each part is read once, however many references name it; every reference counts its text
/// against the document's `ReadingBudget` (the references themselves are counted where the body
/// names them), so a chunk named a thousand times, or a .docx chunk full of references of its
/// own, ends at the budget instead of multiplying it.
struct DocxAltChunks {
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private let archive: PackageArchive
    /// document.xml's relationships: id → target.
    private let relationships: [String: String]
    private let path: String
    /// How many .docx chunks deep the package lies.
    private let depth: Int
    /// Parts read so far, by part name: their paragraphs (nil when unreadable) and their text's size.
    private var read: [String: (paragraphs: ExtractedParagraphs?, utf8Count: Int)] = [:]

    init(archive: PackageArchive, relationships: [String: String], path: String, depth: Int) {
        self.archive = archive
        self.relationships = relationships
        self.path = path
        self.depth = depth
    }

    /// The paragraphs of the chunk with relationship `id`, or nil when it cannot be found or is
    /// of a format plancheck does not read (RTF).
    ///
    /// - Throws: `DocumentTooLargeError` when the document's budget runs out; a chunk that
    ///   cannot be read is left out, as Word leaves it.
    mutating func paragraphs(ofChunk id: String) throws -> ExtractedParagraphs? {
        guard let target = relationships[id] else { return nil }
        let part = Self.partName(of: target)
        if let known = read[part] {
            // Already read and counted; inserting it again adds its text again.
            if known.paragraphs != nil { try archive.budget.spendText(known.utf8Count) }
            return known.paragraphs
        }
        let before = archive.budget.remainingText
        let paragraphs = try archive.bytes(of: part).flatMap { try Self.paragraphs(of: $0, target: target, archive: archive, path: path, depth: depth) }
        read[part] = (paragraphs, before - archive.budget.remainingText)
        return paragraphs
    }

    /// A chunk's bytes read by their format, the text counted against `archive`'s budget.
    private static func paragraphs(of bytes: [UInt8], target: String, archive: PackageArchive, path: String, depth: Int) throws -> ExtractedParagraphs? {
        do {
            switch target.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
            case "mht", "mhtml", "htm", "html", "xhtml":
                return try WebPageReader.read(bytes, path: path, budget: archive.budget)
            case "txt":
                let (text, _) = try TextDecoding.decode(bytes, path: path)
                try archive.budget.spendText(text.utf8.count)
                var result = ExtractedParagraphs()
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) { result.append(String(line), headingLevel: nil) }
                return result
            case "docx":
                // A .docx chunk may hold chunks of its own; two levels are plenty.
                guard depth < 2 else { return nil }
                return try DocxReader.read(bytes, path: path, depth: depth + 1, budget: archive.budget)
            default:
                return nil
            }
        } catch is InputFileError {
            // An unreadable chunk is left out; one past the budget ends the document's reading.
            return nil
        }
    }

    /// document.xml's relationships: id → target, for parts inside the package.
    static func relationships(archive: PackageArchive) throws -> [String: String] {
        guard let bytes = try archive.bytes(of: "word/_rels/document.xml.rels") else { return [:] }
        var result: [String: String] = [:]
        try archive.scanXML(bytes, entry: "word/_rels/document.xml.rels") { event in
            guard case let .start(name, attributes) = event, name.hasSuffix("Relationship"),
                  attributes["TargetMode"] != "External", let id = attributes["Id"], let target = attributes["Target"] else { return }
            result[id] = target
        }
        return result
    }

    /// A target is relative to word/, or absolute from the package root.
    private static func partName(of target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target
    }
}
