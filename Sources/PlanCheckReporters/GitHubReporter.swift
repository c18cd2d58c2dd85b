import PlanCheckCore

/// GitHub Actions workflow commands: one annotation per finding, shown on the run and beside the
/// file in a pull request, then a plain summary line for the log.
///
/// ```
/// ::error file=plans/2025年工作计划.txt,line=3,col=12,endLine=3,endColumn=16,title=hygiene.placeholder::未填写的模板占位符「20xx年」%0Ahint: 填写实际年份，如「2025年」。
/// ::warning file=plans/合集.txt,line=7,col=5,endLine=7,endColumn=7,title=stale.five-year-plan::…（合集第2篇）
/// plancheck: 4 documents, 3 errors, 3 warnings, 1 info
/// ```
///
/// `info` findings become `::notice`. A finding about the whole document has no `line`/`col`, so
/// GitHub shows it on the file. GitHub's `endColumn` is the last column of the annotation
/// (inclusive), unlike plancheck's exclusive span end; columns are given only when the finding
/// starts and ends on the same line, since GitHub ignores them otherwise. Every value is escaped,
/// so no text from a document can end the command early or start another one.
///
/// GitHub shows at most 10 annotations of each level per step and drops the rest; the footer
/// says how many that leaves out. For a large folder upload SARIF to code scanning as well, and
/// see the step summary (`GitHubStepSummary`).
package struct GitHubReporter: StreamingReporter {
    package static let identifier = "github"
    package static let description = "GitHub Actions workflow commands: annotations on a run"
    /// A log saved to a file; `.txt` alone picks the text format, listed first.
    package static let fileExtensions = ["txt", "log"]

    package init() {}

    package init(options: ReporterOptions) {
        self.init()
    }

    package func header(_ header: ReportHeader) -> String { "" }

    package func document(_ document: DocumentResult) -> String {
        document.findingsInReportOrder.map { command($0, in: document) + "\n" }.joined()
    }

    /// Annotations of one level GitHub shows per step (errors, warnings and notices each); it
    /// drops the rest without a word, so the footer counts them.
    package static let annotationsPerLevel = 10

    package func footer(_ summary: Summary) -> String {
        "\(PlanCheck.name): " + TextReporter(colors: false).summaryLine(summary) + "\n" + Self.droppedNote(summary)
    }

    /// `plancheck: GitHub annotates at most 10 …: 55 findings (52 errors, 3 warnings) …`, or
    /// nothing when every finding gets its annotation.
    static func droppedNote(_ summary: Summary) -> String {
        let limit = annotationsPerLevel
        let dropped = [(summary.errors, "error"), (summary.warnings, "warning"), (summary.infos, "notice")]
            .map { (count: max(0, $0.0 - limit), noun: $0.1) }
            .filter { $0.count > 0 }
        guard !dropped.isEmpty else { return "" }
        let total = dropped.reduce(0) { $0 + $1.count }
        let parts = dropped.map { "\($0.count) \($0.noun)\($0.count == 1 ? "" : "s")" }.joined(separator: ", ")
        return "\(PlanCheck.name): GitHub shows at most \(limit) error, \(limit) warning and \(limit) notice annotations a step: "
            + "\(total) finding\(total == 1 ? "" : "s") (\(parts)) will not be annotated; they are listed in this log\n"
    }

    private func command(_ finding: Finding, in document: DocumentResult) -> String {
        var properties = [("file", document.path)]
        if let span = finding.span {
            // A span ending at column 1 stops just after a line break: it ends on the line before.
            let endLine = span.end.column == 1 && span.end.line > span.start.line ? span.end.line - 1 : span.end.line
            properties.append(("line", String(span.start.line)))
            if endLine == span.start.line {
                properties.append(("col", String(span.start.column)))
                properties.append(("endLine", String(endLine)))
                properties.append(("endColumn", String(max(span.start.column, span.end.column - 1))))
            } else {
                properties.append(("endLine", String(endLine)))
            }
        }
        properties.append(("title", finding.ruleID))

        var message = finding.messageWithSuggestion + document.pieceNote
        if let hint = finding.hint, !hint.isEmpty {
            message += "\nhint: " + hint
        }

        let list = properties.map { "\($0.0)=" + Self.escapeProperty($0.1) }.joined(separator: ",")
        return "::\(Self.command(for: finding.severity)) \(list)::" + Self.escapeData(message)
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The escaping of `@actions/core` for a command's message (`%`, CR and LF), and every other
    /// control character percent-encoded too (`%1B`, `%07`, `%C2%9B`): GitHub decodes only the
    /// first three, so the rest show as written and none reaches the log's terminal emulation.
    static func escapeData(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if scalar == "%" || VisibleControls.isControl(scalar.value) {
                for byte in String(scalar).utf8 { output += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true) }
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The escaping of `@actions/core` for a property value, where `:` and `,` delimit too.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

extension String {
    /// Replaces by Unicode scalars, not grapheme clusters, so `\r\n` is two replacements.
    fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var output = ""
        for scalar in unicodeScalars {
            if scalar == target {
                output += replacement
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
