import Foundation
import Testing
@testable import PlanCheckKit

@Suite struct AuditNearDuplicateTests {
    @Test(.enabled(if: SharedCorpus.isAvailable)) func explore() throws {
        let engine = try Engine(rules: RuleLoader.defaultRules())
        let files = try Discovery.files(in: [SharedCorpus.seeds.path], relativeTo: SharedCorpus.packageRoot)
        let results = engine.check(files: files, jobs: 2)
        for document in results.documents { print(document.displayName, document.paragraphFingerprints.count) }
        for pair in NearDuplicates.allPairs(in: results.documents).sorted(by: { $0.share > $1.share }) {
            print(pair.first, pair.second, pair.shared, pair.firstParagraphs, pair.secondParagraphs, pair.share, pair.jaccard)
        }
    }
}
