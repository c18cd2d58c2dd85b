/// Fills a rule message's placeholders: `{match}`, `{expected}`, `{year}`.
enum MessageTemplate {
    static func fill(_ template: String, match: String? = nil, expected: String? = nil, year: Int? = nil) -> String {
        var text = template
        if let match { text = text.replacingOccurrences(of: "{match}", with: match) }
        if let expected { text = text.replacingOccurrences(of: "{expected}", with: expected) }
        text = text.replacingOccurrences(of: "{year}", with: year.map(String.init) ?? "未知年份")
        return text
    }
}
