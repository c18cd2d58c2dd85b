/// Outline levels and list numbering of the paragraph styles in a .docx `word/styles.xml`.
///
/// Chinese Word names its heading styles by number (`w:styleId="1"` for 标题 1), and templates
/// define custom styles based on headings, so a style id alone does not tell the level; the style
/// definitions do.
struct DocxStyles {
    static let wordNamespaces = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    private struct Definition {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        /// `w:numPr` in the style: its list and, when given, level.
        var numID: String?
        var numLevel: Int?
    }

    private var definitions: [String: Definition] = [:]

    init() {}

    /// Reads the paragraph styles from styles.xml.
    init(xml bytes: [UInt8], archive: PackageArchive) throws {
        var w = "w:"
        var current: (id: String, definition: Definition)?
        var definitions: [String: Definition] = [:]
        var depth = 0
        try archive.scanXML(bytes, entry: "word/styles.xml") { event in
            switch event {
            case let .start(name, attributes):
                depth += 1
                if depth == 1 {
                    w = XMLNamespace.prefix(ofAnyOf: DocxStyles.wordNamespaces, declaredIn: attributes, fallback: "w:")
                } else if name == w + "style" {
                    if attributes[w + "type"] == "paragraph", let id = attributes[w + "styleId"] {
                        current = (id, Definition())
                    }
                } else if current != nil, let value = attributes[w + "val"] {
                    switch name {
                    case w + "name": current?.definition.name = value
                    case w + "basedOn": current?.definition.basedOn = value
                    case w + "outlineLvl": current?.definition.outlineLevel = Int(value)
                    case w + "numId": current?.definition.numID = value
                    case w + "ilvl": current?.definition.numLevel = Int(value)
                    default: break
                    }
                }
            case let .end(name):
                depth -= 1
                if name == w + "style", let finished = current {
                    definitions[finished.id] = finished.definition
                    current = nil
                }
            case .text:
                break
            }
        }
        self.definitions = definitions
    }

    /// The heading level (1 = top) a paragraph style gives, or nil for body text.
    func headingLevel(ofStyle id: String) -> Int? {
        var styleID = id
        // basedOn chains are short; the bound guards against a cycle in a hostile file.
        for _ in 0..<16 {
            guard let definition = definitions[styleID] else { break }
            if let outline = definition.outlineLevel { return DocxStyles.level(fromOutline: outline) }
            if let name = definition.name, let level = DocxStyles.level(fromStyleName: name) { return level }
            guard let parent = definition.basedOn else { return nil }
            styleID = parent
        }
        return DocxStyles.level(fromStyleName: styleID)
    }

    /// The list a paragraph style numbers its paragraphs in, and the level when the style names
    /// one, inherited through `basedOn`; nil when the style is not numbered.
    func numbering(ofStyle id: String) -> (numID: String, level: Int?)? {
        var styleID = id
        for _ in 0..<16 {
            guard let definition = definitions[styleID] else { return nil }
            if let numID = definition.numID { return (numID, definition.numLevel) }
            guard let parent = definition.basedOn else { return nil }
            styleID = parent
        }
        return nil
    }

    /// `w:outlineLvl` is 0-based and 9 means body text.
    static func level(fromOutline value: Int) -> Int? {
        (0...8).contains(value) ? value + 1 : nil
    }

    /// `heading 1`, `Heading1`, `标题 1`, `标题1` → 1.
    static func level(fromStyleName name: String) -> Int? {
        let compact = name.lowercased().filter { $0 != " " }
        for prefix in ["heading", "标题"] where compact.hasPrefix(prefix) {
            if let number = Int(compact.dropFirst(prefix.count)), (1...9).contains(number) { return number }
        }
        return nil
    }
}
