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
///
/// The directives are kept with where they are written, so the engine can report one that names
/// no rule (a typo silences nothing) or, when asked, one that silenced nothing.
package struct SuppressionDirectives: Sendable {
    /// A directive that silences (`plancheck-enable` only closes one and is not kept).
    package struct Directive: Sendable {
        /// 1-based line the directive is written on.
        package var line: Int
        /// The rule ids it names, in the order written, each with its UTF-16 range in the
        /// document; empty for a directive that applies to every rule.
        package var rules: [(id: String, range: Range<Int>)]
        /// The UTF-16 range of the directive's verb (`plancheck-disable-next-line`).
        package var range: Range<Int>
    }

    private struct Span {
        var rules: Set<String>?
        var lines: ClosedRange<Int>
        /// The index in `directives` of the directive that opened it.
        var directive: Int
    }

    package private(set) var directives: [Directive] = []
    private var spans: [Span] = []

    package var isEmpty: Bool { spans.isEmpty }

    package init(document: Document) {
        // Cheap check first: almost no document has a directive.
        guard document.text.includes("plancheck-") else { return }
        var open: [(rules: Set<String>?, line: Int, directive: Int)] = []
        let lineCount = document.sourceMap.lineCount
        for index in 0..<lineCount {
            let lineRange = document.sourceMap.lineRange(at: index)
            let line = document.text(in: lineRange)
            guard let found = Self.directive(in: line, startingAt: lineRange.lowerBound) else { continue }
            let number = index + 1
            let rules = found.rules.isEmpty ? nil : Set(found.rules.map(\.id))
            if found.verb == "plancheck-enable" {
                // Closes the matching disable, or all of them.
                open.removeAll { entry in
                    guard rules == nil || entry.rules == rules else { return false }
                    spans.append(Span(rules: entry.rules, lines: entry.line...number, directive: entry.directive))
                    return true
                }
                continue
            }
            directives.append(Directive(line: number, rules: found.rules, range: found.range))
            let directive = directives.count - 1
            switch found.verb {
            case "plancheck-disable-line":
                spans.append(Span(rules: rules, lines: number...number, directive: directive))
            case "plancheck-disable-next-line":
                spans.append(Span(rules: rules, lines: (number + 1)...(number + 1), directive: directive))
            default: // plancheck-disable
                open.append((rules, number, directive))
            }
        }
        for entry in open {
            spans.append(Span(rules: entry.rules, lines: entry.line...max(entry.line, lineCount), directive: entry.directive))
        }
    }

    /// Whether a finding of `rule` starting on `line` is silenced.
    package func silences(rule: String, line: Int) -> Bool {
        spans.contains { $0.lines.contains(line) && ($0.rules?.contains(rule) ?? true) }
    }

    /// The directives that silence a finding of `rule` starting on `line` (indices in
    /// `directives`); empty when it is not silenced.
    package func silencingDirectives(rule: String, line: Int) -> [Int] {
        spans.filter { $0.lines.contains(line) && ($0.rules?.contains(rule) ?? true) }.map(\.directive)
    }

    private static let verbs = ["plancheck-disable-next-line", "plancheck-disable-line", "plancheck-disable", "plancheck-enable"]

    /// The directive on `line`, its ranges offset by `start` (the line's UTF-16 offset).
    private static func directive(in line: String, startingAt start: Int) -> (verb: String, rules: [(id: String, range: Range<Int>)], range: Range<Int>)? {
        for verb in verbs {
            guard let range = line.range(of: verb) else { continue }
            let after = line[range.upperBound...]
            // `plancheck-disable` must not be read from `plancheck-disable-line`.
            if let next = after.first, next == "-" { continue }
            let verbStart = start + line.utf16.distance(from: line.startIndex, to: range.lowerBound)
            let verbRange = verbStart..<(verbStart + verb.utf16.count)
            var rules: [(id: String, range: Range<Int>)] = []
            var wordStart: String.Index?
            func endWord(at end: String.Index) {
                guard let begin = wordStart else { return }
                wordStart = nil
                var word = line[begin..<end]
                // A comment's closer may follow a rule id without a space: `rule-->`, `rule*/`.
                for closer in ["-->", "*/"] where word.hasSuffix(closer) { word = word.dropLast(closer.count) }
                guard word.contains("."), word.allSatisfy(\.isASCII) else { return }
                let offset = start + line.utf16.distance(from: line.startIndex, to: begin)
                rules.append((String(word), offset..<(offset + word.utf16.count)))
            }
            var index = range.upperBound
            while index < line.endIndex, line[index] != "\n" {
                let character = line[index]
                if character == " " || character == "," || character == "\t" {
                    endWord(at: index)
                } else if wordStart == nil {
                    wordStart = index
                }
                index = line.index(after: index)
            }
            endWord(at: index)
            return (verb, rules, verbRange)
        }
        return nil
    }
}
