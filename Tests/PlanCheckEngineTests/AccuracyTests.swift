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

/// The default rules measured against `../shared/corpus/labels.yaml`. The table is printed between
/// marker lines for `scripts/evaluate-accuracy.sh`; the test fails when an element's precision or
/// recall drops below 0.9 or a labelled placeholder is missed.
@Suite(.serialized, .enabled(if: SharedCorpus.isAvailable, "needs ../shared/corpus beside the repository"))
struct AccuracyTests {
    static let threshold = 0.9
    /// Computed once for all tests of the suite: the engine run over the corpus is the slow part.
    static let report = Result { try AccuracyReport.evaluate() }

    @Test func printsTheTable() throws {
        try Self.report.get().write(named: "seeds")
    }

    /// Rules for other concepts may still be on their way ("rule not loaded"); these may not.
    @Test func elementAndPlaceholderRulesAreLoaded() throws {
        let loaded = try Self.report.get().loadedRuleIDs
        let required = AccuracyReport.elementRules.map(\.ruleID) + [AccuracyReport.placeholderRule]
        #expect(required.filter { !loaded.contains($0) } == [])
    }

    @Test func everyElementIsPreciseAndFound() throws {
        let report = try Self.report.get()
        for row in report.elements {
            let precision = row.asserted.precision ?? 0
            let recall = row.asserted.recall ?? 0
            #expect(precision >= Self.threshold, "\(row.concept) precision \(precision):\n\(row.disagreements.joined(separator: "\n"))")
            #expect(recall >= Self.threshold, "\(row.concept) recall \(recall):\n\(row.disagreements.joined(separator: "\n"))")
        }
    }

    @Test func noLabelledPlaceholderIsMissed() throws {
        let row = try #require(try Self.report.get().checks.first { $0.ruleIDs == [AccuracyReport.placeholderRule] })
        let score = try #require(row.score)
        #expect(score.labelled > 0)
        #expect(row.missed == [], "\(row.missed.joined(separator: "\n"))")
    }

    /// Every exception names a labelled document and concept where plancheck still disagrees, so
    /// a stale entry cannot hide anything.
    @Test func exceptionsAreStillDisagreements() throws {
        let report = try Self.report.get()
        for exception in AccuracyReport.exceptions {
            let row = try #require(report.elements.first { $0.concept == exception.concept }, "\(exception.concept)")
            #expect(row.disagreements.contains { $0.hasPrefix(exception.id + " ") }, "\(exception.id) \(exception.concept) agrees now: remove the exception")
        }
    }
}
