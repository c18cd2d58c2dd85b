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

/// Documents are untrusted input: whatever they say must come out as text in every format.
@Suite struct AuditEscapingTests {
    let report: AuditReport

    init() throws {
        report = AuditReport(results: try AuditFixtures.hostileResults(), run: AuditFixtures.run)
    }

    @Test func theFixtureReallyCarriesTheHostileText() throws {
        let document = try #require(report.documents.first)
        #expect(document.title?.contains("<script>") == true)
        #expect(document.findings.contains { ($0.before + $0.highlighted + $0.after).contains("<script>alert(1)</script>") })
    }

    @Test func htmlEscapesScriptsInTitlesPathsAndExcerpts() throws {
        let html = try AuditFormat.html.makeRenderer().render(report)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>城关</b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("plans/&lt;b&gt;城关&lt;/b&gt;.txt"))
        // Only the page's own script.
        #expect(AuditFixtures.count("<script", in: html) == 1)
        // Quotes cannot leave an attribute.
        #expect(html.contains("=HYPERLINK(&quot;http://e.cn&quot;,&quot;点&quot;)"))
    }

    @Test func htmlHighlightsTheMatchInsideItsLine() throws {
        let html = try AuditFormat.html.makeRenderer().render(report)
        #expect(html.contains("（一）落实<mark>20xx年</mark>院感&lt;script&gt;"))
    }

    @Test func markdownEscapesPipesAndHTML() throws {
        let markdown = try AuditFormat.markdown.makeRenderer().render(report)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("院感\\<script\\>alert(1)\\</script\\>\\|两癌筛查\\|除四害"))
        for table in AuditFixtures.markdownTables(markdown) {
            let columns = AuditFixtures.markdownCells(table[0]).count
            for row in table { #expect(AuditFixtures.markdownCells(row).count == columns, "\(row)") }
        }
    }

    @Test func markdownContentTypeEscapesSyntaxAndLineBreaks() {
        let escape = MarkdownContentType().escapeText
        #expect(escape("a|b") == "a\\|b")
        #expect(escape("20__年 *** [x](y) `c` #1 <b>") == "20\\_\\_年 \\*\\*\\* \\[x\\](y) \\`c\\` \\#1 \\<b\\>")
        #expect(escape("第一行\n第二行\r\n第三行") == "第一行 第二行 第三行")
        #expect(escape("a\\|b") == "a\\\\\\|b")
    }

    /// U+0600 (a prepended concatenation mark) before `<` is one grapheme cluster with it; escaping
    /// that compared characters let `<img onerror=…>` through into the HTML and raw HTML, links
    /// and cells into the Markdown.
    @Test func prependedScalarsCannotSmuggleMarkupPastTheEscaping() throws {
        let hostile = "\u{0600}<img src=x onerror=document.title='pwned'>\u{0600}[链接](javascript:x)\u{0600}|格"
        let engine = try Engine(rules: RuleLoader.standard.defaultRules())
        let document = Document(path: "plans/\(hostile).txt", text: "\(hostile)工作计划\n一、落实20xx年\(hostile)院感\n")
        let report = AuditReport(results: Results(documents: engine.check(document), rules: engine.ruleDescriptors), run: AuditFixtures.run)
        let html = try AuditFormat.html.makeRenderer().render(report)
        // Looked for by scalar: `String.contains("<img")` would miss `\u{0600}<img`, one cluster.
        let scalars = Array(html.unicodeScalars)
        let rawAfterMark = zip(scalars, scalars.dropFirst()).contains { $0 == "\u{0600}" && $1 == "<" }
        #expect(!rawAfterMark)
        #expect(!html.contains("<img"))
        #expect(html.contains("\u{0600}&lt;img src=x onerror=document.title=&#39;pwned&#39;&gt;"))
        let markdown = try AuditFormat.markdown.makeRenderer().render(report)
        #expect(!markdown.contains("\u{0600}<") && !markdown.contains("\u{0600}[") && !markdown.contains("\u{0600}|"))
        // Expected texts are bound first: the #expect macro cannot re-quote `\u{0600}\\<` literals.
        let escapedImage = "\u{0600}\\<img"
        #expect(markdown.contains(escapedImage))
        for table in AuditFixtures.markdownTables(markdown) {
            let columns = AuditFixtures.markdownCells(table[0]).count
            for row in table { #expect(AuditFixtures.markdownCells(row).count == columns, "\(row)") }
        }
        let markdownEscaped = "\u{0600}\\<b\\>\u{0301}\\|"
        #expect(MarkdownContentType().escapeText("\u{0600}<b>\u{0301}|") == markdownEscaped)
        #expect(ScalarHTMLContentType().escapeText("\u{0600}<b>\u{0301}&'\"") == "\u{0600}&lt;b&gt;\u{0301}&amp;&#39;&quot;")
    }

    @Test func theFormulaGuardLooksPastPrependedAndFormatScalars() {
        #expect(CSVCell.encode("\u{0600}=cmd|' /C calc'!A0") == "'\u{0600}=cmd|' /C calc'!A0")
        #expect(CSVCell.encode("\u{FEFF}\u{200B}+1") == "'\u{FEFF}\u{200B}+1")
        #expect(CSVCell.encode("\u{0301}@SUM(A1)") == "'\u{0301}@SUM(A1)")
        #expect(CSVCell.encode("\u{0600}院感") == "\u{0600}院感")
        let finding = Finding(ruleID: "r", severity: .error, message: "\u{0600}=1+1", match: "\u{0600}-2")
        let check = CSVReporter().render(Results(documents: [DocumentResult(path: "\u{0600}@a.txt", findings: [finding])]))
        let audit = AuditCSVRenderer().render(AuditReport(results: Results(documents: [DocumentResult(path: "\u{0600}@a.txt", findings: [finding])]), run: AuditFixtures.run))
        for csv in [check, audit] {
            #expect(csv.contains("'\u{0600}=1+1") && csv.contains("'\u{0600}@a.txt"), "\(csv)")
            #expect(!csv.contains(",\u{0600}="))
        }
    }

    @Test func csvGuardsFormulasAndQuotes() throws {
        let csv = AuditCSVRenderer().render(report)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://e.cn\"\",\"\"点\"\")XX县卫计委\","))
        #expect(CSVCell.encode("=1+1") == "'=1+1")
        #expect(CSVCell.encode("+86") == "'+86")
        #expect(CSVCell.encode("-1") == "'-1")
        #expect(CSVCell.encode("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVCell.encode("a,b") == "\"a,b\"")
        #expect(CSVCell.encode("说\"明\"") == "\"说\"\"明\"\"\"")
        #expect(CSVCell.encode("两行\n文字") == "\"两行\n文字\"")
        #expect(CSVCell.encode("院感") == "院感")
    }
}
