import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// What a document's silencing directives silenced, and the findings about the directives
/// themselves: one that names a rule no rule has (a typo that would silently silence nothing),
/// and, when asked, one that silenced nothing (stale since the text was fixed), as ESLint's
/// `--report-unused-disable-directives` does.
struct DirectiveUsage {
    let directives: SuppressionDirectives
    /// Per directive, the rule ids of the findings it silenced.
    private var silenced: [Set<String>]

    init(_ directives: SuppressionDirectives) {
        self.directives = directives
        silenced = Array(repeating: [], count: directives.directives.count)
    }

    /// Whether a finding of `rule` on `line` is silenced, noting which directives silenced it.
    mutating func silence(rule: String, line: Int) -> Bool {
        let by = directives.silencingDirectives(rule: rule, line: line)
        for index in by { silenced[index].insert(rule) }
        return !by.isEmpty
    }

    /// The findings about the directives, each with the UTF-16 offset it is at (which piece of a
    /// compilation it belongs to).
    func findings(knownRuleIDs: Set<String>, reportingUnused: Bool, in document: Document) -> [(Int, Finding)] {
        var findings: [(Int, Finding)] = []
        for (index, directive) in directives.directives.enumerated() {
            for rule in directive.rules where !knownRuleIDs.contains(rule.id) {
                let suggestion = YAMLFields.closest(to: rule.id, in: knownRuleIDs.sorted())
                let message = "停用注释中的规则「\(rule.id)」不存在，它屏蔽不了任何问题" + (suggestion.map { "（是不是「\($0)」？）" } ?? "")
                findings.append((rule.range.lowerBound, finding(
                    BuiltInFinding.unknownDirectiveRule, message: message,
                    hint: "改正规则 id（plancheck rules list 列出所有规则），或删去这条注释。",
                    range: rule.range, replacement: suggestion, in: document
                )))
            }
            guard reportingUnused else { continue }
            let used = silenced[index]
            if directive.rules.isEmpty {
                if used.isEmpty {
                    findings.append((directive.range.lowerBound, finding(
                        BuiltInFinding.unusedDirective, message: "停用注释没有屏蔽任何问题",
                        hint: "这里已没有需要屏蔽的问题：删去这条注释。", range: directive.range, in: document
                    )))
                }
                continue
            }
            // Unknown ids are reported above already.
            let unused = directive.rules.filter { knownRuleIDs.contains($0.id) && !used.contains($0.id) }
            guard let first = unused.first else { continue }
            let names = unused.map(\.id).joined(separator: "、")
            findings.append((first.range.lowerBound, finding(
                BuiltInFinding.unusedDirective, message: "停用注释中的「\(names)」没有屏蔽任何问题",
                hint: unused.count == directive.rules.count ? "这里已没有需要屏蔽的问题：删去这条注释。" : "从注释中删去这些规则 id，只保留仍需屏蔽的。",
                range: first.range, in: document
            )))
        }
        return findings
    }

    private func finding(_ id: String, message: String, hint: String, range: Range<Int>, replacement: String? = nil,
                         in document: Document) -> Finding {
        let line = document.lineExcerpt(around: range)
        return Finding(ruleID: id, severity: .warning, message: message, hint: hint, span: document.span(of: range),
                       match: document.text(in: range), lineText: line.text, lineTextColumn: line.column, replacement: replacement)
    }
}
