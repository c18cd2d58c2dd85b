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

/// A rule's regex that backtracks catastrophically is stopped at its time limit and says so.
@Suite struct RegexLimitHardeningTests {
    @Test func catastrophicBacktrackingStopsAtTheDeadline() throws {
        let regex = try CompiledRegex("(a+)+$")
        let text = (String(repeating: "a", count: 40) + "b")
        let clock = ContinuousClock()
        var scan: CompiledRegex.Scan?
        let elapsed = clock.measure {
            scan = regex.scan(text, range: 0..<text.utf16.count, deadline: clock.now.advanced(by: .milliseconds(200)))
        }
        #expect(scan == CompiledRegex.Scan(ranges: [], exceededLimit: true))
        #expect(elapsed < .seconds(3), "\(elapsed)")
    }

    @Test func aChineseEquivalentStopsToo() throws {
        let regex = try CompiledRegex("(卫生|卫|生)+院$")
        let text = (String(repeating: "卫生", count: 40) + "局。")
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let scan = regex.scan(text, range: 0..<text.utf16.count, deadline: clock.now.advanced(by: .milliseconds(200)))
            #expect(scan.exceededLimit)
        }
        #expect(elapsed < .seconds(3), "\(elapsed)")
    }

    @Test func theDefaultLimitIsOneSecondPerSearch() throws {
        #expect(CompiledRegex.timeLimit == .seconds(1))
        let regex = try CompiledRegex("(x+x+)+y")
        let text = String(repeating: "x", count: 60)
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(regex.matches(in: text, range: 0..<text.utf16.count) == []) }
        #expect(elapsed >= .milliseconds(900) && elapsed < .seconds(4), "\(elapsed)")
    }

    @Test func matchesFoundBeforeTheLimitAreKept() throws {
        let regex = try CompiledRegex("计划|(a+)+$")
        let text = ("计划 计划 " + String(repeating: "a", count: 40) + "b")
        let clock = ContinuousClock()
        let scan = regex.scan(text, range: 0..<text.utf16.count, deadline: clock.now.advanced(by: .milliseconds(200)))
        #expect(scan.ranges == [0..<2, 3..<5])
        #expect(scan.exceededLimit)
    }

    @Test func ordinaryRulesAreUnaffected() throws {
        let regex = try CompiledRegex("20[xX×_]{1,2}年")
        let text = String(repeating: "某镇卫生院20xx年工作计划，", count: 2000)
        let scan = regex.scan(text, range: 0..<text.utf16.count)
        #expect(!scan.exceededLimit)
        #expect(scan.ranges.count == 2000)
        #expect(regex.matches(in: text, range: 5..<20) == [5..<10])
    }

    @Test func theEngineDoesNotHangOnAHostileRule() throws {
        let rule = try RuleLoader.standard.rule(fromYAML: """
            id: custom.backtrack
            kind: forbid
            message: m
            patterns: [{regex: '(院+)+$'}]
            """, file: "custom.yml")
        let engine = try Engine(rules: [rule])
        let document = Document(path: "plan.txt", text: String(repeating: "院", count: 5000) + "。\n")
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = engine.check(document) }
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
