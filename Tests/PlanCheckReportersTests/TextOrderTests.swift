import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckReporters

/// The text report lists what can be fixed in place first, most severe first, and the missing
/// elements after it under one heading.
@Suite struct TextOrderTests {
    func located(_ id: String, _ severity: Severity, line: Int) -> Finding {
        let span = SourceSpan(start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: 2), utf16Range: line * 10..<line * 10 + 1)
        return Finding(ruleID: id, severity: severity, message: id, span: span, match: "x", lineText: "x")
    }

    var document: DocumentResult {
        var document = DocumentResult(path: "a.txt", kind: .plan, findings: Finding.inReportOrder([
            Finding(ruleID: "health.a-missing-warning", severity: .warning, message: "缺A"),
            Finding(ruleID: "health.b-missing-error", severity: .error, message: "缺B"),
            Finding(ruleID: "plancheck.whole", severity: .info, message: "全文"),
            located("info.line1", .info, line: 1),
            located("warning.line3", .warning, line: 3),
            located("error.line5", .error, line: 5),
            located("error.line2", .error, line: 2),
        ]))
        document.elements = [
            ElementResult(ruleID: "health.a-missing-warning", title: "A", status: .missing),
            ElementResult(ruleID: "health.b-missing-error", title: "B", status: .missing),
        ]
        return document
    }

    @Test func locatedFindingsComeFirstBySeverityThenMissingElementsUnderAHeading() {
        let output = TextReporter(colors: false).document(document)
        let ids = ["error.line2", "error.line5", "warning.line3", "info.line1", "plancheck.whole",
                   "Missing required elements", "health.b-missing-error", "health.a-missing-warning"]
        let offsets = ids.map { output.range(of: $0)?.lowerBound }
        #expect(offsets.allSatisfy { $0 != nil }, "\(output)")
        let found = offsets.compactMap(\.self)
        #expect(found == found.sorted(), "\(output)")
    }

    @Test func noHeadingWithoutMissingElements() {
        let output = TextReporter(colors: false).document(DocumentResult(path: "a.txt", findings: [located("r", .error, line: 1)]))
        #expect(!output.contains("Missing required elements"))
    }
}
