import PlanCheckCore

extension DocumentResult {
    /// `（合集第2篇）` for a piece of a compilation, appended to messages in formats whose readers see
    /// only the file path (SARIF, GitHub annotations), so they know which plan in the file is meant.
    var pieceNote: String {
        piece.map { "（合集第\($0)篇）" } ?? ""
    }
}

extension Finding {
    /// Tool-level findings (`plancheck.unreadable`) are about the run, not the document's content.
    var isAboutTheRun: Bool { ruleID.hasPrefix("plancheck.") }
}
