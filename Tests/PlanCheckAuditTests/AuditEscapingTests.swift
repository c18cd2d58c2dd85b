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
