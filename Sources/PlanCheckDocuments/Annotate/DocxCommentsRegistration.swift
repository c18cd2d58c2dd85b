/// Where a .docx's comments part is, and the relationship and content type that make Word
/// read a new one: an entry in word/_rels/document.xml.rels and an `Override` in
/// [Content_Types].xml, each added before its root's end tag with nothing else changed.
struct DocxCommentsRegistration {
    static let relationshipsEntry = "word/_rels/document.xml.rels"
    static let contentTypesEntry = "[Content_Types].xml"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    static let defaultPart = "word/comments.xml"

    /// The comments part's name in the package.
    let part: String
    /// Whether the document already had one (then nothing needs registering).
    let isRegistered: Bool
    private let relationships: [UInt8]?
    private let relationshipIDs: Set<String>
    private let relationshipsEnd: Int

    init(archive: PackageArchive) throws {
        let bytes = try archive.bytes(of: Self.relationshipsEntry)
        relationships = bytes
        var ids: Set<String> = []
        var found: String?
        var end = 0
        var depth = 0
        if let bytes {
            try archive.scanXMLLocated(bytes, entry: Self.relationshipsEntry) { event, range in
                switch event {
                case let .start(name, attributes):
                    depth += 1
                    guard name.hasSuffix("Relationship") else { return }
                    if let id = attributes["Id"] { ids.insert(id) }
                    if attributes["Type"] == Self.relationshipType, attributes["TargetMode"] != "External", let target = attributes["Target"] {
                        found = target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target
                    }
                case .end:
                    if depth == 1 { end = range.lowerBound }
                    depth -= 1
                case .text:
                    break
                }
            }
        }
        relationshipIDs = ids
        relationshipsEnd = end
        part = found ?? Self.defaultPart
        isRegistered = found != nil
    }

    /// document.xml's relationships with one to the comments part added.
    func relationshipsAdding() -> [UInt8] {
        var id = "rIdPlancheckComments"
        var number = 1
        while relationshipIDs.contains(id) {
            number += 1
            id = "rIdPlancheckComments\(number)"
        }
        let target = part.hasPrefix("word/") ? String(part.dropFirst(5)) : "/" + part
        let element = "<Relationship Id=\"\(id)\" Type=\"\(Self.relationshipType)\" Target=\"\(XMLText.escaped(target))\"/>"
        guard let relationships else {
            return Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(element)</Relationships>").utf8)
        }
        return Array(relationships[..<relationshipsEnd]) + Array(element.utf8) + Array(relationships[relationshipsEnd...])
    }

    /// [Content_Types].xml with the comments part's type added, or nil when it names it already.
    func contentTypesAdding(to bytes: [UInt8], archive: PackageArchive) throws -> [UInt8]? {
        let partName = "/" + part
        var named = false
        var end = bytes.count
        var depth = 0
        try archive.scanXMLLocated(bytes, entry: Self.contentTypesEntry) { event, range in
            switch event {
            case let .start(name, attributes):
                depth += 1
                if name.hasSuffix("Override"), attributes["PartName"]?.lowercased() == partName.lowercased() { named = true }
            case .end:
                if depth == 1 { end = range.lowerBound }
                depth -= 1
            case .text:
                break
            }
        }
        guard !named else { return nil }
        let element = "<Override PartName=\"\(XMLText.escaped(partName))\" ContentType=\"\(DocxCommentsPart.contentType)\"/>"
        return Array(bytes[..<end]) + Array(element.utf8) + Array(bytes[end...])
    }
}
