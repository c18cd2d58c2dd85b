import PlanCheckReporters

/// The audit's findings as one CSV table for Excel: one row per finding, under the same header
/// as `plancheck check --format csv`, so the two can be pasted together or filtered alike.
/// Documents come in the report's order (worst verdict first), findings most severe first.
/// The coverage matrix is a table of another shape and goes to a second file
/// (`AuditMatrixCSVRenderer`).
///
/// UTF-8 with a byte order mark (without it Excel reads Chinese as mojibake), CRLF line ends;
/// cells are encoded as in every CSV plancheck writes (`CSVCell`: quoting, and no formula from a
/// document's text).
package struct AuditCSVRenderer: AuditRenderer {
    package init() {}

    package func render(_ report: AuditReport) -> String {
        var rows: [[String]] = [CSVReporter.header]
        for document in report.documents {
            for finding in document.findings {
                rows.append([
                    document.path, document.piece.map(String.init) ?? "", document.title ?? "",
                    finding.ruleID, finding.severity.chineseLabel,
                    finding.line.map(String.init) ?? "", finding.column.map(String.init) ?? "",
                    finding.message, finding.match ?? "", finding.replacement ?? "", finding.hint ?? "",
                    finding.lineText,
                ])
            }
        }
        return "\u{FEFF}" + rows.map(CSVCell.row).joined()
    }
}
