/// Fills a rule message's placeholders: `{match}`, `{expected}`, `{year}`.
enum MessageTemplate {
    static func fill(_ template: String, match: String? = nil, expected: String? = nil, year: Int? = nil) -> String {
        // Most messages have no placeholder; Foundation's replacing is slow on Linux.
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var values = ["year": year.map(String.init) ?? "未知年份"]
        if let match { values["match"] = match }
        if let expected { values["expected"] = expected }
        return replacingPlaceholders(in: template, with: values)
    }

    /// `{name}` → its value; unknown names stay as written (a rule may use `{period}` filled later).
    static func replacingPlaceholders(in template: String, with values: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
