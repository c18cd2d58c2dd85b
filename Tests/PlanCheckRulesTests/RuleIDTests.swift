import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Rule ids are checked by hand; the check agrees with the pattern the README gives for them.
@Suite struct RuleIDTests {
    @Test func agreesWithThePattern() throws {
        let pattern = try NSRegularExpression(pattern: #"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$"#)
        let pieces = ["a", "z", "0", "9", "-", ".", "health", "x-1", "A", "_", "卫", " ", ""]
        var generator = SplitMix(seed: 5)
        var checked = ["health.infection-control", "a.b", "a.b.c", "a", ".a", "a.", "a..b", "-a.b", "a.-b", "A.b", "a.b c", "卫.健"]
        for _ in 0..<3000 {
            checked.append((0..<Int(generator.next() % 6)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for id in checked {
            let expected = pattern.firstMatch(in: id, range: NSRange(location: 0, length: (id as NSString).length)) != nil
            #expect(RuleLoader.isWellFormedID(id) == expected, "\(id.debugDescription)")
        }
    }
}
