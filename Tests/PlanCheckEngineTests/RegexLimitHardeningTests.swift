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

/// A rule's regex that backtracks catastrophically is stopped at its step limit and says so —
/// after the same number of steps on any machine, so the findings do not depend on its load.
@Suite struct RegexLimitHardeningTests {
    @Test func catastrophicBacktrackingStopsAtTheStepLimit() throws {
        let regex = try CompiledRegex("(a+)+$")
        let text = (String(repeating: "a", count: 40) + "b")
        let scan = regex.scan(text, range: 0..<text.utf16.count, stepLimit: 1_000_000)
        #expect(scan == CompiledRegex.Scan(ranges: [], exceededLimit: true))
    }

    @Test func aChineseEquivalentStopsToo() throws {
        let regex = try CompiledRegex("(卫生|卫|生)+院$")
        let text = (String(repeating: "卫生", count: 40) + "局。")
        #expect(regex.scan(text, range: 0..<text.utf16.count, stepLimit: 1_000_000).exceededLimit)
    }

    @Test func theDefaultLimitIsAHundredMillionStepsPerRuleAndDocument() throws {
        #expect(CompiledRegex.stepLimit == 100_000_000)
        let regex = try CompiledRegex("(x+x+)+y")
        let text = String(repeating: "x", count: 60)
        #expect(regex.scan(text, range: 0..<text.utf16.count) == CompiledRegex.Scan(ranges: [], exceededLimit: true))
    }

    @Test func matchesFoundBeforeTheLimitAreKept() throws {
        let regex = try CompiledRegex("计划|(a+)+$")
        let text = ("计划 计划 " + String(repeating: "a", count: 40) + "b")
        let scan = regex.scan(text, range: 0..<text.utf16.count, stepLimit: 1_000_000)
        #expect(scan.ranges == [0..<2, 3..<5])
        #expect(scan.exceededLimit)
    }

    @Test func theLimitIsTheSameOnEveryRun() throws {
        // Where the search stops depends on steps alone: a prefix of matches, the same each time.
        let regex = try CompiledRegex("计(?:a|aa)+b|计a")
        let text = String(repeating: "计" + String(repeating: "a", count: 16) + "\n", count: 400)
        let units = Array(text.utf16)
        let lines = stride(from: 0, to: units.count, by: 18).map { $0..<($0 + 17) }
        func run() -> (found: Int, stopped: Bool) {
            units.withUnsafeBufferPointer { buffer in
                let searcher = regex.searcher(over: buffer, stepLimit: 2_000_000)
                var found = 0
                var stopped = false
                for line in lines {
                    let scan = searcher.scan(line)
                    found += scan.ranges.count
                    stopped = stopped || scan.exceededLimit
                }
                return (found, stopped)
            }
        }
        let first = run()
        #expect(first.stopped)
        #expect(first.found > 0 && first.found < lines.count)
        for _ in 0..<3 { #expect(run() == first) }
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
        let findings = engine.check(document).flatMap(\.findings)
        #expect(findings.map(\.ruleID) == [BuiltInFinding.regexLimit])
    }

    /// A regex that backtracks a little on each of many short lines (each search below ICU's
    /// first report) is held to the same budget as one long search: the lines share it.
    @Test func aRegexBacktrackingALittleOnEveryLineIsStoppedToo() throws {
        let rule = try RuleLoader.standard.rule(fromYAML: """
            id: custom.backtrack
            kind: forbid
            message: m
            patterns: [{regex: '计(?:a|aa)+b'}]
            """, file: "custom.yml")
        let engine = try Engine(rules: [rule])
        let line = "计" + String(repeating: "a", count: 12) + "\n"
        let document = Document(path: "plan.txt", text: "一、工作计划\n" + String(repeating: line, count: 20_000))
        let findings = engine.check(document).flatMap(\.findings)
        #expect(findings.map(\.ruleID) == [BuiltInFinding.regexLimit])
        #expect(findings.first?.message.contains("回溯超过 1 亿步") == true)
    }
}
