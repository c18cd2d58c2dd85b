import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules
import PlanCheckChecks
import PlanCheckEngine
import PlanCheckReporters
import PlanCheckAudit

/// Shared inputs for the audit tests: a fixed run (so output is deterministic), the seed corpus
/// checked once, and small helpers to read what the renderers wrote.
package enum AuditFixtures {
    /// 2025-06-15 16:26:40 in Beijing.
    package static let run = AuditRun(paths: ["submissions/"], date: Date(timeIntervalSince1970: 1_749_976_000), timeZone: TimeZone(identifier: "Asia/Shanghai")!)

    /// The seed corpus checked with the default rules as the audit checks it, paths relative to
    /// the package root: results and each piece's paragraph fingerprints.
    package static let seedCheck: (results: Results, fingerprints: [String: [UInt64]]) = {
        do {
            let engine = try Engine(rules: RuleLoader.standard.defaultRules())
            let files = try Discovery.files(in: ["../shared/corpus/seeds"], relativeTo: SharedCorpus.packageRoot)
            var checked: [FingerprintedResult] = []
            engine.checkWithFingerprints(files: files, jobs: 2) { _, results in checked += results }
            let results = Results(documents: checked.map(\.result), rules: engine.ruleDescriptors)
            return (results, Dictionary(uniqueKeysWithValues: checked.map { ($0.result.displayName, $0.paragraphFingerprints) }))
        } catch {
            fatalError("cannot check the seed corpus: \(error)")
        }
    }()

    package static var seedResults: Results { seedCheck.results }

    package static let seedReport = AuditReport(results: seedResults, fingerprints: seedCheck.fingerprints, run: run)

    /// A plan checked with the default rules, with hostile text where documents put their words.
    package static func hostileResults() throws -> Results {
        let text = """
            城关镇卫生院2025年工作计划<script>alert(1)</script>
            一、工作计划
            （一）落实20xx年院感<script>alert(1)</script>|两癌筛查|除四害，开展爱国卫生月。
            =HYPERLINK("http://e.cn","点")XX县卫计委
            """
        let engine = try Engine(rules: RuleLoader.standard.defaultRules())
        let document = Document(path: "plans/<b>城关</b>.txt", text: text)
        return Results(documents: engine.check(document), rules: engine.ruleDescriptors)
    }

    /// The text of the HTML element that starts at the first `<TAG id="ID"` and ends at its `</TAG>`.
    package static func section(_ id: String, tag: String = "section", in html: String) -> String? {
        guard let start = html.range(of: "<\(tag) id=\"\(id)\"") else { return nil }
        guard let end = html.range(of: "</\(tag)>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// How many times `needle` occurs in `text`.
    package static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Every value of the attribute `name=` in `html`, quoted with `"`.
    package static func attributeValues(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The cells of a Markdown table row, split on unescaped `|`. Read by Unicode scalar, as a
    /// Markdown parser reads it: `\u{0600}\\|` is one `Character` but an escaped pipe.
    package static func markdownCells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row.unicodeScalars {
            if escaped {
                current.unicodeScalars.append(character)
                escaped = false
            } else if character == "\\" {
                current.unicodeScalars.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(character)
            }
        }
        cells.append(current)
        // A row starts and ends with `|`: drop the empty outer pieces.
        return Array(cells.dropFirst().dropLast()).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Markdown tables: runs of lines starting with `|`.
    package static func markdownTables(_ markdown: String) -> [[String]] {
        var tables: [[String]] = []
        var current: [String] = []
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }
}
