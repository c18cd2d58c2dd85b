import Foundation
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

/// The audit model over small hand-made results (no corpus needed).
@Suite struct AuditModelTests {
    let report = AuditReport(results: ReporterFixtures.results, run: AuditFixtures.run)

    @Test func headlineCountsPiecesAndFiles() {
        let headline = report.headline
        #expect(headline.files == 3)
        #expect(headline.documents == 4)
        // The plan and the unreadable file have errors; both pieces of the compilation pass.
        #expect(headline.withErrors == 2 && headline.passed == 2)
        #expect(headline.sendBack == 1 && headline.unreadable == 1 && headline.notHealthPlan == 0)
        #expect(headline.errors == 3 && headline.warnings == 3 && headline.infos == 1)
    }

    @Test func columnsComeFromElementsWhenNoDescriptorsAreGiven() throws {
        #expect(Set(report.elements.map(\.ruleID)) == ["health.infection-control", "health.patriotic-health-month", "health.two-cancers"])
        let infection = try #require(report.elements.first { $0.ruleID == "health.infection-control" })
        #expect(infection.met == 2 && infection.notApplicable == 1 && infection.unchecked == 1 && infection.missing == 0)
        #expect(infection.coveragePercent == 100)
        #expect(report.elements.first { $0.ruleID == "health.two-cancers" }?.coveragePercent == 0)
    }

    @Test func requireDescriptorsGiveTheColumnsInLoadOrder() {
        var results = ReporterFixtures.results
        results.rules = [
            RuleDescriptor(id: "hygiene.placeholder", title: "占位符", kind: "forbid", severity: .error),
            RuleDescriptor(id: "health.two-cancers", title: "两癌筛查", kind: "require", isElement: true, severity: .error, hint: "写明两癌筛查。"),
            RuleDescriptor(id: "health.four-pests", title: "除四害", kind: "require", isElement: true, severity: .error),
        ]
        let report = AuditReport(results: results, run: AuditFixtures.run)
        #expect(report.elements.map(\.ruleID) == ["health.two-cancers", "health.four-pests", "health.infection-control", "health.patriotic-health-month"])
        #expect(report.elements[0].hint == "写明两癌筛查。")
        // No document ran the four-pests rule: its column is unchecked, not missing.
        #expect(report.elements[1].unchecked == 4 && report.elements[1].coveragePercent == nil)
        #expect(report.rulePacks == [AuditRulePack(name: "health", rules: 2), AuditRulePack(name: "hygiene", rules: 1)])
    }

    @Test func cellsFollowTheColumnsAndKeepEvidenceInOrder() throws {
        // By verdict: the plan to send back, the unreadable file, then the two pieces that pass.
        let compilation = report.documents[2]
        #expect(compilation.displayName == "plans/合集.txt#1" && compilation.shortName == "合集.txt#1")
        #expect(compilation.cells.map(\.status) == [.met, .unchecked, .unchecked])
        #expect(compilation.cells[0].evidenceSummary == "第3行「院感防控」")
        #expect(compilation.cells[0].evidence.map(\.text) == ["院感防控", "感控"])
        let unreadable = report.documents[1]
        #expect(unreadable.cells.allSatisfy { $0.status == .unchecked })
        #expect(unreadable.kindLabel == "未能读取" && !unreadable.passed)
    }

    @Test func findingsAreInReportOrderWithTheMatchCutOut() throws {
        let plan = report.documents[0]
        #expect(plan.findings.map(\.ruleID) == ["health.two-cancers", "hygiene.placeholder", "stale.agency-name", "hygiene.missing-number", "style.fullwidth-digits"])
        #expect(!plan.findings[0].hasExcerpt && plan.findings[0].line == nil)
        let placeholder = plan.findings[1]
        #expect(placeholder.before == "二、加强院感防控，落实")
        #expect(placeholder.highlighted == "20xx年")
        #expect(placeholder.after == "计划")
        // The long pasted line is cut around the match, with … where text was left out.
        let missing = plan.findings[3]
        #expect(missing.highlighted == "达到%")
        #expect(missing.before.hasPrefix("…") && missing.after.hasSuffix("…"))
        #expect(missing.before.unicodeScalars.count == AuditFinding.contextLength + 1)
        #expect(missing.after.unicodeScalars.count == AuditFinding.contextLength + 1)
    }

