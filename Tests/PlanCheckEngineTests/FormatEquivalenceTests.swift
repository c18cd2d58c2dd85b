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

/// The same plan as UTF-8, GB18030 and .docx (one paragraph per line), and as .docx and .odt with
/// its heading numbers drawn by list numbering, gives the same findings, at the same lines and
/// columns, and the same element coverage.
@Suite struct FormatEquivalenceTests {
    private func variants(of text: String) throws -> [(String, Data)] {
        let body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { DocxFixture.paragraph(String($0)) }.joined()
        return [
            ("plan.txt", TextEncodingFixture.utf8(text)),
            ("plan-gb18030.txt", TextEncodingFixture.gb18030(text)),
            ("plan.docx", DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: body)))),
            ("plan-numbered.docx", numberedDocx(of: text)),
            ("plan-numbered.odt", numberedOdt(of: text)),
        ]
    }

    /// Heading markers (`一、` `（一）` `1、` `（1）`) that list numbering can draw instead:
    /// the regex, then Word's and OpenDocument's number format, prefix and suffix.
    private static let markers: [(pattern: String, word: String, odf: String, prefix: String, suffix: String)] = [
        ("^([一二三四五六七八九十]+)、", "chineseCounting", "一, 二, 三, ...", "", "、"),
        ("^（([一二三四五六七八九十]+)）", "chineseCounting", "一, 二, 三, ...", "（", "）"),
        ("^([0-9]+)、", "decimal", "1", "", "、"),
        ("^([0-9]+)[.．]", "decimal", "1", "", "."),
        ("^（([0-9]+)）", "decimal", "1", "（", "）"),
    ]

    /// Each line of the text: its marker (which, and the number it shows) and the rest.
    private func numberedLines(of text: String) -> [(marker: (kind: Int, value: Int)?, rest: String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).map { line in
            for (kind, marker) in Self.markers.enumerated() {
                guard let match = line.range(of: marker.pattern, options: .regularExpression) else { continue }
                let number = String(line[match].filter { !"、（）.．".contains($0) })
                guard let value = Int(number) ?? (1...99).first(where: { ListNumberFormat.text(of: $0, format: "chineseCounting") == number }) else { break }
                return ((kind, value), String(line[match.upperBound...]))
            }
            return (nil, line)
        }
    }

    /// The markers drawn by Word's list numbering; each numbered paragraph starts its own list
    /// instance at the number it had, so skipped or repeated numbers stay as written.
    private func numberedDocx(of text: String) -> Data {
        var paragraphs: [String] = []
        var instances: [(Int, Int, [Int: Int])] = []
        for (marker, rest) in numberedLines(of: text) {
            guard let marker else {
                paragraphs.append(DocxFixture.paragraph(rest))
                continue
            }
            instances.append((instances.count + 1, marker.kind, [0: marker.value]))
            paragraphs.append(DocxFixture.numberedParagraph(rest, numID: instances.count))
        }
        let numbering = DocxFixture.numbering(
            abstracts: Self.markers.enumerated().map { index, marker in
                (index, [DocxFixture.level(0, format: marker.word, text: marker.prefix + "%1" + marker.suffix, suffix: "nothing")])
            },
            instances: instances)
        return DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: paragraphs.joined()), numbering: numbering))
    }

    /// The same with OpenDocument lists: a list of one item starting at the number it had.
    private func numberedOdt(of text: String) -> Data {
        let body = numberedLines(of: text).map { marker, rest in
            let paragraph = "<text:p>\(DocxFixture.escaped(rest))</text:p>"
            guard let marker else { return paragraph }
            return "<text:list text:style-name=\"M\(marker.kind)\"><text:list-item text:start-value=\"\(marker.value)\">\(paragraph)</text:list-item></text:list>"
        }.joined()
        let styles = Self.markers.enumerated().map { index, marker in
            OdtFixture.listStyle("M\(index)", levels: [OdtFixture.numberLevel(1, format: marker.odf, prefix: marker.prefix, suffix: marker.suffix)])
        }.joined()
        return OdtFixture.make(content: OdtFixture.content(body: body, styles: styles))
    }

    /// Everything about a result except the path and encoding, which must differ.
    private func signature(_ results: [DocumentResult]) -> [String] {
        results.flatMap { result in
            ["piece \(result.piece ?? 0) \(result.title ?? "") \(result.kind?.rawValue ?? "") \(result.year ?? 0)"]
                + result.elements.map { "\($0.ruleID) \($0.status.rawValue) \($0.evidence.map { "\($0.position.line):\($0.position.column) \($0.text)" })" }
                + result.findings.map { "\($0.ruleID) \($0.span.map { "\($0.start.line):\($0.start.column)-\($0.end.line):\($0.end.column)" } ?? "-") \($0.message) \($0.match ?? "")" }
        }
    }

    private func assertEquivalent(_ text: String) throws {
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var signatures: [String: [String]] = [:]
        var encodings: [String] = []
        for (name, data) in try variants(of: text) {
            let url = try folder.write(data, to: name)
            let results = engine.checkFile(DiscoveredFile(url: url, displayPath: name))
            signatures[name] = signature(results)
            encodings.append(results.first?.encoding ?? "?")
        }
        #expect(encodings == ["UTF-8", "GB18030", "docx", "docx", "odt"])
        let reference = try #require(signatures["plan.txt"])
        #expect(reference.contains { $0.hasPrefix("hygiene.placeholder") })
        #expect(signatures["plan-gb18030.txt"] == reference)
        #expect(signatures["plan.docx"] == reference)
        #expect(signatures["plan-numbered.docx"] == reference)
        #expect(signatures["plan-numbered.odt"] == reference)
    }

    @Test func examplePlanWithGaps() throws {
        let example = SharedCorpus.packageRoot.appendingPathComponent("examples/某镇卫生院20xx年工作计划.md")
        try assertEquivalent(try String(contentsOf: example, encoding: .utf8))
    }

    @Test(.enabled(if: SharedCorpus.isAvailable), arguments: ["000_0a8fdb82c11bd5c5.txt", "003_6a3fd0430eaaedd6.txt"])
    func corpusDocument(_ name: String) throws {
        try assertEquivalent(try String(contentsOf: SharedCorpus.seed(name), encoding: .utf8))
    }
}
