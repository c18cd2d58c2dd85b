import PlanCheckCore

/// GitLab Code Quality: a JSON array of Code Climate issues, shown in merge requests
/// (`artifacts: reports: codequality: gl-code-quality-report.json`).
///
/// ```json
/// [{"type": "issue", "check_name": "hygiene.placeholder", "description": "未填写的模板占位符「20xx年」",
///   "fingerprint": "1f0c…:1", "severity": "major",
///   "location": {"path": "plans/2025年工作计划.txt", "lines": {"begin": 3, "end": 3}}}]
/// ```
///
/// GitLab's scale has five steps; plancheck's three map as most linters map theirs: error →
/// `major`, warning → `minor`, info → `info`. The fingerprint is the one SARIF uses (rule,
/// document, match and line text, numbered), so an issue keeps it when lines move and GitLab can
/// tell new issues from old between two pipelines. A finding about the whole document is on line 1.
package struct CodeClimateReporter: Reporter {
    package static let identifier = "codeclimate"
    package static let description = "GitLab Code Quality (Code Climate JSON), for merge requests"
    package static let fileExtensions = ["json"]

    package init() {}

    package init(options: ReporterOptions) {
        self.init()
    }

    package func render(_ results: Results) -> String {
        var issues: [JSONValue] = []
        for document in results.documents {
            let findings = document.findingsInReportOrder
            for (finding, fingerprint) in zip(findings, FindingFingerprint.numbered(findings, in: document)) {
                issues.append(issue(finding, in: document, fingerprint: fingerprint))
            }
        }
        return JSONValue.array(issues).serialized
    }

    private func issue(_ finding: Finding, in document: DocumentResult, fingerprint: String) -> JSONValue {
        var lines: [(key: String, value: JSONValue)] = [("begin", .int(finding.span?.start.line ?? 1))]
        if let span = finding.span { lines.append(("end", .int(max(span.start.line, span.end.line)))) }
        var description = finding.messageWithSuggestion + document.pieceNote
        if let hint = finding.hint, !hint.isEmpty { description += "\n" + hint }
        return .object([
            ("type", .string("issue")),
            ("check_name", .string(finding.ruleID)),
            ("description", .string(description)),
            ("fingerprint", .string(fingerprint)),
            ("severity", .string(Self.severity(finding.severity))),
            ("location", .object([
                ("path", .string(Self.relativePath(document.path))),
                ("lines", .object(lines)),
            ])),
        ])
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }

    /// GitLab matches `path` against the repository's files: `./plans/a.txt` would match none.
    static func relativePath(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}
