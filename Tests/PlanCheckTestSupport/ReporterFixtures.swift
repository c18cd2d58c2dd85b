import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules
import PlanCheckChecks
import PlanCheckEngine
import PlanCheckReporters
import PlanCheckAudit

/// Results built by hand from small, real-shaped plans, with spans computed by the real
/// `Document`/`SourceMap`, so reporter tests do not depend on the engine.
package enum ReporterFixtures {
    /// A plan with a placeholder, a stale agency name behind a tab, a long pasted line with a
    /// percentage missing its number, full-width digits, and a missing required element.
    package static let planText = """
        城关镇卫生院2025年工作计划
        一、总体要求
        二、加强院感防控，落实20xx年计划
        \t（一）配合卫计委开展爱国卫生月活动。
        3、粘膜下肿瘤技术,填补罗湖_市里的临床空白。临床收治C、D型病例同比增加9%,其中区人民医院临床治愈好转率达到%。开展了优质护理服务示范工程,提高患者满意度。区中医院、区妇幼保健院医疗服务整体评估结果从C级上升到B级。
        三、推进２０２５年“健康城关”建设
        """

    /// A compilation (合集) of two plans; the first piece is clean.
    package static let compilationText = """
        城关镇2024年卫生健康工作计划合集
        （一）2024年卫生健康工作计划
        一、加强院感防控，落实感控督查制度。
        二、开展“两癌”筛查。
        （二）2024年爱国卫生工作要点
        一、开展第36个爱国卫生月活动。
        二、巩固“十三五”期间国家卫生县城创建成果，推进病媒生物防制。
        """

    package static var results: Results {
        let plan = Document(path: "plans/2025年工作计划.txt", encoding: "GB18030", text: planText)
        let compilation = Document(path: "plans/合集.txt", text: compilationText)
        return Results(toolVersion: "0.1.0", documents: [
            DocumentResult(
                path: plan.path, title: "城关镇卫生院2025年工作计划", kind: .plan, year: 2025,
                issuer: "城关镇卫生院", encoding: plan.encoding,
                elements: [
                    ElementResult(ruleID: "health.infection-control", title: "医院感染防控（院感）", status: .met,
                                  evidence: [evidence(in: plan, line: 3, text: "院感防控")], target: "院感防控，每季度开展督查1次"),
                    ElementResult(ruleID: "health.patriotic-health-month", title: "爱国卫生月", status: .met,
                                  evidence: [evidence(in: plan, line: 4, text: "爱国卫生月")]),
                    ElementResult(ruleID: "health.two-cancers", title: "两癌筛查", status: .missing),
                ],
                findings: [
                    finding(in: plan, line: 6, match: "２０２５", rule: "style.fullwidth-digits", severity: .info,
                            message: "全角数字「２０２５」", hint: nil, replacement: "2025"),
                    finding(in: plan, line: 3, match: "20xx年", rule: "hygiene.placeholder", severity: .error,
                            message: "未填写的模板占位符「20xx年」", hint: "填写实际年份，如「2025年」。"),
                    Finding(ruleID: "health.two-cancers", severity: .error, message: "计划未部署两癌筛查工作",
                            hint: "在工作计划中写明农村妇女宫颈癌、乳腺癌筛查任务。"),
                    finding(in: plan, line: 4, match: "卫计委", rule: "stale.agency-name", severity: .warning,
                            message: "「卫计委」已于2018年改为卫生健康委员会", hint: nil, replacement: "卫健委"),
                    finding(in: plan, line: 5, match: "达到%", rule: "hygiene.missing-number", severity: .warning,
                            message: "百分比缺少数值「达到%」", hint: "补上数值，如「达到95%」。"),
                ]
            ),
            DocumentResult(
                path: compilation.path, piece: 1, title: "2024年卫生健康工作计划", kind: .plan, year: 2024,
                encoding: compilation.encoding,
                elements: [
                    ElementResult(ruleID: "health.infection-control", title: "医院感染防控（院感）", status: .met,
                                  evidence: [evidence(in: compilation, line: 3, text: "院感防控"),
                                             evidence(in: compilation, line: 3, text: "感控")]),
                ]
            ),
            DocumentResult(
                path: compilation.path, piece: 2, title: "2024年爱国卫生工作要点", kind: .plan, year: 2024,
                encoding: compilation.encoding,
                elements: [
                    ElementResult(ruleID: "health.infection-control", title: "医院感染防控（院感）", status: .notApplicable),
                ],
                findings: [
                    finding(in: compilation, line: 7, match: "十三五", rule: "stale.five-year-plan", severity: .warning,
                            message: "2024年的计划引用已结束的「十三五」规划", hint: "改为「十四五」或删去。"),
                ]
            ),
            DocumentResult(
                path: "plans/损坏.docx", encoding: "docx",
                findings: [
                    Finding(ruleID: "plancheck.unreadable", severity: .error,
                            message: "无法读取文件：不是有效的 .docx（ZIP 结构损坏）"),
                ]
            ),
        ], rules: ruleDescriptors)
    }

    package static func finding(
        in document: Document, line: Int, match: String, rule: String, severity: Severity,
        message: String, hint: String?, replacement: String? = nil
    ) -> Finding {
        let range = utf16Range(of: match, in: document, line: line)
        let excerpt = document.lineExcerpt(around: range)
        return Finding(
            ruleID: rule, severity: severity, message: message, hint: hint, span: document.span(of: range),
            match: document.text(in: range), lineText: excerpt.text, lineTextColumn: excerpt.column,
            replacement: replacement
        )
    }

    package static func evidence(in document: Document, line: Int, text: String) -> Evidence {
        let range = utf16Range(of: text, in: document, line: line)
        return Evidence(position: document.sourceMap.position(of: range.lowerBound), text: text)
    }

    /// The UTF-16 range of the first `match` on a 1-based line.
    package static func utf16Range(of match: String, in document: Document, line: Int) -> Range<Int> {
        let lineRange = document.sourceMap.lineRange(at: line - 1)
        let lineText = document.text(in: lineRange)
        guard let found = lineText.range(of: match) else { fatalError("「\(match)」 not on line \(line)") }
        let start = lineRange.lowerBound + lineText.utf16.distance(from: lineText.startIndex, to: found.lowerBound)
        return start..<(start + match.utf16.count)
    }
}
