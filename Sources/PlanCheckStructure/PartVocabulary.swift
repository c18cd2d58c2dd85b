import PlanCheckCore

/// The words that make a heading open a summary, problems or plan part.
///
/// Strong words say it in any document (`下一步`, `存在问题`, `工作总结`). Weak words depend on the
/// genre: `工作目标` or `重点工作` head a plan's sections but, in a summary, describe what was
/// achieved (`二、工作目标到位`), so weak plan words count only when the title does not declare a
/// summary alone, and weak summary words only when it does not declare a plan alone.
enum PartVocabulary {
    struct Word {
        let text: [UInt16]
        let kind: PartKind
        let strong: Bool
    }

    static let words: [Word] = {
        func words(_ list: [String], _ kind: PartKind, strong: Bool) -> [Word] {
            list.map { Word(text: Array($0.utf16), kind: kind, strong: strong) }
        }
        return words(["工作总结", "年度总结", "年总结", "工作回顾", "上半年", "今年以来", "年以来", "工作情况", "开展情况",
                      "完成情况", "进展情况", "取得的成效", "取得的成绩", "取得成效", "主要成效", "主要成绩", "工作成效",
                      "工作成绩", "计划总结"], .summary, strong: true)
            + words(["主要工作", "基本情况", "工作开展", "主要做法", "亮点"], .summary, strong: false)
            + words(["存在问题", "存在的问题", "主要问题", "问题和不足", "问题与不足", "不足之处", "存在不足", "存在的不足",
                     "困难和问题", "困难与问题", "问题和困难", "困难和不足", "薄弱环节"], .problems, strong: true)
            + words(["工作计划", "工作打算", "工作思路", "工作安排", "工作设想", "工作规划", "年计划", "下一步", "下步",
                     "下一阶段", "下阶段", "下半年", "明年", "来年", "今后"], .plan, strong: true)
            + words(["重点工作", "工作要点", "工作目标", "主要任务", "重点任务", "目标任务", "工作重点", "主要目标",
                     "总体要求", "规划",
                     // The work set out for a year, last in its heading (`二、2023年主要工作和重点项目安排`).
                     "项目安排", "任务安排"], .plan, strong: false)
    }()

    /// The part the phrase at `range` of `units` opens, if any. When several words occur, the
    /// one that ends last wins: Chinese puts the head noun last, so `工作计划总结` is a summary and
    /// `上半年工作总结和下半年工作计划` ends in a plan.
    static func kind(of units: [UInt16], range: Range<Int>, declared: DocumentKind?) -> PartKind? {
        var best: (end: Int, length: Int, kind: PartKind)?
        // Read folded, as Traditional copies write it too (`主要工作開(kāi)展情況`); offsets stay the
        // same. Most phrases fold to themselves and are read in place, not copied.
        let foldsToItself = units[range].allSatisfy { TextNormalizer.fold($0) == $0 }
        let phrase = foldsToItself ? units : TextNormalizer.fold(Array(units[range]))
        let range = foldsToItself ? range : 0..<phrase.count
        matcher.forEachMatch(in: phrase, range: range) { match in
            let word = words[match.pattern]
            // A weak word heads the phrase only at its end (`二、重点工作`, `三、2024年规划`): inside it,
            // it is what a summary's heading did (`一、坚持规划先行`, `(二)卫生与健康规划全方位推进`).
            guard word.strong || (allowsWeak(word.kind, declared: declared) && match.range.upperBound == range.upperBound) else { return }
            let end = match.range.upperBound
            if best == nil || end > best!.end || (end == best!.end && word.text.count > best!.length) {
                best = (end, word.text.count, word.kind)
            }
        }
        return best?.kind
    }

    /// Whether the phrase at `range` names a summary and a plan both (`上半年工作总结及下半年工作计划1`):
    /// the title of the whole, or of one piece of a compilation, not the heading of one part.
    static func namesSummaryAndPlan(_ units: [UInt16], range: Range<Int>) -> Bool {
        let phrase = TextNormalizer.fold(Array(units[range]))
        var kinds: Set<PartKind> = []
        matcher.forEachMatch(in: phrase, range: 0..<phrase.count) { match in
            if words[match.pattern].strong { kinds.insert(words[match.pattern].kind) }
        }
        return kinds.contains(.summary) && kinds.contains(.plan)
    }

    /// All the words in one automaton: a phrase is read once, not once per word.
    private static let matcher = AhoCorasick(patterns: words.map(\.text))

    private static func allowsWeak(_ kind: PartKind, declared: DocumentKind?) -> Bool {
        switch kind {
        case .plan: declared != .summary
        case .summary: declared != .plan
        case .problems: true
        }
    }
}
