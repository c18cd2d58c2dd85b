import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Issue 19, items 16–19: what an auditor sees first — verdicts, the 退回清单, the matrix's
/// order and frozen columns — and findings in severity order, a rule count that adds up, and
/// the audit CSV as tables of one shape each.
@Suite struct AuditFirstScreenTests {
    static let planText = """
        城关镇卫生院2025年工作计划
        一、工作计划
        （一）落实２０２５年院感防控。
        （二）XX镇卫计委开展20xx年两癌筛查，达到%。
        （三）开展20xx年爱国卫生月。
        """

    /// Three documents: a plan with errors (placeholders twice, a missing element), a school's
    /// plan without errors, and a plan that passes; plus one with more errors named later.
    static var results: Results {
        let plan = Document(path: "plans/b城关.txt", text: planText)
        func finding(_ line: Int, _ match: String, _ rule: String, _ severity: Severity, _ message: String) -> Finding {
            ReporterFixtures.finding(in: plan, line: line, match: match, rule: rule, severity: severity, message: message, hint: nil)
        }
        let missing = Finding(ruleID: "health.four-pests", severity: .error, message: "计划未部署除四害工作")
        let missingCancer = Finding(ruleID: "health.two-cancers", severity: .error, message: "计划未部署两癌筛查工作")
        let elements = [
            ElementResult(ruleID: "health.four-pests", title: "除四害／病媒生物防制", status: .missing),
            ElementResult(ruleID: "health.two-cancers", title: "两癌筛查", status: .missing),
        ]
        return Results(toolVersion: "0.1.0", documents: [
            DocumentResult(path: "plans/a通过.txt", title: "县卫健委2025年工作计划", kind: .plan, issuer: "县卫健委", findings: []),
            DocumentResult(path: plan.path, title: "城关镇卫生院2025年工作计划", kind: .plan, issuer: "城关镇卫生院", elements: elements, findings: [
                // In report order: by position, an info before the errors.
                finding(3, "２０２５", "style.fullwidth-digits", .info, "全角数字「２０２５」"),
                finding(4, "卫计委", "currency.stale-term", .warning, "「卫计委」应为「卫健委」"),
                finding(4, "20xx年", "hygiene.placeholder", .error, "未填写的模板占位符「20xx年」"),
                finding(5, "20xx年", "hygiene.placeholder", .error, "未填写的模板占位符「20xx年」"),
                finding(4, "达到%", "hygiene.empty-value", .error, "内容缺失：「达到%」"),
                missing,
            ]),
            DocumentResult(path: "plans/c学校.txt", title: "实验小学2025年春季学期工作计划", kind: .other, issuer: "实验小学", findings: [
                Finding(ruleID: "plancheck.not-a-plan", severity: .info, message: "不是卫生健康工作计划"),
            ]),
            DocumentResult(path: "plans/d.txt", title: "乡卫生院2025年工作计划", kind: .plan, elements: elements, findings: [missing, missingCancer]),
        ], rules: [
            RuleDescriptor(id: "health.four-pests", title: "除四害／病媒生物防制", kind: "require", isElement: true, severity: .error),
            RuleDescriptor(id: "health.two-cancers", title: "两癌筛查", kind: "require", isElement: true, severity: .error),
            RuleDescriptor(id: "hygiene.placeholder", title: "占位符", kind: "forbid", severity: .error),
            RuleDescriptor(id: "plancheck.unreadable", title: "无法读取的文档", kind: RuleDescriptor.builtInKind, severity: .error),
        ])
    }

    let report = AuditReport(results: results, run: AuditFixtures.run)
    var html: String { try! AuditFormat.html.makeRenderer().render(report) }

    // Item 17.
    @Test func aDocumentThatIsNoHealthPlanIsForAPersonNotPassed() throws {
        let school = try #require(report.documents.first { $0.path == "plans/c学校.txt" })
        #expect(school.verdict == .notHealthPlan && !school.passed)
        #expect(school.verdict.label == "非卫生健康计划，需人工确认")
        #expect(report.headline.passed == 1 && report.headline.notHealthPlan == 1 && report.headline.sendBack == 2)
        let cards = try #require(AuditFixtures.section("headline", in: html))
        #expect(cards.contains("<span class=\"num\">1</span>份通过"))
        #expect(cards.contains("<span class=\"num\">1</span>份需人工确认"))
        #expect(html.contains(">非卫生健康计划，需人工确认</span>"))
    }

    /// The engine reads a school's term plan as kind `other`, which is what item 17 goes by.
    @Test func theEngineReadsASchoolsPlanAsOther() throws {
        let text = """
            实验小学2025年春季学期工作计划
            一、指导思想
            以立德树人为根本任务，全面提高教育教学质量，办好人民满意的学校。
            二、主要工作
            （一）加强教师队伍建设，开展校本研修和课堂教学评比。
            （二）抓好教学常规管理，落实作业和课后服务“双减”要求。
            （三）开展学生综合素质评价，组织春季运动会和读书节。
            """
        let engine = try Engine(rules: RuleLoader.standard.defaultRules())
        let results = Results(documents: engine.check(Document(path: "学校.txt", text: text)), rules: engine.ruleDescriptors)
        #expect(results.documents.map(\.kind) == [.other])
        #expect(AuditReport(results: results, run: AuditFixtures.run).documents.map(\.verdict) == [.notHealthPlan])
    }

    // Item 16.
    @Test func rowsGoByVerdictWorstFirstThenByName() {
        #expect(report.documents.map(\.path) == ["plans/b城关.txt", "plans/d.txt", "plans/c学校.txt", "plans/a通过.txt"])
        #expect(report.documents.map(\.verdict.label) == ["需退回修改", "需退回修改", "非卫生健康计划，需人工确认", "通过"])
    }

