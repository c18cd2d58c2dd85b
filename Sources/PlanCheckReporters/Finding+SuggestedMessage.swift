import PlanCheckCore

extension Finding {
    /// The message with the suggested replacement added, once: a substitute rule's message often
    /// names it already (`应为「卫健委」`), and saying it twice reads like a stutter.
    package var messageWithSuggestion: String {
        guard let replacement, !replacement.isEmpty, !message.contains("「\(replacement)」") else { return message }
        return message + "（建议改为「\(replacement)」）"
    }
}
