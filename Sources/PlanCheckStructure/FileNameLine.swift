import PlanCheckCore

/// A sharing site's name of the file it offers, on a line of its own: `2023年中小学健康教育工作计划.docx`,
/// `文件名称:2026年疾控中心工作计划.docx`, `下寨乡卫生院2012年病媒生物防制工作计划(共4页).doc`. The page's,
/// not the plan's (a plan's title carries no file extension); the title is the name without it. Not a
/// plan's own list of attachments (`附件：1.实施方案.docx`).
enum FileNameLine {
    /// Whether a trimmed line, on folded units, is a file's name: a name with two Chinese characters
    /// at least, no sentence in it, and an office document's extension at its end.
    static func isFileName(_ folded: ArraySlice<UInt16>) -> Bool {
        // Most lines end in a Chinese character: nothing else is read for them.
        guard let last = folded.last, (0x61...0x7A).contains(last | 0x20), folded.count <= maximumLength,
              let dot = folded.lastIndex(of: 0x2E), extensions.contains(where: { extensionMatches($0, folded[(dot + 1)...]) }) else { return false }
        let name = folded[..<dot]
        // A plan's list of its attachments (`附件：1.实施方案.docx`) is the plan's.
        guard !name.starts(with: attachment) else { return false }
        // Not a sentence or a heading (`二、上报自查表.docx`) that names a file, nor a link's path (`/`).
        return name.count(where: { (0x4E00...0x9FFF).contains($0) }) >= 2
            && !name.contains { Glyph.isSentenceEnd($0) || $0 == 0xFF0C || $0 == 0x2C || $0 == 0x3001 || $0 == 0x2F }
    }

    private static func extensionMatches(_ wanted: [UInt16], _ found: ArraySlice<UInt16>) -> Bool {
        found.count == wanted.count && zip(found, wanted).allSatisfy { $0 | 0x20 == $1 }
    }

    private static let attachment = Array("附件".utf16)
    private static let extensions = ["docx", "doc", "wps", "pdf"].map { Array($0.utf16) }
    /// A title and a site's `(共4页)` or `【3篇】` beside it.
    private static let maximumLength = 90
}
