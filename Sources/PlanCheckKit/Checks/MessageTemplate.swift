/// Fills a rule message's placeholders: `{match}`, `{expected}`, `{year}`, `{period}`.
enum MessageTemplate {
    static func fill(_ template: String, match: String? = nil, expected: String? = nil, year: Int? = nil,
                     period: String? = nil) -> String {
        // Most messages have no placeholder.
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return replacingPlaceholders(in: template) { name in
            switch name {
            case "year": year.map(String.init) ?? "未知年份"
            case "match": match
            case "expected": expected
            case "period": period
            default: nil
            }
        }
    }

    /// `{name}` → its value; names without one stay as written. Works on UTF-8 bytes: braces are
    /// ASCII, so they never occur inside another character's bytes.
    static func replacingPlaceholders(in template: String, with value: (Substring) -> String?) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            result += rest[..<open]
            guard let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            let name = rest[rest.utf8.index(after: open)..<close]
            result += value(name) ?? String(rest[open...close])
            rest = rest[rest.utf8.index(after: close)...]
        }
        result += rest
        return result
    }
}
