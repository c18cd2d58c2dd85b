import PlanCheckCore

/// The line of video-site keywords a hijacked mirror puts above the page it copied
/// (`久热国产VS视频在线观看,国产放荡对白视频在线观看,99精品热这里只有精品,…`, `中文久久久字幕|亚洲精品成人 在线|…`):
/// three or more short phrases between commas or bars, no sentence end, and most of them carrying
/// a video site's words. A plan's sentence that names one online video (`组织党员在线观看警示教育片,深刻反思,举一反三`)
/// has one such phrase, not most.
package enum HijackedKeywordLine {
    /// Whether a trimmed line, on folded units, is such a keyword line.
    package static func isKeywordLine(_ folded: ArraySlice<UInt16>) -> Bool {
        // Most lines fail at once: too long or short, or a sentence's end last.
        guard (minimumLength...maximumLength).contains(folded.count), let last = folded.last, !Glyph.isSentenceEnd(last) else { return false }
        // The rest on one pass: a sentence end inside, or fewer than two separators.
        var separators = 0
        for unit in folded {
            if isSeparator(unit) { separators += 1 } else if Glyph.isSentenceEnd(unit) { return false }
        }
        guard separators >= minimumPhrases - 1 else { return false }
        let phrases = folded.split(whereSeparator: isSeparator)
        guard phrases.count >= minimumPhrases, phrases.allSatisfy({ $0.count <= maximumPhraseLength }) else { return false }
        let units = Array(folded)
        let offset = folded.startIndex
        let spam = phrases.count { matcher.containsMatch(in: units, range: ($0.startIndex - offset)..<($0.endIndex - offset)) }
        return spam >= minimumPhrases - 1 && spam * 2 > phrases.count
    }

    private static func isSeparator(_ unit: UInt16) -> Bool { unit == 0x2C || unit == 0x7C } // , | (folded from ， ｜)

    private static let minimumPhrases = 3
    private static let minimumLength = 12
    private static let maximumLength = 200
    private static let maximumPhraseLength = 30

    /// A video site's words; folded, so 視頻 reads as 视频.
    private static let matcher = AhoCorasick(patterns: ["视频", "在线观看", "影院", "精品", "国产", "日韩", "欧美", "亚洲", "日本", "韩国",
                                                        "熟女", "蜜臀", "一区", "二区", "专区", "字幕", "午夜", "av", "AV"]
        .map { TextNormalizer.fold(Array($0.utf16)) })
}
