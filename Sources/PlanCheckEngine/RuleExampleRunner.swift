import PlanCheckCore
import PlanCheckDocuments
import PlanCheckRules

/// Runs the examples every rule carries, so a rule cannot ship broken: a `pass` example must
/// give no finding of the rule, a `fail` example at least one, starting at each `↓` marker.
/// Each example runs twice, the second time behind a Chinese first line, to prove that lines and
/// columns are counted in characters.
package enum RuleExampleRunner {
    package static let marker: Character = "↓"
    static let prefixLine = "（示例前置行：用于检查行列计算）\n"

    /// One example that did not behave as its rule says.
    package struct Failure: Sendable, CustomStringConvertible {
        package var ruleID: String
        package var origin: String
        package var example: String
        package var problem: String

        package var description: String {
            "\(origin): \(ruleID): \(problem)\n    example: \(example.replacingOccurrences(of: "\n", with: "⏎"))"
        }
    }

    /// All failures of all examples of `rules` (empty when every example behaves): one for each
    /// example that misbehaves, however many ways it does. The run behind the prefix line is
    /// reported only when the plain run behaves, since it repeats the plain run's problems.
    package static func failures(of rules: [Rule]) throws -> [Failure] {
        var failures: [Failure] = []
        for rule in rules {
            let engine = try Engine(rules: [rule])
            for (example, isPass) in rule.examples.pass.map({ ($0, true) }) + rule.examples.fail.map({ ($0, false) }) {
                for prefixed in [false, true] {
                    let problems = isPass ? passProblems(engine, rule, example, prefixed: prefixed)
                        : failProblems(engine, rule, example, prefixed: prefixed)
                    if !problems.isEmpty {
                        failures.append(Failure(ruleID: rule.id, origin: rule.origin, example: example, problem: problems.joined(separator: "; ")))
                        break
                    }
                }
            }
        }
        return failures
    }

    /// The rules that carry no example at all, which `rules test` cannot vouch for.
    package static func rulesWithoutExamples(_ rules: [Rule]) -> [Rule] {
        rules.filter { $0.examples.pass.isEmpty && $0.examples.fail.isEmpty }
    }

    private static func passProblems(_ engine: Engine, _ rule: Rule, _ example: String, prefixed: Bool) -> [String] {
        let (text, _) = stripMarkers(example)
        let findings = ruleFindings(engine, rule, prefixed ? prefixLine + text : text)
        guard !findings.isEmpty else { return [] }
        return ["pass example gave \(findings.count) finding(s)\(prefixed ? " behind a prefix line" : ""): \(findings.map(\.message).joined(separator: "; "))"]
    }

    private static func failProblems(_ engine: Engine, _ rule: Rule, _ example: String, prefixed: Bool) -> [String] {
        let (text, markers) = stripMarkers(example)
        let findings = ruleFindings(engine, rule, prefixed ? prefixLine + text : text)
        guard !findings.isEmpty else { return ["fail example gave no finding\(prefixed ? " behind a prefix line" : "")"] }
        let expected = markers.map { marker in prefixed ? SourcePosition(line: marker.line + 1, column: marker.column) : marker }
        let found = Set(findings.compactMap { $0.span?.start })
        return expected.filter { !found.contains($0) }.map { position in
            "no finding starts at the ↓ marker at \(position.line):\(position.column)\(prefixed ? " (behind a prefix line)" : ""); found at \(found.sorted().map { "\($0.line):\($0.column)" })"
        }
    }

    private static func ruleFindings(_ engine: Engine, _ rule: Rule, _ text: String) -> [Finding] {
        let document = Document(path: "example", text: text)
        return engine.check(document).flatMap(\.findings).filter { $0.ruleID == rule.id }
    }

    /// The example without its `↓` markers, and where each marker points: counted with
    /// `Character`s, independently of `SourceMap`, so the two can check each other.
    static func stripMarkers(_ example: String) -> (text: String, markers: [SourcePosition]) {
        var text = ""
        var markers: [SourcePosition] = []
        var line = 1
        var column = 1
        for character in example {
            if character == marker {
                markers.append(SourcePosition(line: line, column: column))
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (text, markers)
    }
}
