import PlanCheckCore

/// The Markdown a GitHub Actions step writes to `$GITHUB_STEP_SUMMARY`: the run's counts and a
/// table of its findings, shown on the run's summary page. Annotations stop at ten of each level
/// a step; this page lists findings up to `maximumRows`, far below GitHub's 1 MiB a step.
///
/// Built document by document (`add`), as a streamed run delivers them. Every cell is escaped,
/// so no text from a document can end a cell, start markup or inject HTML.
package struct GitHubStepSummary: Sendable {
    /// Rows listed; a finding row is at most a few hundred bytes, so this stays well under 1 MiB.
    package static let maximumRows = 1000

    private var rows: [String] = []
    private var unlisted = 0
    private var summary = Summary(documents: [])

    package init() {}

    package mutating func add(_ document: DocumentResult) {
        summary.add(document)
        for finding in document.findingsInReportOrder {
            guard rows.count < Self.maximumRows else {
                unlisted += 1
                continue
            }
            let position = finding.span.map { span in
                document.linesAreParagraphs ? "第\(span.start.line)段" : "\(span.start.line):\(span.start.column)"
            } ?? "–"
            let cells = [document.displayName, position, finding.severity.rawValue, finding.ruleID, finding.messageWithSuggestion]
            rows.append("| " + cells.map(Self.cell).joined(separator: " | ") + " |")
        }
    }

    /// The whole summary; `suppressed` findings (baseline, comments) are counted in the header.
    package func markdown(suppressedByBaseline: Int = 0) -> String {
        var output = "### plancheck\n\n"
        output += "| documents | errors | warnings | infos |" + (suppressedByBaseline > 0 ? " in baseline |" : "") + "\n"
        output += "| ---: | ---: | ---: | ---: |" + (suppressedByBaseline > 0 ? " ---: |" : "") + "\n"
        output += "| \(summary.documents) | \(summary.errors) | \(summary.warnings) | \(summary.infos) |"
            + (suppressedByBaseline > 0 ? " \(suppressedByBaseline) |" : "") + "\n\n"
        guard !rows.isEmpty else { return output + "No findings.\n" }
        output += "| document | where | severity | rule | finding |\n| --- | --- | --- | --- | --- |\n"
        output += rows.joined(separator: "\n") + "\n"
        if unlisted > 0 {
            output += "\n\(unlisted) more findings are not listed here; the log and the SARIF report have them all.\n"
        }
        return output
    }

    /// Table cell text: the characters that end a cell or start emphasis, code, links or HTML
    /// backslash-escaped or as entities, line breaks as spaces.
    static func cell(_ text: String) -> String {
        var output = ""
        // Line breaks become spaces first; other control characters are shown as escapes.
        let oneLine = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
        for scalar in VisibleControls.escaped(oneLine).unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "|", "\\", "`", "*", "_", "[", "]", "~": output += "\\" + String(scalar)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
