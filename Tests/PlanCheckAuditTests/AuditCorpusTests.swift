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
        // Every document, worst verdict first, path order within a verdict.
        #expect(report.documents.map(\.displayName).sorted() == results.documents.map(\.displayName).sorted())
        #expect(report.documents.map(\.verdict) == report.documents.map(\.verdict).sorted())
        #expect(report.documents.count == 18)

        let matrix = try #require(AuditFixtures.section("matrix", in: html))
        let header = try #require(matrix.components(separatedBy: "</thead>").first)
        for element in report.elements { #expect(header.contains("><span>\(element.shortTitle)</span></th>"), "column \(element.ruleID)") }
        let body = try #require(matrix.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tbody>").first)
        let rows = body.components(separatedBy: "<tr>").dropFirst()
        #expect(rows.count == results.documents.count)
        for (row, document) in zip(rows, report.documents) {
            #expect(row.contains(">\(document.shortName)</a>"))
            #expect(AuditFixtures.count("<td class=\"cell ", in: row) == required.count)
        }
        // Every cell agrees with the element results it came from.
        for result in results.documents {
            let document = try #require(report.documents.first { $0.displayName == result.displayName })
            for element in result.elements {
                let cell = try #require(document.cells.first { $0.ruleID == element.ruleID })
                #expect(cell.status.rawValue == element.status.rawValue)
            }
        }
    }

    /// A met cell shows its evidence as a tooltip (the matrix keeps one symbol a cell so that
    /// eighteen columns fit a screen) and in the document's details.
    @Test func metCellsShowTheirEvidence() throws {
        let matrix = try #require(AuditFixtures.section("matrix", in: html))
        let details = try #require(AuditFixtures.section("documents", in: html))
        let met = report.documents.flatMap(\.cells).filter { $0.status == .met }
        #expect(!met.isEmpty)
        #expect(AuditFixtures.count("<td class=\"cell met\"", in: matrix) == met.count)
        for cell in met {
            let evidence = try #require(cell.evidence.first)
            #expect(matrix.contains("第\(evidence.position.line)行第\(evidence.position.column)列「\(evidence.text)」"))
            #expect(details.contains("（第\(evidence.position.line)行「\(evidence.text)」）"))
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
        // Passed: health plans without errors; a document of kind other is no health plan.
        let plansWithoutErrors = documents.count { document in
            document["kind"] as? String != "other" && document["kind"] != nil && document["kind"] is String
                && !(document["findings"] as? [[String: Any]] ?? []).contains { $0["severity"] as? String == "error" }
        }
        #expect(headline.passed == plansWithoutErrors)
        #expect(headline.errors == summary["errors"] && headline.warnings == summary["warnings"] && headline.infos == summary["infos"])

        let cards = try #require(AuditFixtures.section("headline", in: html))
        #expect(cards.contains("<span class=\"num\">\(documents.count)</span>份文档"))
        #expect(cards.contains("<span class=\"num\">\(headline.passed)</span>份通过"))
        #expect(cards.contains("<span class=\"num\">\(headline.sendBack)</span>份需退回修改"))
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
        #expect(AuditFixtures.markdownCells(matrix[0]).count == 4 + report.elements.count)
        for (row, document) in zip(matrix.dropFirst(2), report.documents) {
            let cells = AuditFixtures.markdownCells(row)
            #expect(cells[0] == MarkdownContentType().escapeText(document.verdict.label))
            #expect(cells[3] == MarkdownContentType().escapeText(document.shortName))
        }
        // One findings row per finding, one details table per document.
        let findingRows = tables.filter { $0[0].hasPrefix("| 序号 | 严重程度 |") }.map { $0.count - 2 }.reduce(0, +)
        #expect(findingRows == report.headline.errors + report.headline.warnings + report.headline.infos)
        #expect(tables.count { $0[0] == "| 项目 | 内容 |" } == 1 + report.documents.count)
        let duplicates = try #require(tables.first { $0[0].hasPrefix("| 文档甲 |") })
        #expect(duplicates.count == 2 + report.nearDuplicates.count)
    }

    @Test func csvHasBOMCRLFAndOneTableAFile() throws {
        let csv = AuditCSVRenderer().render(report)
        let matrix = AuditMatrixCSVRenderer().render(report)
        for text in [csv, matrix] {
            #expect(text.unicodeScalars.first == "\u{FEFF}")
            #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(text.hasSuffix("\r\n"))
        }
        // No line break inside a cell in this corpus, so every line is a row.
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines[0] == CSVReporter.header.joined(separator: ","))
        let findings = report.documents.flatMap(\.findings).count
        #expect(lines.count == 1 + findings + 1) // last element: after the final CRLF
        let rows = matrix.dropFirst().components(separatedBy: "\r\n")
        #expect(rows.count == 1 + report.documents.count + 1)
        #expect(rows[0].hasPrefix("文档,篇,标题,结论,发文单位"))
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let again = try AuditFormat.html.makeRenderer().render(AuditReport(results: AuditFixtures.seedResults, fingerprints: AuditFixtures.seedCheck.fingerprints, run: AuditFixtures.run))
        #expect(again == html)
        #expect(html.contains("2025年6月15日 16:26") && html.contains("2025-06-15T16:26:40+08:00"))
    }
}
