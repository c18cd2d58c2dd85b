import Mustache

/// Escapes values for Markdown, inside or outside a table: a backslash before each ASCII
/// character Markdown would read as syntax (`|` ends a cell, `*`/`_` emphasise — and documents
/// are full of `***` and `20__年` placeholders — `<` opens raw HTML), and line breaks become spaces
/// so a value never ends a table row. It goes by Unicode scalar, not `Character`: U+0600 before
/// `<` or `[` is one grapheme cluster with it, which a comparison of characters lets through.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!"]
    /// CR, LF and the other scalars Markdown (CommonMark) or a Unicode reader ends a line at.
    private static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if Self.lineBreaks.contains(scalar) {
                // CRLF is one break, one space.
                if !(scalar == "\n" && previous == "\r") { escaped.unicodeScalars.append(" ") }
            } else {
                if Self.special.contains(scalar) { escaped.unicodeScalars.append("\\") }
                escaped.unicodeScalars.append(scalar)
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
