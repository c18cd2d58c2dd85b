import PlanCheckCore

/// Findings as a CSV table for an auditor opening it in Excel or WPS: one row per finding, a
/// Chinese header, severities in Chinese.
///
/// The bytes are what Excel needs to open Chinese text by double-click: UTF-8 with a byte-order
/// mark (without it Excel on a Chinese Windows reads GBK), CRLF line ends and RFC 4180 quoting
/// (a cell with `,` `"` or a line break is quoted, quotes doubled). A cell that starts with
/// `=` `+` `-` `@`, tab or carriage return gets a leading `'`, so text from a document can never run
/// as a formula (CSV injection). Lines and columns are 1-indexed, columns count characters;
/// they are empty for a finding about the whole document.
package struct CSVReporter: StreamingReporter {
    package static let header = ["文档", "篇", "标题", "规则", "严重程度", "行", "列", "问题", "原文", "建议改为", "修改提示", "所在行"]

    package static let identifier = "csv"
    package static let description = "one row per finding, UTF-8 with a byte-order mark, for Excel"
    package static let fileExtensions = ["csv"]

    package init() {}

    package init(options: ReporterOptions) {
        self.init()
    }

    package func header(_ header: ReportHeader) -> String {
        "\u{FEFF}" + CSVCell.row(Self.header)
    }

    package func footer(_ summary: Summary) -> String { "" }

    package func document(_ document: DocumentResult) -> String {
        var output = ""
        do {
            for finding in document.findingsInReportOrder {
                output += CSVCell.row([
                    document.path,
                    document.piece.map(String.init) ?? "",
                    document.title ?? "",
                    finding.ruleID,
                    finding.severity.chineseLabel,
                    finding.span.map { String($0.start.line) } ?? "",
                    finding.span.map { String($0.start.column) } ?? "",
                    finding.message,
                    finding.match ?? "",
                    finding.replacement ?? "",
                    finding.hint ?? "",
                    // Indentation means nothing in a cell.
                    finding.lineText?.trimmingWhitespace ?? "",
                ])
            }
        }
        return output
    }
}
