import Mustache

/// Escapes values for Markdown, inside or outside a table: a backslash before each ASCII
/// character Markdown would read as syntax (`|` ends a cell, `*`/`_` emphasise — and documents
/// are full of `***` and `20__年` placeholders — `<` opens raw HTML), and line breaks become spaces
/// so a value never ends a table row.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!"]

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isNewline {
                escaped.append(" ")
            } else {
                if Self.special.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
        }
        return escaped
    }

    /// Registers the content type with Mustache once; later calls do nothing.
    static func register() {
        _ = registration
    }

    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)
}
