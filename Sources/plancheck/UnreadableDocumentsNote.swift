import PlanCheckDocuments
import PlanCheckReporters

/// The note on standard error that names the documents a folder walk passed over because
/// plancheck cannot read their format: a plan missing from the report should not be a mystery.
/// It goes to standard error so machine reports and exit codes stay as they are.
enum UnreadableDocumentsNote {
    /// At most this many paths are listed; the rest are counted.
    static let listedPaths = 10

    /// The note, ending in a newline, or nil when nothing was passed over.
    static func text(for files: [DiscoveredFile]) -> String? {
        guard !files.isEmpty else { return nil }
        let count = files.count == 1 ? "1 file" : "\(files.count) files"
        // Named from the format registry, so the note cannot fall behind it.
        let formats = DocumentFormat.unreadableExtensions.map { "." + $0 }.joined(separator: " or ")
        var text = "plancheck: note: \(count) not checked: plancheck cannot read \(formats) (save as .docx or .txt to check):\n"
        for file in files.prefix(listedPaths) {
            // A name may hold a line break and `::error …::` or an escape sequence.
            text += "  \(VisibleControls.escaped(file.displayPath))\n"
        }
        if files.count > listedPaths {
            text += "  … and \(files.count - listedPaths) more\n"
        }
        return text
    }
}
