import PlanCheckCore

/// The report for a person at a terminal: findings grouped by document, each with its source line
/// and a caret under the match, the missing required elements under a heading of their own
/// (`DocumentResult.findingsInTextOrder`), then one summary line. Its own words follow
/// `language` (`TextLabels`); lines are fitted to `terminalWidth` (`TextWrapping`).
///
/// ```
/// plans/2025年工作计划.txt  城关镇卫生院2025年工作计划 (plan, 2025)
///   3:12  error    未填写的模板占位符「20xx年」  hygiene.placeholder
///         二、加强院感防控，落实20xx年计划
///                               ^~~~~~
///         hint: 填写实际年份，如「2025年」。
///   Missing required elements:
///   -     error    计划未部署两癌筛查工作  health.two-cancers
///         hint: 在工作计划中写明农村妇女宫颈癌、乳腺癌筛查任务。
///
/// 1 document, 2 errors, 0 warnings, 0 infos
/// ```
///
/// Documents without findings print nothing: the summary counts them, and a folder of hundreds of
/// clean plans should not bury the few lines that need attention (silence is success, as with
/// compilers and linters).
package struct TextReporter: StreamingReporter {
    package var colors: Bool
    package var displayWidth: DisplayWidth
    /// The terminal's width in columns: source lines are cut and hints wrapped to fit it, so no
    /// line wraps back to the terminal's first column.
    package var terminalWidth: Int
    /// The language of the report's own labels and summary (`--lang`).
    package var language: ReportLanguage

    package static let identifier = "text"
    package static let description = "findings under their lines with a caret, for people"

    package init(options: ReporterOptions) {
        self.init(colors: options.colors, displayWidth: options.displayWidth, terminalWidth: options.terminalWidth, language: options.language)
    }

    /// `displayWidth` is narrow for East Asian Ambiguous characters by default: tmux, GNOME
    /// Terminal, macOS Terminal, Windows Terminal and VS Code draw `“”…—·` one cell wide.
    package init(colors: Bool, displayWidth: DisplayWidth = DisplayWidth(ambiguousIsWide: false), terminalWidth: Int = 80,
                 language: ReportLanguage = .en) {
        self.colors = colors
        self.language = language
        self.displayWidth = displayWidth
        self.terminalWidth = terminalWidth
    }

    package func header(_ header: ReportHeader) -> String { "" }

    package func document(_ document: DocumentResult) -> String {
        String(decoding: documentUTF8(document), as: UTF8.self)
    }

    package func documentUTF8(_ document: DocumentResult) -> [UInt8] {
        guard !document.findings.isEmpty else { return [] }
        // Positions are padded to a common width within the document (a report is written as
        // documents are checked, so no width across documents is known in advance).
        let paragraphs = document.linesAreParagraphs
        let positionWidth = max(Self.minimumPositionWidth, document.findings.map {
            displayWidth.width(of: labels.position($0, paragraphs: paragraphs))
        }.max() ?? 1)
        // About 300 bytes per finding: reserved once rather than grown by doubling.
        var output = ByteBuffer(capacity: 256 + 320 * document.findings.count)
        render(document, positionWidth: positionWidth, into: &output)
        output += "\n"
        return output.finish()
    }

    package func footer(_ summary: Summary) -> String {
        summaryLine(summary) + "\n"
    }

    /// Wide enough for `12:3`, so most documents' columns line up with each other too.
    static let minimumPositionWidth = 4

    private var style: TerminalStyle { TerminalStyle(enabled: colors) }
    private var labels: TextLabels { TextLabels(language: language) }

    /// The widest severity label, in cells: messages start after it.
    private var severityWidth: Int { language == .zh ? 4 : 7 }

    private func render(_ document: DocumentResult, positionWidth: Int, into output: inout ByteBuffer) {
        output += header(document)
        output.append("\n" as StaticString)
        // Source, caret and hint sit under the severity column.
        let indent = 2 + positionWidth + 2
        let (located, missingElements) = document.findingsInTextOrder
        let paragraphs = document.linesAreParagraphs
        for finding in located {
            render(finding, paragraphs: paragraphs, positionWidth: positionWidth, indent: indent, into: &output)
        }
        if !missingElements.isEmpty {
            output.append("  " as StaticString)
            output += style.bold(labels.missingElements)
            output.append("\n" as StaticString)
            for finding in missingElements {
                render(finding, paragraphs: paragraphs, positionWidth: positionWidth, indent: indent, into: &output)
            }
        }
    }

    private func render(_ finding: Finding, paragraphs: Bool, positionWidth: Int, indent: Int, into output: inout ByteBuffer) {
        do {
            let severity = labels.severity(finding.severity)
            output.append("  " as StaticString)
            let position = labels.position(finding, paragraphs: paragraphs)
            output += position
            output.appendSpaces(positionWidth - displayWidth.width(of: position))
            output.append("  " as StaticString)
            output += style.severity(finding.severity, severity)
            output.appendSpaces(severityWidth - displayWidth.width(of: severity))
            output.append("  " as StaticString)
            appendMessage(finding, column: indent + severityWidth + 2, into: &output)
            if let excerpt = excerpt(for: finding, indent: indent) {
                output.appendSpaces(indent)
                output += excerpt.line
                output.append("\n" as StaticString)
                output.appendSpaces(indent + excerpt.caretIndent)
                output += style.severity(finding.severity, excerpt.caretMarks)
                output.append("\n" as StaticString)
            }
            if let replacement = finding.replacement {
                appendLabelled(labels.replaceWith, Self.singleLine(replacement), indent: indent, into: &output)
            }
            if let hint = finding.hint, !hint.isEmpty {
                appendLabelled(labels.hint, Self.singleLine(hint), indent: indent, into: &output)
            }
        }
    }

    /// The message and rule id, from `column` on: the message wrapped to the terminal's width
    /// under its start, the rule id after it or, when it does not fit, on a line of its own.
    private func appendMessage(_ finding: Finding, column: Int, into output: inout ByteBuffer) {
        let room = terminalWidth - column
        let lines = TextWrapping.lines(Self.singleLine(finding.message), width: room, displayWidth: displayWidth)
        for (index, line) in lines.enumerated() {
            if index > 0 {
                output.append("\n" as StaticString)
                output.appendSpaces(column)
            }
            output += line
        }
        let ruleID = Self.singleLine(finding.ruleID)
        if displayWidth.width(of: lines[lines.count - 1]) + 2 + ruleID.count > room {
            output.append("\n" as StaticString)
            output.appendSpaces(column)
        } else {
            output.append("  " as StaticString)
        }
        output += style.dim(ruleID)
        output.append("\n" as StaticString)
    }

    /// `label` and `text` at `indent`, the text wrapped to the terminal's width and its further
    /// lines indented under its start.
    private func appendLabelled(_ label: String, _ text: String, indent: Int, into output: inout ByteBuffer) {
        let start = indent + displayWidth.width(of: label)
        for (index, line) in TextWrapping.lines(text, width: terminalWidth - start, displayWidth: displayWidth).enumerated() {
            if index == 0 {
                output.appendSpaces(indent)
                output += label
            } else {
                output.appendSpaces(start)
            }
            output += line
            output.append("\n" as StaticString)
        }
    }

    private func header(_ document: DocumentResult) -> String {
        var line = style.bold(Self.singleLine(document.displayName))
        if let title = document.title, !title.isEmpty {
            line += "  " + Self.singleLine(title)
        }
        return line + labels.facts(kind: document.kind, year: document.year)
    }

    /// The source line of `finding`, cut to fit the terminal after `indent` columns with room
    /// for a `…` at either end.
    private func excerpt(for finding: Finding, indent: Int) -> SourceExcerpt? {
        guard let span = finding.span, let lineText = finding.lineText else { return nil }
        // Columns within `lineText`, which starts at `lineTextColumn` of a cut line.
        let start = span.start.column - finding.lineTextColumn
        // A match running onto later lines is underlined to the end of its first line.
        let end = span.end.line == span.start.line ? span.end.column - finding.lineTextColumn : Int.max
        return SourceExcerpt(
            lineText: lineText, columns: start..<max(start, end), maxWidth: terminalWidth - indent - 2 * displayWidth.width(of: "…"), displayWidth: displayWidth
        )
    }

    func summaryLine(_ summary: Summary) -> String {
        let labels = labels
        let errors = labels.count(summary.errors, .error)
        let warnings = labels.count(summary.warnings, .warning)
        let infos = labels.count(summary.infos, .info)
        var parts = [
            labels.count(summary.documents, .document),
            summary.errors > 0 ? style.severity(.error, errors) : errors,
            summary.warnings > 0 ? style.severity(.warning, warnings) : warnings,
            summary.infos > 0 ? style.severity(.info, infos) : infos,
        ]
        if summary.suppressedByBaseline > 0 { parts.append(labels.inBaseline(summary.suppressedByBaseline)) }
        if summary.suppressedByComments > 0 { parts.append(labels.silenced(summary.suppressedByComments)) }
        return parts.joined(separator: labels.separator)
    }

    /// Text from documents and rules goes on one line, and no control character from a document
    /// or a rule reaches the terminal: each is shown as an escape (`VisibleControls`).
    private static func singleLine(_ text: String) -> String {
        VisibleControls.escaped(text)
    }
}
