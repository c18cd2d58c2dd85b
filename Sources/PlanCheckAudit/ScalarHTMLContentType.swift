import Mustache

/// Escapes values for HTML by Unicode scalar. Mustache's own HTML escaping compares grapheme
/// clusters (Swift `Character`s): a prepended scalar such as U+0600 (ARABIC NUMBER SIGN) before
/// `<` makes one cluster that equals no `<`, so `\u{0600}<img onerror=…>` went into the page
/// unescaped and ran. Here every scalar is looked at on its own.
struct ScalarHTMLContentType: MustacheContentType {
    static let name = "PLANCHECK_HTML"

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Registers the content type with Mustache once; later calls do nothing.
    static func register() {
        _ = registration
    }

    private static let registration: Void = MustacheContentTypes.register(ScalarHTMLContentType(), named: name)
}
