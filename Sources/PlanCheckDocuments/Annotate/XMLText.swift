/// Escaping for text and attribute values written into package XML.
enum XMLText {
    /// `text` with `&`, `<`, `>` and `"` escaped, and the characters XML 1.0 forbids (control
    /// characters other than tab and line breaks) left out: a rule's message must never make
    /// a part unreadable.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