    @Test func theMatrixOpensWithVerdictIssuerAndAFrozenDocumentColumn() throws {
        let matrix = try #require(AuditFixtures.section("matrix", in: html))
        let header = try #require(matrix.components(separatedBy: "</thead>").first)
        let columns = header.components(separatedBy: "<th ").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(columns.prefix(3).map { String($0) } == ["class=\"verdict\">结论", "class=\"issuer\">发文单位", "class=\"doc\">文档"])
        let firstRow = try #require(matrix.components(separatedBy: "<tbody>").last?.components(separatedBy: "<tr>").dropFirst().first)
        #expect(firstRow.hasPrefix("\n<td class=\"verdict\"><span class=\"v send-back\">需退回修改</span>"))
        // The matrix scrolls in a pane of its own with its header and first columns kept in view.
        #expect(matrix.contains("<div class=\"pane matrix-wrap\">"))
        let css = try #require(html.components(separatedBy: "</style>").first)
        for rule in ["table.matrix .verdict { position: sticky; left: 0;", "table.matrix .doc { position: sticky;", ".pane thead th { position: sticky; top: 0;",
                     ".pane { overflow: auto; max-height:"] {
            #expect(css.contains(rule), "\(rule)")
        }
    }

    // Item 18.
    @Test func theSendBackListPutsMostErrorsFirstWithTheirMainReasons() throws {
        #expect(report.sendBack.map(\.displayName) == ["plans/b城关.txt", "plans/d.txt"])
        let first = report.sendBack[0]
        #expect(first.errors == 4 && first.warnings == 1)
        // Most severe first, then most frequent; two placeholders are one reason; no more than three.
        #expect(first.reasons == ["未填写的模板占位符「20xx年」等2处", "缺少必备要素：除四害", "内容缺失：「达到%」"])
        #expect(report.sendBack[1].reasons == ["缺少必备要素：除四害、两癌筛查"])
        let many = (1...7).map { AuditFinding(Finding(ruleID: "health.e\($0)", severity: .warning, message: "计划未部署要素\($0)")) }
        let titles = Dictionary(uniqueKeysWithValues: (1...7).map { ("health.e\($0)", "要素\($0)") })
        #expect(AuditSendBack.reasons(many, elementTitles: titles) == ["缺少必备要素：要素1、要素2、要素3、要素4、要素5等7项"])
        // Missing elements at two severities are still one reason, the errors named first.
        let mixed = [AuditFinding(Finding(ruleID: "health.e1", severity: .warning, message: "计划未部署要素1")),
                     AuditFinding(Finding(ruleID: "health.e2", severity: .error, message: "计划未部署要素2"))]
        #expect(AuditSendBack.reasons(mixed, elementTitles: titles) == ["缺少必备要素：要素2、要素1"])
        // At the top of the page, before the matrix.
        let list = try #require(AuditFixtures.section("sendback", in: html))
        #expect(list.contains("<span class=\"reason\">未填写的模板占位符「20xx年」等2处</span><span class=\"reason\">缺少必备要素：除四害</span><span class=\"reason\">内容缺失：「达到%」</span>"))
        #expect(html.range(of: "<section id=\"sendback\">")!.lowerBound < html.range(of: "<section id=\"matrix\">")!.lowerBound)
    }

    // Item 19.
    @Test func findingsWithinADocumentGoByMostSevereFirst() throws {
        let plan = try #require(report.documents.first { $0.path == "plans/b城关.txt" })
        #expect(plan.findings.map(\.severity) == [.error, .error, .error, .error, .warning, .info])
        // Report order within a severity: the whole-document finding first, then by position.
        #expect(plan.findings.map(\.ruleID).prefix(4) == ["health.four-pests", "hygiene.placeholder", "hygiene.empty-value", "hygiene.placeholder"])
    }

    @Test func theRuleCountIsThatOfThePacksListedAndBuiltInChecksAreNamed() throws {
        #expect(report.ruleCount == report.rulePacks.reduce(0) { $0 + $1.rules })
        #expect(report.ruleCount == 3)
        #expect(report.builtInRules.map(\.id) == ["plancheck.unreadable"])
        let scope = try #require(AuditFixtures.section("scope", in: html))
        #expect(scope.contains("health（2 条）、hygiene（1 条），共 3 条规则；另有内置检查：「无法读取的文档」"))
    }

    @Test func theCSVIsOneFindingsTableWithCheckColumnsAndTheMatrixIsAnotherFile() throws {
        let csv = AuditCSVRenderer().render(report)
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines[0] == CSVReporter.header.joined(separator: ","))
        #expect(lines.count == 1 + 9 + 1)
        // The same row `check --format csv` writes for the same finding.
        let plan = try #require(Self.results.documents.first { $0.path == "plans/b城关.txt" })
        let checkRows = CSVReporter().document(plan).components(separatedBy: "\r\n")
        #expect(Set(lines[1..<7]) == Set(checkRows.filter { !$0.isEmpty }))
        let matrix = AuditMatrixCSVRenderer().render(report).dropFirst().components(separatedBy: "\r\n")
        #expect(matrix[0] == "文档,篇,标题,结论,发文单位,类型,年份,除四害／病媒生物防制,两癌筛查")
        #expect(matrix[1].hasPrefix("plans/b城关.txt,,城关镇卫生院2025年工作计划,需退回修改,城关镇卫生院,工作计划,,缺失"))
        #expect(AuditMatrixCSVRenderer.path(besides: "out/audit.csv") == "out/audit.matrix.csv")
        #expect(AuditMatrixCSVRenderer.path(besides: "out.d/审核") == "out.d/审核.matrix.csv")
        #expect(AuditMatrixCSVRenderer.path(besides: ".csv") == ".csv.matrix.csv")
    }
}
