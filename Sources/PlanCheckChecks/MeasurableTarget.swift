import PlanCheckCore

/// Whether planned work comes with something to check it by: a number, a rate, a count, a
/// frequency or a deadline in the paragraph that plans it (`每季度开展院感督查1次`, `覆盖率达到90%`,
/// `年底前完成`), as against a wish (`加强院感防控`). A short line that names the work as a
/// heading (`（三）抓好病媒生物防制。`, `二、提升医疗服务质量`) is read with the line after it.
enum MeasurableTarget {
    /// Words that give a frequency, a deadline or a bound without a digit.
    static let words = AhoCorasick(patterns: wordList)

    private static let wordList = ["每月", "每季度", "每半年", "每年", "每周", "全覆盖", "年底前", "月底前", "年内", "前完成",
                        "不少于", "不低于", "以上", "以内", "达到", "率达", "一次", "两次", "二次", "三次", "四次", "百分之",
                        "两季", "季度"]
        .map { TextNormalizer.fold(Array($0.utf16)) }

    /// The words around `range` that give a target, cut to `maxLength` UTF-16 units from the
    /// match; nil when its paragraph (and, for a heading, the line after) holds none.
    static func target(around range: Range<Int>, in context: CheckContext, maxLength: Int = 40) -> String? {
        // A title names the work and its year, and plans nothing: `2025年院感工作计划` has no target.
        if context.outline.titleRange?.contains(range.lowerBound) == true { return nil }
        let map = context.document.sourceMap
        let bounds = context.piece.range
        let line = map.lineIndex(of: range.lowerBound)
        var lines = [map.lineRange(at: line).clamped(to: bounds)]
        if lines[0].count <= headingLength {
            // The next line with text: a blank line often follows a heading.
            var next = line + 1
            while next < map.lineCount, next <= line + 2, map.lineRange(at: next).clamped(to: bounds).isEmpty { next += 1 }
            if next < map.lineCount { lines.append(map.lineRange(at: next).clamped(to: bounds)) }
        }
        for paragraph in lines where !paragraph.isEmpty && holdsTarget(context.folded, paragraph) {
            let from = paragraph.contains(range.lowerBound) ? range.lowerBound : paragraph.lowerBound
            return context.document.text(in: from..<min(paragraph.upperBound, from + maxLength))
        }
        return nil
    }

    /// The first target in `ranges` (a plan part) given by a word or a rate, with the words just
    /// before it, cut to `maxLength` units: for a plan on one element, whose every line plans it
    /// (a 院感 plan's `每季度至少进行一次院感知识培训`). A bare digit is not enough here, as every
    /// year has some.
    static func target(anywhereIn ranges: [Range<Int>], in context: CheckContext, maxLength: Int = 40) -> String? {
        let map = context.document.sourceMap
        for range in ranges where !range.isEmpty {
            for index in map.lineIndex(of: range.lowerBound)...map.lineIndex(of: range.upperBound - 1) {
                let line = map.lineRange(at: index).clamped(to: range)
                guard !line.isEmpty else { continue }
                let rate = context.folded[line].firstIndex(of: 0x25)
                let word = firstWord(in: context.folded, line)
                guard let found = [rate, word].compactMap({ $0 }).min() else { continue }
                let from = max(line.lowerBound, found - leadingContext)
                return context.document.text(in: from..<min(line.upperBound, from + maxLength))
            }
        }
        return nil
    }

    /// How much of what a target bounds is shown before it (`开展院感督查` before `每季度`…).
    private static let leadingContext = 12

    /// A line this short that names a piece of work is a heading; its target is in the line after.
    static let headingLength = 20

    /// Whether a paragraph of folded text holds a digit, `%` or a target word: one pass for the
    /// characters, one automaton walk for the words.
    private static func holdsTarget(_ folded: [UInt16], _ range: Range<Int>) -> Bool {
        folded[range].contains { (0x30...0x39).contains($0) || $0 == 0x25 } // digits, %
            || firstWord(in: folded, range) != nil
    }

    /// Where the first target word in `range` starts. A count of times that names a thing is no
    /// frequency: `一次性医疗用品`, `二次供水`.
    private static func firstWord(in folded: [UInt16], _ range: Range<Int>) -> Int? {
        words.firstMatch(in: folded, range: range) { match in
            guard folded[match.range.upperBound - 1] == times, match.range.upperBound < range.upperBound else { return true }
            return !thingsAfterTimes.contains(folded[match.range.upperBound])
        }?.range.lowerBound
    }

    /// 次, and what follows it in 一次性 and 二次供水.
    private static let times: UInt16 = 0x6B21
    private static let thingsAfterTimes: Set<UInt16> = [0x6027, 0x4F9B] // 性 供
}
