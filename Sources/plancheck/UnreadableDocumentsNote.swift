import PlanCheckCore
import PlanCheckDocuments
import PlanCheckReporters

/// The note on standard error that names the documents a folder walk passed over because
/// plancheck cannot read their format: a plan missing from the report should not be a mystery.
/// It goes to standard error so machine reports and exit codes stay as they are.
enum UnreadableDocumentsNote {
    /// At most this many paths are listed; the rest are counted.
    static let listedPaths = 10

    /// The note, ending in a newline, or nil when nothing was passed over.
    /// In `language`, as the run's other messages (`--lang`, else the locale).
    static func text(for files: [DiscoveredFile], language: ReportLanguage = CommandLineLanguage.current()) -> String? {
        guard !files.isEmpty else { return nil }
        // Named from the format registry, so the note cannot fall behind it.
        let extensions = DocumentFormat.unreadableExtensions.map { "." + $0 }
        var text = language.pick(
            "plancheck：注意：\(files.count) 个文件未检查：plancheck 读不了 \(extensions.joined(separator: "、")) 文件（另存为 .docx 或 .txt 后再检查）：\n",
            "plancheck: note: \(englishCount(files.count, "file")) not checked: plancheck cannot read \(extensions.joined(separator: " or ")) (save as .docx or .txt to check):\n"
        )
        for file in files.prefix(listedPaths) {
            // A name may hold a line break and `::error …::` or an escape sequence.
            text += "  \(VisibleControls.escaped(file.displayPath))\n"
        }
        if files.count > listedPaths {
            text += language.pick("  … 另有 \(files.count - listedPaths) 个\n", "  … and \(files.count - listedPaths) more\n")
        }
        return text
    }
}
