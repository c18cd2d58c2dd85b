import PlanCheckReporters

/// The coverage matrix as CSV, written beside the findings table (`audit.csv` →
/// `audit.matrix.csv`): one row per document in the report's order, its verdict and issuer, then
/// one column per required element. Bytes as in `AuditCSVRenderer`.
package struct AuditMatrixCSVRenderer: AuditRenderer {
    package init() {}

    /// `NAME.matrix.csv` beside the report `NAME.csv` (or beside `NAME.EXT`, or `NAME`).
    package static func path(besides report: String) -> String {
        let slash = report.lastIndex(of: "/")
        let name = slash.map { report[report.index(after: $0)...] } ?? report[...]
        // A leading dot names a hidden file, not an extension.
        let dot = name.dropFirst().lastIndex(of: ".")
        return String(report[..<(dot ?? report.endIndex)]) + ".matrix.csv"
    }

    package func render(_ report: AuditReport) -> String {
        var rows: [[String]] = [["文档", "篇", "标题", "结论", "发文单位", "类型", "年份"] + report.elements.map(\.title)]
        for document in report.documents {
            rows.append([
                document.path, document.piece.map(String.init) ?? "", document.title ?? "",
                document.verdict.label, document.issuer ?? "", document.kindLabel, document.year.map(String.init) ?? "",
            ] + document.cells.map(Self.cell))
        }
        return "\u{FEFF}" + rows.map(CSVCell.row).joined()
    }

    private static func cell(_ cell: AuditCell) -> String {
        switch cell.status {
        case .met: "已覆盖" + (cell.evidenceSummary.map { "：" + $0 } ?? "")
        case .missing: "缺失"
        case .notApplicable: "不适用"
        case .unchecked: "未检查"
        }
    }
}
