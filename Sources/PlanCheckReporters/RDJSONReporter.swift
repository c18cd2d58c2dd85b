import PlanCheckCore

/// Reviewdog Diagnostic Format (rdjson), for `reviewdog -f=rdjson`: review comments on the lines
/// a pull or merge request changed, on GitHub, GitLab, Gitea or Bitbucket.
///
/// ```json
/// {"source": {"name": "plancheck", "url": "…"}, "diagnostics": [
///   {"message": "…", "severity": "ERROR", "code": {"value": "hygiene.placeholder"},
///    "location": {"path": "plans/a.txt", "range": {"start": {"line": 3, "column": 34}, "end": {"line": 3, "column": 43}}},
///    "suggestions": [{"range": {…}, "text": "卫健委"}]}]}
/// ```
///
/// rdjson counts columns in UTF-8 bytes (`a😀b`: b is column 6), unlike plancheck's characters,
/// so they are counted from the finding's line. A line too long to carry whole (its text is a
/// window) gives the line without columns, and so does a span over several lines at its end;
/// a finding about the whole document has a path and no range. A substitute finding carries its
/// replacement as a suggestion over the match, which reviewdog offers as a one-click fix.
package struct RDJSONReporter: Reporter {
    package static let identifier = "rdjson"
    package static let description = "Reviewdog Diagnostic Format JSON, for review comments through reviewdog"
    package static let fileExtensions = ["json"]

    package init() {}

    package init(options: ReporterOptions) {
        self.init()
    }

    package func render(_ results: Results) -> String {
        var diagnostics: [JSONValue] = []
        for document in results.documents {
            for finding in document.findingsInReportOrder {
                diagnostics.append(diagnostic(finding, in: document))
            }
        }
        return JSONValue.object([
            ("source", .object([("name", .string(results.toolName)), ("url", .string(SARIFReporter.informationURI))])),
            ("diagnostics", .array(diagnostics)),
        ]).serialized
    }

    private func diagnostic(_ finding: Finding, in document: DocumentResult) -> JSONValue {
        var location: [(key: String, value: JSONValue)] = [("path", .string(CodeClimateReporter.relativePath(document.path)))]
        let range = Self.range(of: finding)
        if let range { location.append(("range", range)) }
        var message = finding.messageWithSuggestion + document.pieceNote
        // A review comment is all the author sees: the hint goes with it.
        if let hint = finding.hint, !hint.isEmpty { message += "\n" + hint }
        var members: [(key: String, value: JSONValue)] = [
            ("message", .string(message)),
            ("location", .object(location)),
            ("severity", .string(Self.severity(finding.severity))),
            ("source", .object([("name", .string(PlanCheck.name))])),
            ("code", .object([("value", .string(finding.ruleID))])),
        ]
        if let replacement = finding.replacement, let range, finding.span?.start.line == finding.span?.end.line {
            members.append(("suggestions", .array([.object([("range", range), ("text", .string(replacement))])])))
        }
        return .object(members)
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "ERROR"
        case .warning: "WARNING"
        case .info: "INFO"
        }
    }

    /// The span as rdjson positions, columns in UTF-8 bytes where the line's text allows.
    static func range(of finding: Finding) -> JSONValue? {
        guard let span = finding.span else { return nil }
        let start = byteColumn(span.start.column, in: finding)
        let endColumn = span.end.line == span.start.line ? byteColumn(span.end.column, in: finding) : nil
        func position(_ line: Int, _ column: Int?) -> JSONValue {
            .object([("line", .int(line))] + (column.map { [("column", JSONValue.int($0))] } ?? []))
        }
        return .object([
            ("start", position(span.start.line, start)),
            ("end", position(span.end.line, start == nil ? nil : endColumn)),
        ])
    }

    /// The 1-based UTF-8 byte column of a 1-based character column on the finding's line; `nil`
    /// when the line's text is a window that starts after column 1, or is missing.
    static func byteColumn(_ column: Int, in finding: Finding) -> Int? {
        guard let line = finding.lineText, finding.lineTextColumn == 1 else { return nil }
        var bytes = 0
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) { bytes += String(scalar).utf8.count }
        return bytes + 1
    }
}