    @Test func ruleTalliesCountFindingsAndDocuments() {
        let tallies = report.ruleTallies
        #expect(tallies.map(\.ruleID) == [
            "health.two-cancers", "hygiene.missing-number", "hygiene.placeholder", "plancheck.unreadable",
            "stale.agency-name", "stale.five-year-plan", "style.fullwidth-digits",
        ])
        #expect(tallies.allSatisfy { $0.findings == 1 && $0.documents == 1 })
        // The rule's own title, from its descriptor.
        #expect(tallies[0].title == "两癌筛查")
    }

    @Test func nearDuplicatesUseContainmentWithAFloorOfSharedParagraphs() {
        let copy = DocumentResult(path: "a.txt")
        let longer = DocumentResult(path: "b.txt")
        let short = DocumentResult(path: "c.txt")
        let other = DocumentResult(path: "d.txt")
        let prints: [String: [UInt64]] = [
            "a.txt": Array(1...10), "b.txt": Array(1...6) + Array(100...120), "c.txt": [1, 2], "d.txt": Array(200...230),
        ]
        let pairs = NearDuplicates.pairs(in: [copy, longer, short, other], fingerprints: prints)
        // b holds 6 of a's 10 paragraphs: 60% of the shorter one, though Jaccard is only 6/31.
        #expect(pairs.map { [$0.first, $0.second] } == [["a.txt", "b.txt"]])
        #expect(pairs[0].shared == 6 && pairs[0].sharePercent == 60)
        #expect(pairs[0].jaccard < 0.2)
        // c is entirely inside a, but two paragraphs are not a copy.
        #expect(NearDuplicates.allPairs(in: [copy, short], fingerprints: prints).first?.share == 1)
        #expect(NearDuplicates.pairs(in: [copy, short], fingerprints: prints).isEmpty)
        #expect(NearDuplicates.pairs(in: [copy, longer], fingerprints: prints, threshold: 0.7).isEmpty)
    }

    @Test func formatFollowsTheFileExtension() {
        #expect(AuditFormat(fileName: "audit.html") == .html)
        #expect(AuditFormat(fileName: "out/审核.HTM") == .html)
        #expect(AuditFormat(fileName: "audit.md") == .markdown)
        #expect(AuditFormat(fileName: "a.b/audit.csv") == .csv)
        #expect(AuditFormat(fileName: "audit.txt") == nil)
        #expect(AuditFormat(fileName: "a.html/audit") == nil)
        #expect(AuditFormat(fileName: "audit") == nil)
    }

    @Test func bundledTemplatesAreEmbedded() {
        #expect(ReportTemplates.text(named: "audit.html.mustache")?.contains("<!DOCTYPE html>") == true)
        #expect(ReportTemplates.text(named: "audit.md.mustache")?.contains("| 序号 | 文档 |") == true)
    }

    @Test func anOfficeTemplateGetsTheSameData() throws {
        let template = """
            {{title}} {{generated.date}} {{headline.documents}}/{{headline.withErrors}}
            {{#documents}}{{number}}. {{shortName}} {{#cells}}{{symbol}}{{/cells}} {{missingElementsText}}
            {{/documents}}
            """
        let text = try AuditFormat.html.makeRenderer(template: template).render(report)
        #expect(text == """
            卫生健康工作计划审核报告 2025年6月15日 16:26 4/2
            1. 2025年工作计划.txt ✓✗△ 两癌筛查
            2. 损坏.docx ??? —
            3. 合集.txt#1 △?? —
            4. 合集.txt#2 —?? —

            """)
    }

    @Test func aBrokenTemplateSaysWhere() throws {
        for format in [AuditFormat.html, .markdown] {
            #expect {
                _ = try format.makeRenderer(template: "第一行\n{{#documents}}\n{{/cells}}\n")
            } throws: { error in
                (error as? AuditTemplateRenderer.TemplateError)?.line == 3
            }
        }
    }

    @Test func markdownPragmaLeavesNoBlankLine() throws {
        let text = try AuditFormat.markdown.makeRenderer(template: "# {{title}}\n").render(report)
        #expect(text == "# 卫生健康工作计划审核报告\n")
    }

    @Test func chartsScaleToTheLargestValueAndFitTheirLabels() {
        let chart = AuditBarChart.severities(report.headline)
        #expect(chart.bars.map(\.label) == ["错误", "警告", "提示"])
        #expect(chart.bars.map(\.valueLabel) == ["3", "3", "1"])
        let widths = chart.bars.map { $0.segments.first?.width ?? 0 }
        #expect(widths[0] == widths[1] && abs(widths[2] * 3 - widths[0]) <= 3)
        #expect(chart.labelX < 60)
        for bar in chart.bars { #expect(bar.valueX + AuditBarChart.valueRoom - 8 <= chart.width) }
        let coverage = AuditBarChart.coverage(report.elements, documents: 4)
        #expect(coverage.bars[0].valueLabel == "2/2（100%）")
        #expect(coverage.bars[0].segments.map(\.style) == ["met", "not-applicable", "unchecked"])
    }
}

@Suite struct AuditTemplateDataTests {
    /// Every key a template can use is documented in reports/README.md.
    @Test func everyKeyIsDocumented() throws {
        let results = ReporterFixtures.results
        let prints = [results.documents[1].displayName: Array(UInt64(1)...5), results.documents[2].displayName: Array(UInt64(1)...5)]
        let data = AuditTemplateData.make(AuditReport(results: results, fingerprints: prints, run: AuditFixtures.run))
        var keys: Set<String> = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    keys.insert(key)
                    collect(child)
                }
            } else if let list = value as? [Any] {
                list.forEach(collect)
            }
        }
        collect(data)
        #expect(keys.contains("sharePercent") && keys.contains("segments") && keys.contains("evidenceDetail"))
        let readme = try String(contentsOf: SharedCorpus.packageRoot.appendingPathComponent("reports/README.md"), encoding: .utf8)
        for key in keys.sorted() {
            #expect(readme.range(of: "(?<![A-Za-z])\(key)(?![A-Za-z])", options: .regularExpression) != nil, "reports/README.md does not mention `\(key)`")
        }
    }
}
