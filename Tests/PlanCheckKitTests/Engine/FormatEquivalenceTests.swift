import Foundation
import Testing
@testable import PlanCheckKit

/// The same plan as UTF-8, GB18030 and .docx (one paragraph per line) gives the same findings,
/// at the same lines and columns, and the same element coverage.
@Suite struct FormatEquivalenceTests {
    private func variants(of text: String) throws -> [(String, Data)] {
        let body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { DocxFixture.paragraph(String($0)) }.joined()
        return [
            ("plan.txt", TextEncodingFixture.utf8(text)),
            ("plan-gb18030.txt", TextEncodingFixture.gb18030(text)),
            ("plan.docx", DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: body)))),
        ]
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
        #expect(encodings == ["UTF-8", "GB18030", "docx"])
        let reference = try #require(signatures["plan.txt"])
        #expect(reference.contains { $0.hasPrefix("hygiene.placeholder") })
        #expect(signatures["plan-gb18030.txt"] == reference)
        #expect(signatures["plan.docx"] == reference)
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
