/// The "alternative format chunks" of a .docx (`w:altChunk`): parts of another format (a web
/// page, plain text, another .docx) that Word imports where they stand. Office systems that make
/// .docx from HTML often put the whole body in one; without them such a plan reads as empty.
enum DocxAltChunks {
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The paragraphs of the chunk with relationship `id`, or nil when it cannot be found or is
    /// of a format plancheck does not read (RTF). `depth` counts .docx chunks inside chunks.
    static func paragraphs(ofChunk id: String, archive: PackageArchive, relationships: [String: String],
                           path: String, depth: Int) throws -> ExtractedParagraphs? {
        guard let target = relationships[id], let bytes = try archive.bytes(of: partName(of: target)) else { return nil }
        switch target.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "mht", "mhtml", "htm", "html", "xhtml":
            return try? WebPageReader.read(bytes, path: path)
        case "txt":
            guard let (text, _) = try? TextDecoding.decode(bytes, path: path) else { return nil }
            var result = ExtractedParagraphs()
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) { result.append(String(line), headingLevel: nil) }
            return result
        case "docx":
            // A .docx chunk may hold chunks of its own; two levels are plenty.
            guard depth < 2 else { return nil }
            return try? DocxReader.read(bytes, path: path, depth: depth + 1)
        default:
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
