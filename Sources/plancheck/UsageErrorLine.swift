import PlanCheckAudit

/// The argument parser's error as one line: a list of allowed values it prints on lines of its
/// own (`Please provide one of the following:` then `  - text` …) is joined onto the line, which
/// would otherwise end in a colon with nothing after it; a format that is `audit`'s (html) says so.
enum UsageErrorLine {
    static func line(from message: String) -> String {
        let lines = message.split(separator: "\n").map(String.init)
        guard var first = lines.first else { return message }
        let listIntro = "Please provide one of the following:"
        if first.hasSuffix(listIntro) {
            let values = lines.dropFirst().compactMap { line -> String? in
                let trimmed = line.drop { $0 == " " }
                guard trimmed.hasPrefix("- ") else { return nil }
                return String(trimmed.dropFirst(2).prefix { $0 != ":" && $0 != " " })
            }
            first = String(first.dropLast(listIntro.count)) + "Please provide one of: " + values.joined(separator: ", ")
        }
        if first.hasPrefix("The value '"), first.contains("for '--format"),
           let value = first.dropFirst("The value '".count).split(separator: "'").first.map(String.init),
           let audit = AuditFormat(rawValue: value) {
            first += " (\(audit.rawValue) is written by 'plancheck audit PATH -o report.\(audit.fileExtension)')"
        }
        return first
    }
}

extension AuditFormat {
    var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        case .csv: "csv"
        }
    }
}
