import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

@Suite struct ReportersCSVTests {
    let output = CSVReporter().render(ReporterFixtures.results)

    @Test func golden() throws {
        try Golden.expect(output, matches: "report.csv")
    }

    /// RFC 4180, as Excel reads it: quoted cells may hold commas, doubled quotes and line breaks.
    static func parse(_ csv: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var scalars = csv.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        cell.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                row.append(cell)
                cell = ""
            case "\r" where pending == "\n":
                pending = scalars.next()
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            default: cell.unicodeScalars.append(scalar)
            }
        }
        return rows
    }

    @Test func excelReadyBytes() {
        #expect(output.unicodeScalars.first == "\u{FEFF}")
        #expect(output.hasPrefix("\u{FEFF}文档,篇,标题,规则,严重程度,行,列,问题,原文,建议改为,修改提示,所在行\r\n"))
        #expect(output.hasSuffix("\r\n"))
        // The fixture has no line break inside a cell, so every one is a CRLF row end.
        let scalars = Array(output.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\r" { #expect(index + 1 < scalars.count && scalars[index + 1] == "\n") }
            if scalar == "\n" { #expect(index > 0 && scalars[index - 1] == "\r") }
        }
        #expect(scalars.count { $0 == "\n" } == 8)
    }

    @Test func oneRowPerFinding() throws {
        let rows = Self.parse(String(output.unicodeScalars.dropFirst()))
        #expect(rows.count == 1 + 7)
        #expect(rows.allSatisfy { $0.count == CSVReporter.header.count })
        #expect(rows[1] == ["plans/2025年工作计划.txt", "", "城关镇卫生院2025年工作计划", "health.two-cancers", "错误", "", "",
                            "计划未部署两癌筛查工作", "", "", "在工作计划中写明农村妇女宫颈癌、乳腺癌筛查任务。", ""])
        #expect(rows[2] == ["plans/2025年工作计划.txt", "", "城关镇卫生院2025年工作计划", "hygiene.placeholder", "错误", "3", "12",
                            "未填写的模板占位符「20xx年」", "20xx年", "", "填写实际年份，如「2025年」。", "二、加强院感防控，落实20xx年计划"])
        // The tab that indents the line is gone from the context cell.
        #expect(rows[3][11] == "（一）配合卫计委开展爱国卫生月活动。" && rows[3][9] == "卫健委")
        // ASCII commas in the line: the cell is quoted and reads back whole.
        #expect(rows[4][11].hasPrefix("3、粘膜下肿瘤技术,填补罗湖_市里的临床空白。"))
        #expect(rows[5][4] == "提示")
        #expect(rows[6][0...4] == ["plans/合集.txt", "2", "2024年爱国卫生工作要点", "stale.five-year-plan", "警告"])
        #expect(rows[7][3] == "plancheck.unreadable" && rows[7][2] == "")
    }

    @Test func quotingAndFormulaGuard() {
        #expect(CSVCell.encode("plain 文字") == "plain 文字")
        #expect(CSVCell.encode("a,b") == "\"a,b\"")
        #expect(CSVCell.encode("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVCell.encode("two\nlines") == "\"two\nlines\"")
        #expect(CSVCell.encode("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVCell.encode("+1") == "'+1")
        #expect(CSVCell.encode("-2%") == "'-2%")
        #expect(CSVCell.encode("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVCell.encode("\tx") == "'\tx")
        #expect(CSVCell.encode("a=b") == "a=b")
        #expect(CSVCell.encode("") == "")
    }

    @Test func cleanRunIsTheHeaderOnly() {
        let output = CSVReporter().render(Results(documents: [DocumentResult(path: "a.txt", kind: .plan)]))
        #expect(output == "\u{FEFF}" + CSVReporter.header.joined(separator: ",") + "\r\n")
        #expect(ReportFormat(identifier: "csv")?.makeReporter() is CSVReporter)
    }
}
