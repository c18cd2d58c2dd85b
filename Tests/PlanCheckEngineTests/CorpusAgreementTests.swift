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

/// The default rules against the hand-labelled real documents in `../shared/corpus`.
@Suite(.enabled(if: SharedCorpus.isAvailable, "needs ../shared/corpus beside the repository"))
struct CorpusAgreementTests {
    static let elementRules = [
        "infection_control": "health.infection-control",
        "patriotic_health_month": "health.patriotic-health-month",
        "four_pests": "health.four-pests",
        "two_cancer_screening": "health.two-cancer-screening",
    ]

    /// Results for every labelled document or piece, keyed by label id (`file` or `file#piece`).
    static func resultsByLabel() throws -> [String: DocumentResult] {
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let files = try FileManager.default.contentsOfDirectory(atPath: SharedCorpus.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        var results: [String: DocumentResult] = [:]
        for name in files {
            let document = try DocumentLoader.load(fileAt: SharedCorpus.seed(name), displayPath: name)
            for result in engine.check(document) {
                let stem = String(name.dropLast(4))
                results[result.piece.map { "\(stem)#\($0)" } ?? stem] = result
            }
        }
        return results
    }

    @Test func compilationsSplitIntoTheLabelledPieces() throws {
        let results = try Self.resultsByLabel()
        let labels = try CorpusLabel.all()
        #expect(Set(results.keys) == Set(labels.map(\.id)))
        #expect(results.keys.filter { $0.hasPrefix("003_") }.count == 10)
        #expect(results.keys.filter { $0.hasPrefix("004_") }.count == 5)
    }

    @Test func elementRulesAgreeWithTheLabels() throws {
        let results = try Self.resultsByLabel()
        var disagreements: [String] = []
        var checked = 0
        for label in try CorpusLabel.all() {
            let result = try #require(results[label.id])
            for (concept, ruleID) in Self.elementRules.sorted(by: { $0.key < $1.key }) {
                let status = result.elements.first { $0.ruleID == ruleID }?.status
                checked += 1
                if (status == .met) != label.expectsMet(concept) {
                    disagreements.append("\(label.id) \(concept): label \(label.expectsMet(concept) ? "met" : "not met"), plancheck \(status?.rawValue ?? "none")")
                }
            }
        }
        #expect(disagreements == [], "\(disagreements.count) of \(checked) disagree:\n\(disagreements.joined(separator: "\n"))")
    }

    /// Every occurrence of every labelled placeholder token, within its piece, is covered by a
    /// placeholder finding (a finding may be wider or narrower: `xG` is reported as `x`).
    @Test func everyLabelledPlaceholderIsReported() throws {
        let results = try Self.resultsByLabel()
        var problems: [String] = []
        for label in try CorpusLabel.all() {
            let result = try #require(results[label.id])
            let document = try DocumentLoader.load(fileAt: SharedCorpus.seed(label.file), displayPath: label.file)
            let piece = try #require(PieceSplitter.pieces(of: document).first { $0.index == label.piece })
            let reported = result.findings.filter { $0.ruleID == "hygiene.placeholder" }.compactMap(\.span?.utf16Range)
            let text = Array(document.utf16[piece.range])
            for token in label.placeholders {
                let needle = Array(token.utf16)
                var start = 0
                while start + needle.count <= text.count {
                    // A bare `x` or `_` inside a file name such as `范文.docx_第1页` is not a labelled occurrence.
                    let insideWord = start > 0 && (0x61...0x7A).contains(text[start - 1])
                    if !insideWord, Array(text[start..<(start + needle.count)]) == needle {
                        let occurrence = (piece.range.lowerBound + start)..<(piece.range.lowerBound + start + needle.count)
                        if !reported.contains(where: { $0.overlaps(occurrence) }) {
                            let position = document.sourceMap.position(of: occurrence.lowerBound)
                            problems.append("\(label.id) \(position.line):\(position.column): «\(token)» not reported in «\(document.lineText(containing: occurrence.lowerBound).prefix(60))»")
                        }
                    }
                    start += 1
                }
            }
            if reported.count < label.placeholderCount {
                problems.append("\(label.id): \(reported.count) placeholder findings, labels count \(label.placeholderCount)")
            }
        }
        #expect(problems == [], "\(problems.joined(separator: "\n"))")
    }

    @Test func webResidueIsFoundWhereLabelled() throws {
        let results = try Self.resultsByLabel()
        var problems: [String] = []
        for label in try CorpusLabel.all() {
            let residue = try #require(results[label.id]).findings.contains { $0.ruleID == "hygiene.web-residue" }
            if residue != label.siteResidue { problems.append("\(label.id): label \(label.siteResidue), plancheck \(residue)") }
        }
        #expect(problems == [], "\(problems.joined(separator: "\n"))")
    }
}
