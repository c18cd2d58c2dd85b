import PlanCheckCore

/// JUnit XML for CI dashboards (Jenkins, GitLab, Azure DevOps): one `<testsuite>` per document
/// or piece, one `<testcase>` per rule that ran on it (classname = the document, name = the rule
/// id).
///
/// A rule with findings at or above `--fail-on` (`ReporterOptions.failureThreshold`) fails its
/// test case, as the run fails on them; the `<failure>` body lists those findings as
/// `line:col message` with their hint. Findings below it pass and are listed in `<system-out>`,
/// so a dashboard and the exit code agree. A document that could not be read ran no rules: it has one test case per
/// tool-level finding, and an error-level one (`plancheck.unreadable`) is an `<error>`, because the
/// check itself could not run. No timestamps or durations, so the same results give the same bytes.
package struct JUnitReporter: Reporter {
    package static let identifier = "junit"
    package static let description = "JUnit XML, a test suite per document, for CI dashboards"
    package static let fileExtensions = ["xml"]

    /// Findings at or above this fail their test case; `nil` fails none.
    let failureThreshold: Severity?

    package init(failureThreshold: Severity? = .error) {
        self.failureThreshold = failureThreshold
    }

    package init(options: ReporterOptions) {
        self.init(failureThreshold: options.failureThreshold)
    }

    private struct Case {
        var ruleID: String
        var findings: [Finding]
        var failureThreshold: Severity?

        /// The check could not run (`plancheck.unreadable`); a tool-level note such as
        /// `plancheck.not-a-plan` (info) is reported like any other finding.
        var isError: Bool { findings.contains { $0.isAboutTheRun && $0.severity == .error } }
        var failing: [Finding] { findings.filter { finding in failureThreshold.map { finding.severity >= $0 } ?? false } }
        var isFailure: Bool { !isError && !failing.isEmpty }
    }

    package func render(_ results: Results) -> String {
        let suites = results.documents.map { ($0, cases(for: $0, rules: results.rules)) }
        let all = suites.flatMap(\.1)
        var output = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        output += "<testsuites" + Self.attributes([
            ("name", results.toolName),
            ("tests", String(all.count)),
            ("failures", String(all.count(where: \.isFailure))),
            ("errors", String(all.count(where: \.isError))),
        ]) + ">\n"
        for (document, cases) in suites {
            render(document, cases: cases, into: &output)
        }
        output += "</testsuites>\n"
        return output
    }

    /// The rules that ran, in `Results.rules` order, then any other rule with findings here.
    private func cases(for document: DocumentResult, rules: [RuleDescriptor]) -> [Case] {
        let findings = document.findingsInReportOrder
        let byRule = Dictionary(grouping: findings, by: \.ruleID)
        // No kind means the document could not be read, so no rule ran on it.
        var ids = document.kind == nil ? [] : rules.map(\.id)
        for finding in findings where !ids.contains(finding.ruleID) {
            ids.append(finding.ruleID)
        }
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }.map { Case(ruleID: $0, findings: byRule[$0] ?? [], failureThreshold: failureThreshold) }
    }

    private func render(_ document: DocumentResult, cases: [Case], into output: inout String) {
        let name = document.displayName
        output += "  <testsuite" + Self.attributes([
            ("name", name),
            ("tests", String(cases.count)),
            ("failures", String(cases.count(where: \.isFailure))),
            ("errors", String(cases.count(where: \.isError))),
        ]) + ">\n"
        for testCase in cases {
            output += "    <testcase" + Self.attributes([("classname", name), ("name", testCase.ruleID)])
            if testCase.findings.isEmpty {
                output += "/>\n"
                continue
            }
            output += ">\n"
            if testCase.isError || testCase.isFailure {
                let reported = testCase.isError ? testCase.findings : testCase.failing
                let element = testCase.isError ? "error" : "failure"
                let worst = reported.map(\.severity).max() ?? .error
                var message = reported[0].message
                if reported.count > 1 {
                    message += " (+\(reported.count - 1) more)"
                }
                output += "      <\(element)" + Self.attributes([("message", message), ("type", worst.rawValue)]) + ">"
                output += Self.escapeText(body(reported)) + "</\(element)>\n"
            }
            let failing = Set(testCase.failing)
            let passed = testCase.isError ? [] : testCase.findings.filter { !failing.contains($0) }
            if !passed.isEmpty {
                output += "      <system-out>" + Self.escapeText(body(passed)) + "</system-out>\n"
            }
            output += "    </testcase>\n"
        }
        output += "  </testsuite>\n"
    }

    /// One finding per line, `line:col` (or `-` for the whole document), severity and message,
    /// then indented replacement and hint.
    private func body(_ findings: [Finding]) -> String {
        var lines: [String] = []
        for finding in findings {
            let position = finding.span.map { "\($0.start.line):\($0.start.column)" } ?? "-"
            lines.append("\(position) \(finding.severity.rawValue) \(finding.message)")
            if let replacement = finding.replacement {
                lines.append("  replace with: " + replacement)
            }
            if let hint = finding.hint, !hint.isEmpty {
                lines.append("  hint: " + hint)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escapeAttribute($0.1))\"" }.joined()
    }

    /// Character data: `&` and `<` escaped (and `>` for `]]>`), characters XML 1.0 forbids replaced.
    static func escapeText(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// Attribute values also escape quotes, and line breaks and tabs as character references,
    /// which a parser would otherwise normalise to spaces.
    static func escapeAttribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "'" where attribute: output += "&apos;"
            case "\n" where attribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where attribute: output += "&#9;"
            case "\t", "\n":
                output.unicodeScalars.append(scalar)
            default:
                // XML 1.0 allows no other control characters, nor U+FFFE/U+FFFF, even escaped.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
