import PlanCheckCore

extension DocumentResult {
    /// Word processor and web page formats hold one paragraph per line, so a finding's line is a
    /// paragraph number there (`第8段`), and only plain text has lines an author can count.
    package var linesAreParagraphs: Bool {
        let fileExtension = path.split(separator: "/").last
            .flatMap { name in name.lastIndex(of: ".").map { name[name.index(after: $0)...] } }
            .map { $0.lowercased() } ?? ""
        return Self.paragraphExtensions.contains(fileExtension)
    }

    private static let paragraphExtensions: Set<String> = ["docx", "doc", "wps", "odt", "mht", "mhtml"]
}
