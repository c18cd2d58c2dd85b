import Foundation
import Testing
@testable import PlanCheckKit

/// The same plan as UTF-8, GB18030 and .docx (one paragraph per line; and with its heading numbers
/// drawn by Word's automatic numbering) gives the same findings, at the same lines and columns,
/// and the same element coverage.
@Suite struct FormatEquivalenceTests {
    private func variants(of text: String) throws -> [(String, Data)] {
        let body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { DocxFixture.paragraph(String($0)) }.joined()
        return [
            ("plan.txt", TextEncodingFixture.utf8(text)),
            ("plan-gb18030.txt", TextEncodingFixture.gb18030(text)),
            ("plan.docx", DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: body)))),
            ("plan-numbered.docx", numberedDocx(of: text)),
        ]
    }

    /// Heading markers (`一、` `（一）` `1、` `（1）`) taken out of the text and drawn by list
    /// numbering instead; each numbered paragraph starts its own list instance at the number it
    /// had, so skipped or repeated numbers stay as written.
    private func numberedDocx(of text: String) -> Data {
        let markers: [(pattern: String, format: String, template: String)] = [
            ("^([一二三四五六七八九十]+)、", "chineseCounting", "%1、"),
            ("^（([一二三四五六七八九十]+)）", "chineseCounting", "（%1）"),
            ("^([0-9]+)、", "decimal", "%1、"),
            ("^([0-9]+)[.．]", "decimal", "%1."),
            ("^（([0-9]+)）", "decimal", "（%1）"),
        ]
        var paragraphs: [String] = []
        var instances: [(Int, Int, [Int: Int])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let marker = markers.indices.lazy.compactMap { index -> (Int, Range<String.Index>, String)? in
                guard let match = line.range(of: markers[index].pattern, options: .regularExpression) else { return nil }
                let number = line[match].filter { !"、（）.．".contains($0) }
                return (index, match, String(number))
            }.first
            guard let (kind, range, number) = marker,
                  let value = Int(number) ?? (1...99).first(where: { DocxNumberFormat.text(of: $0, format: "chineseCounting") == number }) else {
                paragraphs.append(DocxFixture.paragraph(line))
                continue
            }
            let numID = instances.count + 1
            instances.append((numID, kind, [0: value]))
            paragraphs.append(DocxFixture.numberedParagraph(String(line[range.upperBound...]), numID: numID))
        }
        let numbering = DocxFixture.numbering(
            abstracts: markers.enumerated().map { index, marker in
                (index, [DocxFixture.level(0, format: marker.format, text: marker.template, suffix: "nothing")])
            },
            instances: instances)
        return DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: paragraphs.joined()), numbering: numbering))
    }

    /// Everything about a result except the path and encoding, which must differ.
    private func signature(_ results: [DocumentResult]) -> [String] {
        results.flatMap { result in
            ["piece \(result.piece ?? 0) \(result.title ?? "") \(result.kind ?? "") \(result.year ?? 0)"]
                + result.elements.map { "\($0.ruleID) \($0.status.rawValue) \($0.evidence.map { "\($0.position.line):\($0.position.column) \($0.text)" })" }
                + result.findings.map { "\($0.ruleID) \($0.span.map { "\($0.start.line):\($0.start.column)-\($0.end.line):\($0.end.column)" } ?? "-") \($0.message) \($0.match ?? "")" }
        }
    }

    private func assertEquivalent(_ text: String) throws {
        let engine = try Engine(rules: try RuleLoader.defaultRules())
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
        #expect(encodings == ["UTF-8", "GB18030", "docx", "docx"])
        let reference = try #require(signatures["plan.txt"])
        #expect(reference.contains { $0.hasPrefix("hygiene.placeholder") })
        #expect(signatures["plan-gb18030.txt"] == reference)
        #expect(signatures["plan.docx"] == reference)
        #expect(signatures["plan-numbered.docx"] == reference)
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
