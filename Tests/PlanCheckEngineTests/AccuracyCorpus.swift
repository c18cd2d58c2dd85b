import Foundation
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

/// One labelled document or piece of `../shared/corpus`, with what the default rules made of it.
struct AccuracyCase: Sendable {
    var label: CorpusLabel
    var quotes: LabelledQuotes
    var document: Document
    var piece: Piece
    var result: DocumentResult

    /// Ranges of this piece's findings of any of `ruleIDs` (findings without a position are left out).
    func findingRanges(of ruleIDs: Set<String>) -> [Range<Int>] {
        result.findings.filter { ruleIDs.contains($0.ruleID) }.compactMap(\.span?.utf16Range)
    }

    /// Where each quote occurs within the piece; an empty list when it does not occur.
    func occurrences(of quote: String) -> [Range<Int>] {
        AccuracyEvaluation.occurrences(of: quote, in: document.utf16, within: piece.range)
    }

    /// `line:column «text»` for a range, to name a miss or a false alarm in the report.
    func describe(_ range: Range<Int>) -> String {
        let position = document.sourceMap.position(of: range.lowerBound)
        return "\(position.line):\(position.column) «\(document.text(in: range))»"
    }
}

/// The quote lists of labels.yaml that `CorpusLabel` does not read.
struct LabelledQuotes: Sendable {
    /// Out-of-date references, exact quotes.
    var staleReferences: [String] = []
    /// Each entry: one or more quotes joined by ` … ` (the headings of one skip or repeat).
    var numberingProblems: [[String]] = []
    /// Numbers missing before a unit, exact quotes.
    var emptyValues: [String] = []

    static func all(from labels: URL = SharedCorpus.labels) throws -> [String: LabelledQuotes] {
        let text = try String(contentsOf: labels, encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { return [:] }
        return root.compactMapValues { value in
            guard let entry = value as? [String: Any] else { return nil }
            return LabelledQuotes(
                staleReferences: entry["stale_refs"] as? [String] ?? [],
                numberingProblems: (entry["numbering_problems"] as? [String] ?? []).map { $0.components(separatedBy: " … ") },
                emptyValues: entry["empty_values"] as? [String] ?? []
            )
        }
    }
}

enum AccuracyCorpus {
    /// Runs `engine` over every file of the corpus and pairs each result with its label (by
    /// `file` or `file#piece`).
    static func cases(engine: Engine, corpus: LabelledCorpus = .seeds) throws -> [AccuracyCase] {
        let labels = Dictionary(uniqueKeysWithValues: try CorpusLabel.all(from: corpus.labels).map { ($0.id, $0) })
        let quotes = try LabelledQuotes.all(from: corpus.labels)
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var cases: [AccuracyCase] = []
        for name in files {
            let document = try DocumentLoader.load(fileAt: corpus.folder.appendingPathComponent(name), displayPath: name)
            let pieces = PieceSplitter.pieces(of: document)
            for result in engine.check(document) {
                let stem = String(name.dropLast(4))
                let id = result.piece.map { "\(stem)#\($0)" } ?? stem
                guard let label = labels[id], let piece = pieces.first(where: { $0.index == result.piece }) else { continue }
                cases.append(AccuracyCase(label: label, quotes: quotes[id] ?? LabelledQuotes(), document: document, piece: piece, result: result))
            }
        }
        return cases.sorted { ($0.label.file, $0.label.piece ?? 0) < ($1.label.file, $1.label.piece ?? 0) }
    }
}
