import Foundation
import Testing
@testable import PlanCheckKit

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
        let engine = try Engine(rules: try RuleLoader.defaultRules())
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

    @Test func everyLabelledPlaceholderIsReported() throws {
        let results = try Self.resultsByLabel()
        var problems: [String] = []
        for label in try CorpusLabel.all() {
            let result = try #require(results[label.id])
            let matches = result.findings.filter { $0.ruleID == "hygiene.placeholder" }.compactMap(\.match)
            let found = Set(matches.map { TextNormalizer.fold($0) })
            for token in label.placeholders where !found.contains(TextNormalizer.fold(token)) {
                problems.append("\(label.id): labelled placeholder «\(token)» not reported (found: \(found.sorted().joined(separator: " ")))")
            }
            if matches.count < label.placeholderCount {
                problems.append("\(label.id): \(matches.count) placeholder findings, labels count \(label.placeholderCount)")
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
