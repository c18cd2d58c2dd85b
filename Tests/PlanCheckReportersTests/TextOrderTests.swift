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

/// `--lang`: the text report's own words in one language.
@Suite struct TextLanguageTests {
    var results: Results {
        let span = SourceSpan(start: SourcePosition(line: 3, column: 1), end: SourcePosition(line: 3, column: 3), utf16Range: 0..<2)
        var document = DocumentResult(path: "a.txt", title: "2025年工作计划", kind: .plan, year: 2025, findings: [
            Finding(ruleID: "health.a", severity: .error, message: "计划未部署A", hint: "写明A。"),
            Finding(ruleID: "currency.stale-term", severity: .warning, message: "「卫计委」已改名", hint: "改为卫健委。",
                    span: span, match: "卫计委", lineText: "卫计委开展", replacement: "卫健委"),
        ])
        document.elements = [ElementResult(ruleID: "health.a", title: "A", status: .missing)]
        return Results(documents: [document])
    }

    @Test func chineseReportHasNoEnglishLabel() {
        let output = TextReporter(colors: false, language: .zh).render(results)
        for english in ["error", "warning", "info", "hint:", "replace with:", "(plan", "document", "Missing"] {
            #expect(!output.contains(english), "\(english) in \(output)")
        }
        #expect(output.contains("（工作计划，2025年）"))
        #expect(output.contains("错误"))
        #expect(output.contains("建议：写明A。"))
        #expect(output.contains("改为：卫健委"))
        #expect(output.contains("缺少的必备要素："))
        #expect(output.hasSuffix("1 份文档，1 个错误，1 个警告，0 个提示\n"))
    }

    @Test func englishReportKeepsItsLabels() {
        let output = TextReporter(colors: false, language: .en).render(results)
        #expect(output.contains(" (plan, 2025)"))
        #expect(output.contains("hint: 写明A。"))
        #expect(output.hasSuffix("1 document, 1 error, 1 warning, 0 infos\n"))
    }

    @Test func localeChoosesTheLanguage() {
        #expect(ReportLanguage.fromLocale(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(ReportLanguage.fromLocale(["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(ReportLanguage.fromLocale(["LC_MESSAGES": "zh_TW", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(ReportLanguage.fromLocale([:]) == .en)
    }
}
