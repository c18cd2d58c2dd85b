/// The numbered list styles of an .odt (`text:list-style` in styles.xml and content.xml) and its
/// outline numbering (`text:outline-style`, for headings).
///
/// Like Word, LibreOffice draws `一、` `（一）` `1.` in front of a list item's paragraph from its
/// list style; the label is not in the text. The reader puts it back (`OdtListNumbering`).
struct OdtListStyles {
    struct Level: Equatable {
        /// A `ListNumberFormat` name; nil when the level shows no number (a bullet, an image, or
        /// an empty `style:num-format`).
        var format: String?
        var prefix = ""
        var suffix = ""
        var start = 1
        /// How many levels the label shows (`1.2.3` is three).
        var displayLevels = 1
        /// `text:label-followed-by`: listtab, space or nothing.
        var followedBy = "nothing"
    }

    static let outlineStyleName = "\u{0}outline"

    /// Levels (0-based) of each list style by name; the outline style under `outlineStyleName`.
    private(set) var styles: [String: [Int: Level]] = [:]

    init() {}

    /// Adds the list styles of one part (styles.xml or content.xml).
    mutating func read(_ bytes: [UInt8], entry: String, archive: PackageArchive) throws {
        var text = "text:"
        var style = "style:"
        var depth = 0
        var current: String?
        var level: (index: Int, value: Level)?
        var styles = self.styles
        try archive.scanXML(bytes, entry: entry) { event in
            switch event {
            case let .start(name, attributes):
                depth += 1
                if depth == 1 {
                    text = XMLNamespace.prefix(of: OdtReader.textNamespace, declaredIn: attributes) ?? "text:"
                    style = XMLNamespace.prefix(of: OdtReader.styleNamespace, declaredIn: attributes) ?? "style:"
                    return
                }
                switch name {
                case text + "list-style": current = attributes[style + "name"]
                case text + "outline-style": current = Self.outlineStyleName
                case text + "list-level-style-number", text + "outline-level-style",
                     text + "list-level-style-bullet", text + "list-level-style-image":
                    guard current != nil, let index = attributes[text + "level"].flatMap({ Int($0) }), (1...10).contains(index) else { return }
                    var value = Level()
                    if name.hasSuffix("-number") || name.hasSuffix("outline-level-style") {
                        value.format = Self.format(attributes[style + "num-format"] ?? "")
                        // Cut to a label's length: they are drawn again for every item of the list.
                        value.prefix = ListLabelLimits.capped(attributes[style + "num-prefix"] ?? "")
                        value.suffix = ListLabelLimits.capped(attributes[style + "num-suffix"] ?? "")
                        value.start = ListLabelLimits.startValue(attributes[text + "start-value"]) ?? 1
                        value.displayLevels = min(max(attributes[text + "display-levels"].flatMap { Int($0) } ?? 1, 1), index)
                    }
                    level = (index - 1, value)
                case style + "list-level-label-alignment" where level != nil:
                    level?.value.followedBy = attributes[text + "label-followed-by"] ?? "listtab"
                default: break
                }
            case let .end(name):
                depth -= 1
                if name == text + "list-style" || name == text + "outline-style" {
                    current = nil
                } else if let finished = level, let current, name.hasPrefix(text + "list-level-style") || name == text + "outline-level-style" {
                    styles[current, default: [:]][finished.index] = finished.value
                    level = nil
                }
            case .text:
                break
            }
        }
        self.styles = styles
    }

    func level(_ index: Int, ofStyle name: String) -> Level? {
        styles[name]?[index]
    }

    /// OpenDocument's `style:num-format` as a `ListNumberFormat` name; nil for none.
    static func format(_ numFormat: String) -> String? {
        switch numFormat {
        case "": nil
        case "1": "decimal"
        case "a": "lowerLetter"
        case "A": "upperLetter"
        case "i": "lowerRoman"
        case "I": "upperRoman"
        case "一, 二, 三, ...": "chineseCounting"
        case "壹, 贰, 叁, ...": "chineseLegalSimplified"
        case "①, ②, ③, ...": "decimalEnclosedCircle"
        case "甲, 乙, 丙, ...": "ideographTraditional"
        case "子, 丑, 寅, ...": "ideographZodiac"
        case "１, ２, ３, ...": "decimalFullWidth"
        default: "decimal"
        }
    }
}
