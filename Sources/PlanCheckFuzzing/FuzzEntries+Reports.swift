import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckRules
import PlanCheckEngine
import PlanCheckReporters
import PlanCheckAudit

extension FuzzEntries {
    private static let engine = try! Engine(rules: RuleLoader.standard.defaultRules())
    /// Put before the document's name and text: `<fz` is no tag of any template, so a raw one in
    /// HTML or Markdown is the document's text let through; U+0600 joins it into one grapheme.
    private static let marker = "\u{0600}<fz"

    /// Any bytes as a document (first line its file name, the rest its text, U+FFFD for bad
    /// UTF-8), checked with the bundled rules, plus a finding carrying the text in every field;
    /// every report format and audit renderer must give output that parses in its format and
    /// lets no markup or control character of the document through.
    public static func reports(_ bytes: UnsafeBufferPointer<UInt8>) {
        let input = String(decoding: bytes, as: UTF8.self)
        let name = String(input.prefix { $0 != "\n" }.prefix(200))
        let text = marker + input.dropFirst(name.count)
        var documents = engine.check(Document(path: "plans/" + marker + name + ".txt", text: text))
        let line = String(text.prefix { $0 != "\n" })
        documents[0].findings.append(Finding(ruleID: "fuzz.all-fields", severity: .warning, message: name, hint: line,
                                             span: SourceSpan(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 3), utf16Range: 0..<2),
                                             match: name, lineText: line, replacement: line))
        let results = Results(documents: documents, rules: engine.ruleDescriptors)
        for format in ReportFormat.all {
            check(format.makeReporter().render(results), as: format.identifier)
        }
        let report = AuditReport(results: results, run: AuditRun(paths: ["plans"], date: Date(timeIntervalSince1970: 0)))
        let html = try! AuditFormat.html.makeRenderer().render(report)
        precondition(!containsScalars(html, "<fz"), "document text reached the HTML unescaped")
        let markdown = try! AuditFormat.markdown.makeRenderer().render(report)
        let scalars = Array(markdown.unicodeScalars)
        for index in scalars.indices where scalars[index] == "<" {
            precondition(index > 0 && scalars[index - 1] == "\\" || containsScalars(String(String.UnicodeScalarView(scalars[index...].prefix(7))), "<mark>")
                || containsScalars(String(String.UnicodeScalarView(scalars[index...].prefix(7))), "</mark>"), "raw < in the Markdown")
        }
        checkCSV(AuditCSVRenderer().render(report))
    }

    private static func check(_ output: String, as format: String) {
        switch format {
        case "json", "sarif":
            precondition((try? JSONSerialization.jsonObject(with: Data(output.utf8))) != nil, "\(format) does not parse")
        case "junit":
            precondition(XMLParser(data: Data(output.utf8)).parse(), "JUnit XML does not parse")
        case "csv":
            checkCSV(output)
        case "text", "github":
            precondition(!output.unicodeScalars.contains { $0 != "\n" && (($0.value < 0x20) || (0x7F...0x9F).contains($0.value)) },
                         "a control character in \(format) output")
            if format == "github" {
                precondition(output.split(separator: "\n").allSatisfy { $0.hasPrefix("::") || $0.hasPrefix("plancheck: ") }, "a stray line in github output")
            }
        default:
            break
        }
    }

    /// RFC 4180 as CSVCell writes it: CRLF rows, quoted cells with doubled quotes; and no cell
    /// that a spreadsheet would run as a formula.
    private static func checkCSV(_ output: String) {
        var scalars = Array(output.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var cell = String.UnicodeScalarView()
        var quoted = false
        var index = scalars.startIndex
        func endCell() {
            let value = String(cell)
            precondition(!CSVCell.startsLikeAFormula(value) || value.unicodeScalars.first == "'", "an unguarded formula: \(value)")
            cell = String.UnicodeScalarView()
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.endIndex, scalars[index + 1] == "\"" { cell.append("\""); index += 1 } else { quoted = false }
                } else {
                    cell.append(scalar)
                }
            } else if scalar == "\"" {
                precondition(cell.isEmpty, "a quote inside an unquoted cell")
                quoted = true
            } else if scalar == "," {
                endCell()
            } else if scalar == "\r" {
                precondition(index + 1 < scalars.endIndex && scalars[index + 1] == "\n", "CR without LF")
                endCell()
                index += 1
            } else {
                precondition(scalar != "\n", "a bare LF ends a row")
                cell.append(scalar)
            }
            index += 1
        }
        precondition(!quoted && cell.isEmpty, "CSV ends inside a cell or row")
    }

    private static func containsScalars(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
        guard haystack.count >= pattern.count else { return false }
        return (0...(haystack.count - pattern.count)).contains { Array(haystack[$0..<($0 + pattern.count)]) == pattern }
    }
}
