import PlanCheckCore

/// The text report's own words in the report's language (`--lang`), so a Chinese report has no
/// English label in it and an English one no Chinese label; findings' messages and hints are
/// the rules' and stay as written.
struct TextLabels: Sendable {
    var language: ReportLanguage

    func severity(_ severity: Severity) -> String {
        language.pick(severity.chineseLabel, severity.rawValue)
    }

    /// Before a hint; not 提示, which is the name of the info severity.
    var hint: String { language.pick("建议：", "hint: ") }
    var replaceWith: String { language.pick("改为：", "replace with: ") }
    var missingElements: String { language.pick("缺少的必备要素：", "Missing required elements:") }

    /// ` (plan, 2025)` or `（工作计划，2025年）` after a document's title; empty without facts.
    func facts(kind: DocumentKind?, year: Int?) -> String {
        let facts: [String]
        switch language {
        case .zh: facts = [kind?.chineseName, year.map { "\($0)年" }].compactMap(\.self)
        case .en: facts = [kind?.rawValue, year.map(String.init)].compactMap(\.self)
        }
        guard !facts.isEmpty else { return "" }
        return language.pick("（" + facts.joined(separator: "，") + "）", " (" + facts.joined(separator: ", ") + ")")
    }

    /// `3 documents` / `3 份文档`, with the English plural only where it is one.
    func count(_ number: Int, _ noun: Noun) -> String {
        switch language {
        case .zh: "\(number) \(noun.chinese)"
        case .en: "\(number) \(noun.rawValue)\(number == 1 ? "" : "s")"
        }
    }

    enum Noun: String {
        case document, error, warning, info

        var chinese: String {
            switch self {
            case .document: "份文档"
            case .error: "个错误"
            case .warning: "个警告"
            case .info: "个提示"
            }
        }
    }

    /// Where a finding is: `line:column`, or in a word processor's or web page's document, whose
    /// lines are paragraphs, `第8段` / `paragraph 8`; `-` for the whole document.
    func position(_ finding: Finding, paragraphs: Bool) -> String {
        guard let start = finding.span?.start else { return "-" }
        guard paragraphs else { return "\(start.line):\(start.column)" }
        return language.pick("第\(start.line)段", "paragraph \(start.line)")
    }

    func inBaseline(_ number: Int) -> String { language.pick("基线中已有 \(number) 个", "\(number) in baseline") }
    func silenced(_ number: Int) -> String { language.pick("\(number) 个被注释屏蔽", "\(number) silenced by comments") }
    var separator: String { language.pick("，", ", ") }
}
