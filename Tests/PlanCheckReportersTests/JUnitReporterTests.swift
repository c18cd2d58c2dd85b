import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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

@Suite struct ReportersJUnitTests {
    // `--fail-on warning`, so the golden file shows warnings and errors failing and infos passing.
    let output = JUnitReporter(failureThreshold: .warning).render(ReporterFixtures.results)

    @Test func golden() throws {
        try Golden.expect(output, matches: "report.junit.xml")
    }

    /// Elements with their attributes and text, in document order, as a dashboard's parser sees them.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String], text: String)] = []
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append((name, attributes, ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
    }

    private func parse(_ xml: String) throws -> [(name: String, attributes: [String: String], text: String)] {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        return collector.elements
    }

    @Test func countsAgreeWithTheTestCases() throws {
        let elements = try parse(output)
        let root = try #require(elements.first)
        #expect(root.name == "testsuites")
        let suites = elements.filter { $0.name == "testsuite" }
        #expect(suites.map { $0.attributes["name"] } == ["plans/2025年工作计划.txt", "plans/合集.txt#1", "plans/合集.txt#2", "plans/损坏.docx"])
        // 8 rules on each of three readable documents, one unreadable-file case.
        #expect(elements.count { $0.name == "testcase" } == 25)
        #expect(root.attributes["tests"] == "25")
        #expect(root.attributes["failures"] == String(elements.count { $0.name == "failure" }))
        #expect(root.attributes["errors"] == String(elements.count { $0.name == "error" }))
        #expect(suites.map { $0.attributes["tests"] } == ["8", "8", "8", "1"])
        #expect(suites.map { $0.attributes["failures"] } == ["4", "0", "1", "0"])
        #expect(suites.map { $0.attributes["errors"] } == ["0", "0", "0", "1"])
    }

    @Test func failuresCarryTheFindings() throws {
        let elements = try parse(output)
        let failures = elements.filter { $0.name == "failure" }
        let placeholder = try #require(failures.first { $0.attributes["message"] == "未填写的模板占位符「20xx年」" })
        #expect(placeholder.attributes["type"] == "error")
        #expect(placeholder.text == "3:12 error 未填写的模板占位符「20xx年」\n  hint: 填写实际年份，如「2025年」。")
        let missing = try #require(failures.first { $0.attributes["message"] == "计划未部署两癌筛查工作" })
        #expect(missing.text.hasPrefix("- error 计划未部署两癌筛查工作\n"))
        let stale = try #require(failures.first { $0.attributes["type"] == "warning" && $0.text.contains("卫计委") })
        #expect(stale.text.contains("\n  replace with: 卫健委"))
        // An info finding does not fail its test case: it is reported as output.
        let out = try #require(elements.first { $0.name == "system-out" })
        #expect(out.text == "6:5 info 全角数字「２０２５」\n  replace with: 2025")
        let error = try #require(elements.first { $0.name == "error" })
        #expect(error.attributes["message"] == "无法读取文件：不是有效的 .docx（ZIP 结构损坏）")
    }

    @Test func severalFindingsOfOneRuleAreOneFailure() throws {
        let results = Results(documents: [
            DocumentResult(path: "a.txt", kind: .plan, findings: [
                Finding(ruleID: "r", severity: .warning, message: "甲"),
                Finding(ruleID: "r", severity: .error, message: "乙"),
            ]),
        ], rules: [RuleDescriptor(id: "r", title: "t", kind: "forbid", severity: .error)])
        let elements = try parse(JUnitReporter(failureThreshold: .warning).render(results))
        let failures = elements.filter { $0.name == "failure" }
        #expect(failures.count == 1)
        // Report order: document-level findings by message.
        #expect(failures[0].attributes["message"] == "乙 (+1 more)")
        #expect(failures[0].attributes["type"] == "error")
    }

    /// Issue 19 item 13: a test case fails on what `--fail-on` fails the run on, no less.
    @Test func failuresFollowTheFailOnThreshold() throws {
        func parts(_ threshold: Severity?) throws -> (failures: [String], out: [String], root: [String: String]) {
            let elements = try parse(JUnitReporter(options: ReporterOptions(failureThreshold: threshold)).render(ReporterFixtures.results))
            return (elements.filter { $0.name == "failure" }.compactMap { $0.attributes["type"] },
                    elements.filter { $0.name == "system-out" }.map(\.text), elements[0].attributes)
        }
        // The default, as on the command line: only errors fail; warnings are output.
        let byDefault = try parse(JUnitReporter().render(ReporterFixtures.results)).filter { $0.name == "failure" }
        #expect(byDefault.allSatisfy { $0.attributes["type"] == "error" } && byDefault.count == 2)
        let errors = try parts(.error)
        #expect(errors.failures == ["error", "error"])
        #expect(errors.root["failures"] == "2")
        #expect(errors.out.contains { $0.contains("warning 「卫计委」") })
        let none = try parts(nil)
        #expect(none.failures.isEmpty && none.root["failures"] == "0")
        // The unreadable document is still an error: the check itself could not run.
        #expect(none.root["errors"] == "1")
        let infos = try parts(.info)
        #expect(infos.failures.count == 6 && infos.out.isEmpty)
    }

    @Test func toolNotesAreNotErrors() throws {
        let results = Results(documents: [
            DocumentResult(path: "a.txt", kind: .other, findings: [
                Finding(ruleID: "plancheck.not-a-plan", severity: .info, message: "不是卫生健康工作计划或总结，未检查必备要素"),
            ]),
        ])
        let elements = try parse(JUnitReporter().render(results))
        #expect(elements.first?.attributes["errors"] == "0" && elements.first?.attributes["failures"] == "0")
        #expect(elements.first { $0.name == "system-out" }?.text == "- info 不是卫生健康工作计划或总结，未检查必备要素")
    }

    @Test func textFromDocumentsIsEscaped() throws {
        let nasty = "a<b>&\"c\" 'd'\n\tline\u{01}\u{FFFF}]]>"
        let results = Results(documents: [
            DocumentResult(path: "x&<y>.txt", kind: .plan, findings: [Finding(ruleID: "r", severity: .error, message: nasty, hint: nasty)]),
        ])
        let xml = JUnitReporter().render(results)
        let elements = try parse(xml)
        #expect(elements.first { $0.name == "testsuite" }?.attributes["name"] == "x&<y>.txt")
        let failure = try #require(elements.first { $0.name == "failure" })
        // Line break and tab survive in the attribute; characters XML cannot hold become U+FFFD.
        #expect(failure.attributes["message"] == "a<b>&\"c\" 'd'\n\tline\u{FFFD}\u{FFFD}]]>")
        #expect(failure.text.hasPrefix("- error a<b>&\"c\" 'd'\n\tline\u{FFFD}\u{FFFD}]]>"))
        #expect(JUnitReporter.escapeAttribute("\"'\n") == "&quot;&apos;&#10;")
        #expect(JUnitReporter.escapeText("]]>&<") == "]]&gt;&amp;&lt;")
    }

    @Test func cleanRunPasses() throws {
        let results = Results(documents: [DocumentResult(path: "a.txt", kind: .plan)],
                              rules: [RuleDescriptor(id: "r", title: "t", kind: "forbid", severity: .error)])
        #expect(JUnitReporter().render(results) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="plancheck" tests="1" failures="0" errors="0">
              <testsuite name="a.txt" tests="1" failures="0" errors="0">
                <testcase classname="a.txt" name="r"/>
              </testsuite>
            </testsuites>

            """)
        #expect(ReportFormat(identifier: "junit")?.makeReporter() is JUnitReporter)
    }
}
