import PlanCheckCore

/// A news page's caption left where its photo stood: a short line of ideographs ending in 现场
/// (`会议现场`, `大会现场`, `启动仪式现场`). A plan's heading names work, never the scene of it.
enum PhotoCaption {
    /// Whether a trimmed line, on folded units, is such a caption.
    static func isCaption(_ folded: ArraySlice<UInt16>) -> Bool {
        // Most lines fail at their length or their last unit: nothing else is read for them.
        guard (minimumLength...maximumLength).contains(folded.count), folded.last == scene.last,
              folded[folded.endIndex - 2] == scene.first else { return false }
        return folded.allSatisfy { (0x3400...0x9FFF).contains($0) }
    }

    /// 现场.
    private static let scene: [UInt16] = [0x73B0, 0x573A]
    /// `会议现场` at the least; a caption that names who met and where is a sentence's length.
    private static let minimumLength = 4
    private static let maximumLength = 12
}
