import Foundation
import Testing
import Yams
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// The audit of the seed corpus, rendered in every format and read back.
@Suite(.enabled(if: SharedCorpus.isAvailable, "needs ../shared/corpus"))
struct AuditCorpusTests {
    let report = AuditFixtures.seedReport
    let html = try! AuditFormat.html.makeRenderer().render(AuditFixtures.seedReport)

    @Test func everyDocumentAndEveryRequiredElementIsInTheMatrix() throws {
        let results = AuditFixtures.seedResults
        let required = results.rules.filter { $0.kind == "require" }
        #expect(required.count >= 4)
        // Every required element, errors (the elements every plan must cover) first.
        #expect(Set(report.elements.map(\.ruleID)) == Set(required.map(\.id)))
        #expect(report.elements.count == required.count)
        let severities = report.elements.map { element in required.first { $0.id == element.ruleID }!.severity }
        #expect(severities == severities.sorted(by: >))
        #expect(report.elements.prefix(4).map(\.ruleID).sorted() == [
            "health.four-pests", "health.infection-control", "health.patriotic-health-month", "health.two-cancer-screening",
        ])
        #expect(report.documents.map(\.displayName) == results.documents.map(\.displayName))
        #expect(report.documents.count == 18)

        let matrix = try #require(AuditFixtures.section("matrix", in: html))
        let header = try #require(matrix.components(separatedBy: "</thead>").first)
        for element in report.elements { #expect(header.contains(">\(element.shortTitle)</th>"), "column \(element.ruleID)") }
        let body = try #require(matrix.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tbody>").first)
        let rows = body.components(separatedBy: "<tr>").dropFirst()
        #expect(rows.count == results.documents.count)
        for (row, document) in zip(rows, report.documents) {
            #expect(row.contains(">\(document.shortName)</a>"))
            #expect(AuditFixtures.count("<td class=\"cell ", in: row) == required.count)
        }
        // Every cell agrees with the element results it came from.
        for (document, result) in zip(report.documents, results.documents) {
            for element in result.elements {
                let cell = try #require(document.cells.first { $0.ruleID == element.ruleID })
                #expect(cell.status.rawValue == element.status.rawValue)
            }
        }
    }

    @Test func metCellsShowTheirEvidence() throws {
        let matrix = try #require(AuditFixtures.section("matrix", in: html))
        let met = report.documents.flatMap(\.cells).filter { $0.status == .met }
        #expect(!met.isEmpty)
        #expect(AuditFixtures.count("<td class=\"cell met\"", in: matrix) == met.count)
        for cell in met {
            let evidence = try #require(cell.evidence.first)
            #expect(matrix.contains("<small>第\(evidence.position.line)行「\(evidence.text)」</small>"))
        }
    }

    @Test func headlineCountsMatchTheJSONOutput() throws {
        let json = JSONReporter().render(AuditFixtures.seedResults)
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        let summary = try #require((root["summary"] as? [String: Any])?.compactMapValues { $0 as? Int })
        let withErrors = documents.count { document in
            (document["findings"] as? [[String: Any]] ?? []).contains { $0["severity"] as? String == "error" }
        }
        let headline = report.headline
        #expect(headline.documents == summary["documents"])
        #expect(headline.files == Set(documents.compactMap { $0["path"] as? String }).count)
        #expect(headline.withErrors == withErrors)
        #expect(headline.passed == documents.count - withErrors)
        #expect(headline.errors == summary["errors"] && headline.warnings == summary["warnings"] && headline.infos == summary["infos"])

        let cards = try #require(AuditFixtures.section("headline", in: html))
        #expect(cards.contains("<span class=\"num\">\(documents.count)</span>份文档"))
        #expect(cards.contains("<span class=\"num\">\(headline.passed)</span>份通过"))
        #expect(cards.contains("<span class=\"num\">\(withErrors)</span>份有错误"))
        let total = summary["errors"]! + summary["warnings"]! + summary["infos"]!
        #expect(cards.contains("<span class=\"num\">\(total)</span>条问题"))
        #expect(AuditFixtures.count("<li class=\"finding ", in: html) == total)
    }

    @Test func referencesNothingOutsideTheFile() throws {
        // The bundled template names no URL at all.
        let template = try #require(ReportTemplates.text(named: "audit.html.mustache"))
        #expect(!template.contains("http://") && !template.contains("https://"))
        #expect(!template.contains("\"//") && !template.contains("'//") && !template.contains("(//")) // protocol-relative
        // The report: every link is to an anchor in the page, and nothing is loaded.
        for name in ["href", "src", "action", "xlink:href", "srcset", "data", "poster"] {
            for value in AuditFixtures.attributeValues(name, in: html) {
                #expect(value.hasPrefix("#"), "\(name)=\"\(value)\"")
            }
        }
        for tag in ["<link", "<img", "<iframe", "<object", "<embed", "<base", "<video", "<audio", "<source", "@import", "url("] {
            #expect(!html.contains(tag), "\(tag)")
        }
        #expect(AuditFixtures.count("<script", in: html) == 1 && html.contains("<script>\n"))
        // The corpus quotes web addresses (site residue). They may only appear as text between
        // tags, never inside a tag where a browser could follow them.
        var searchFrom = html.startIndex
        while let found = html.range(of: "http", options: .caseInsensitive, range: searchFrom..<html.endIndex) {
            let before = html[..<found.lowerBound]
            let lastOpen = before.lastIndex(of: "<")
            let lastClose = before.lastIndex(of: ">")
            #expect(lastOpen.map { open in lastClose.map { $0 > open } ?? false } ?? true, "a URL inside a tag near \(html[found.lowerBound...].prefix(40))")
            searchFrom = found.upperBound
        }
    }

    @Test func nearDuplicatesAreExactlyTheLabelledPairs() throws {
        let labels = try #require(try Yams.load(yaml: String(contentsOf: SharedCorpus.labels, encoding: .utf8)) as? [String: Any])
        var labelled: Set<[String]> = []
        for (id, entry) in labels {
            guard let other = (entry as? [String: Any])?["duplicate_of"] as? String else { continue }
            labelled.insert([id, other].sorted())
        }
        #expect(labelled.count == 2)
        // `003_….txt#6` in results is `003_…#6` in labels.
        func labelID(_ displayName: String) -> String {
            let name = displayName.split(separator: "/").last.map(String.init) ?? displayName
            return name.replacingOccurrences(of: ".txt", with: "")
        }
        let found = Set(report.nearDuplicates.map { [labelID($0.first), labelID($0.second)].sorted() })
        #expect(found == labelled)
        for pair in report.nearDuplicates {
            #expect(pair.share >= NearDuplicates.threshold && pair.shared >= NearDuplicates.minimumShared)
        }
        // Every other pair is far below the threshold, so the threshold is not tuned to a hair.
        let others = NearDuplicates.allPairs(in: AuditFixtures.seedResults.documents, fingerprints: AuditFixtures.seedCheck.fingerprints)
            .filter { !found.contains([labelID($0.first), labelID($0.second)].sorted()) }
        #expect(others.allSatisfy { $0.share < NearDuplicates.threshold / 2 })
        let table = try #require(AuditFixtures.section("duplicates", in: html))
        for pair in report.nearDuplicates { #expect(table.contains("<strong>\(pair.sharePercent)%</strong>")) }
    }

    @Test func markdownTablesHaveTheRightRows() throws {
        let markdown = try AuditFormat.markdown.makeRenderer().render(report)
        let tables = AuditFixtures.markdownTables(markdown)
        // Every row of every table has as many cells as its header: no value broke a row.
        for table in tables {
            let columns = AuditFixtures.markdownCells(table[0]).count
            for row in table { #expect(AuditFixtures.markdownCells(row).count == columns, "\(row)") }
        }
        let matrix = try #require(tables.first { $0[0].contains("| 序号 | 文档 |") && $0[0].contains(report.elements[0].shortTitle) })
        #expect(matrix.count == 2 + report.documents.count)
        #expect(AuditFixtures.markdownCells(matrix[0]).count == 3 + report.elements.count)
        for (row, document) in zip(matrix.dropFirst(2), report.documents) {
            let cells = AuditFixtures.markdownCells(row)
            #expect(cells[1] == MarkdownContentType().escapeText(document.shortName))
        }
        // One findings row per finding, one details table per document.
        let findingRows = tables.filter { $0[0].hasPrefix("| 序号 | 严重程度 |") }.map { $0.count - 2 }.reduce(0, +)
        #expect(findingRows == report.headline.errors + report.headline.warnings + report.headline.infos)
        #expect(tables.count { $0[0] == "| 项目 | 内容 |" } == 1 + report.documents.count)
        let duplicates = try #require(tables.first { $0[0].hasPrefix("| 文档甲 |") })
        #expect(duplicates.count == 2 + report.nearDuplicates.count)
    }

    @Test func csvHasBOMCRLFAndBothSections() throws {
        let csv = AuditCSVRenderer().render(report)
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n") || csv.contains("\"")) // bare LF only inside quotes
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines[0] == "覆盖矩阵")
        let findingsTitle = try #require(lines.firstIndex(of: "问题清单"))
        #expect(findingsTitle == 2 + report.documents.count + 1)
        #expect(lines[findingsTitle - 1].isEmpty)
        let findings = report.documents.flatMap(\.findings).count
        #expect(lines.count == findingsTitle + 2 + findings + 1) // last element: after the final CRLF
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let again = try AuditFormat.html.makeRenderer().render(AuditReport(results: AuditFixtures.seedResults, fingerprints: AuditFixtures.seedCheck.fingerprints, run: AuditFixtures.run))
        #expect(again == html)
        #expect(html.contains("2025年6月15日 16:26") && html.contains("2025-06-15T16:26:40+08:00"))
    }
}
