import PlanCheckCore
import PlanCheckDocuments

/// `plancheck-disable` comments an author writes in a text or Markdown document to silence rules,
/// the way linters allow:
///
///     <!-- plancheck-disable hygiene.placeholder -->   … until plancheck-enable (or the end)
///     <!-- plancheck-enable hygiene.placeholder -->
///     <!-- plancheck-disable-next-line currency.stale-term -->
///     某句话 <!-- plancheck-disable-line -->
///
/// Without rule ids a directive applies to every rule. Any comment syntax works: the directive
/// is recognised wherever it appears on a line.
package struct SuppressionDirectives: Sendable {
    private struct Span {
        var rules: Set<String>?
        var lines: ClosedRange<Int>
    }

    private let spans: [Span]

    package var isEmpty: Bool { spans.isEmpty }

    package init(document: Document) {
        var spans: [Span] = []
        var open: [(rules: Set<String>?, line: Int)] = []
        let lineCount = document.sourceMap.lineCount
        // Cheap check first: almost no document has a directive.
        guard document.text.includes("plancheck-") else {
            self.spans = []
            return
        }
        for index in 0..<lineCount {
            let line = document.text(in: document.sourceMap.lineRange(at: index))
            guard let directive = SuppressionDirectives.directive(in: line) else { continue }
            let number = index + 1
            switch directive.verb {
            case "plancheck-disable-line":
                spans.append(Span(rules: directive.rules, lines: number...number))
            case "plancheck-disable-next-line":
                spans.append(Span(rules: directive.rules, lines: (number + 1)...(number + 1)))
            case "plancheck-disable":
                open.append((directive.rules, number))
            default: // plancheck-enable closes the matching disable, or all of them
                open.removeAll { entry in
                    guard directive.rules == nil || entry.rules == directive.rules else { return false }
                    spans.append(Span(rules: entry.rules, lines: entry.line...number))
                    return true
                }
            }
        }
        for entry in open { spans.append(Span(rules: entry.rules, lines: entry.line...max(entry.line, lineCount))) }
        self.spans = spans
    }

    /// Whether a finding of `rule` starting on `line` is silenced.
    package func silences(rule: String, line: Int) -> Bool {
        spans.contains { $0.lines.contains(line) && ($0.rules?.contains(rule) ?? true) }
    }

    private static let verbs = ["plancheck-disable-next-line", "plancheck-disable-line", "plancheck-disable", "plancheck-enable"]

    private static func directive(in line: String) -> (verb: String, rules: Set<String>?)? {
        for verb in verbs {
            guard let range = line.range(of: verb) else { continue }
            let after = line[range.upperBound...]
            // `plancheck-disable` must not be read from `plancheck-disable-line`.
            if let next = after.first, next == "-" { continue }
            let words = after.prefix { $0 != "\n" }
                .replacingOccurrences(of: "-->", with: " ").replacingOccurrences(of: "*/", with: " ")
                .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
                .map(String.init)
                .filter { $0.contains(".") && $0.allSatisfy { $0.isASCII } }
            return (verb, words.isEmpty ? nil : Set(words))
        }
        return nil
    }
}
