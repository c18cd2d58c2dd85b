import PlanCheckReporters
/// The coverage matrix and the findings as one CSV file for Excel: UTF-8 with a byte order mark
/// (without it Excel reads Chinese as mojibake), CRLF line ends, two sections one after another,
/// each under a one-cell title row (`覆盖矩阵`, `问题清单`) and separated by an empty row.
///
/// One file rather than two keeps `--output` a single atomic write. Cells are encoded as in
/// every CSV plancheck writes (`CSVCell`: quoting, and no formula from a document's text).
package struct AuditCSVRenderer: AuditRenderer {
    package init() {}

    package func render(_ report: AuditReport) -> String {
        var rows: [[String]] = [["覆盖矩阵"]]
        rows.append(["文档", "标题", "类型", "年份", "结论"] + report.elements.map(\.title))
        for document in report.documents {
            rows.append([
                document.displayName, document.title ?? "", document.kindLabel, document.year.map(String.init) ?? "",
                document.passed ? "通过" : "有错误",
            ] + document.cells.map(Self.cell))
        }
        rows.append([])
        rows.append(["问题清单"])
        rows.append(["文档", "严重程度", "规则", "行", "列", "问题", "原文", "匹配文字", "建议替换", "修改提示"])
        for document in report.documents {
            for finding in document.findings {
                rows.append([
                    document.displayName, finding.severity.chineseLabel, finding.ruleID,
                    finding.line.map(String.init) ?? "", finding.column.map(String.init) ?? "",
                    finding.message, finding.before + finding.highlighted + finding.after,
                    finding.match ?? "", finding.replacement ?? "", finding.hint ?? "",
                ])
            }
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
