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

@Suite struct AhoCorasickTests {
    private func units(_ text: String) -> [UInt16] { Array(text.utf16) }

    @Test func findsOverlappingAndNestedPatterns() {
        let patterns = ["院感", "感控", "院感防控", "防控"].map(units)
        let automaton = AhoCorasick(patterns: patterns)
        let text = units("加强院感防控，落实感控")
        let found = automaton.matches(in: text, range: 0..<text.count).map { [$0.pattern, $0.range.lowerBound, $0.range.upperBound] }
        #expect(Set(found) == Set([[0, 2, 4], [2, 2, 6], [3, 4, 6], [1, 9, 11]]))
    }

    @Test func firstMatchIsTheFirstThatIsTakenInTheOrderOfAllMatches() {
        let automaton = AhoCorasick(patterns: ["一次", "每月", "季度"].map(units))
        let text = units("规范一次性用品管理，每月检查一次，每季度通报")
        let all = automaton.matches(in: text, range: 0..<text.count)
        // Every match, first: the same as the first of all of them.
        #expect(automaton.firstMatch(in: text, range: 0..<text.count) { _ in true } == all.first)
        // Passing over 一次性: the first match after it that is taken.
        let taken = automaton.firstMatch(in: text, range: 0..<text.count) { text[$0.range.upperBound] != 0x6027 } // 性
        #expect(taken == all.first { text[$0.range.upperBound] != 0x6027 })
        #expect(taken?.pattern == 1)
        #expect(automaton.firstMatch(in: text, range: 0..<text.count) { _ in false } == nil)
    }

    /// A pattern folded from a regex that names a pinyin reading holds ignorable units: they must
    /// not stop other patterns from matching across the text's own ignorable units.
    @Test func aPatternHoldingIgnorableUnitsLeavesTheOthersMatchingAcrossThem() {
        let z = TextNormalizer.ignorable
        let automaton = AhoCorasick(patterns: [units("院感"), units("卫") + [z, z] + units("生")])
        let text = units("加强院") + [z] + units("感，卫") + [z, z, z] + units("生")
        let found = automaton.matches(in: text, range: 0..<text.count).map { [$0.pattern, $0.range.lowerBound, $0.range.upperBound] }
        #expect(found == [[0, 2, 5], [1, 6, 11]])
    }

    /// Compares with a naive search over many generated texts: every occurrence, nothing else.
    @Test func agreesWithNaiveSearch() {
        let alphabet = Array("院感防控xX年".utf16)
        var generator = SplitMix(seed: 42)
        let patterns = (0..<12).map { _ in (0..<Int(generator.next() % 4 + 1)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] } }
        let automaton = AhoCorasick(patterns: patterns)
        for _ in 0..<200 {
            let text = (0..<40).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let range = 3..<37
            var expected: Set<[Int]> = []
            for (index, pattern) in patterns.enumerated() {
                for start in range where start + pattern.count <= range.upperBound {
                    if Array(text[start..<(start + pattern.count)]) == pattern { expected.insert([index, start]) }
                }
            }
            let found = Set(automaton.matches(in: text, range: range).map { [$0.pattern, $0.range.lowerBound] })
            #expect(found == expected)
            // The stop-at-first search agrees, on an array and on a slice of one.
            #expect(automaton.containsMatch(in: text, range: range) == !expected.isEmpty)
            #expect(automaton.containsMatch(in: text[...], range: range) == !expected.isEmpty)
        }
    }

    /// Units that occur in no pattern send the automaton back to its root: a pattern interrupted by
    /// one is not found, one started right after it is.
    @Test func unitsOutsideEveryPatternResetTheSearch() {
        let automaton = AhoCorasick(patterns: [units("爱国卫生月")])
        let text = units("爱国卫，爱国卫生月")
        #expect(automaton.matches(in: text, range: 0..<text.count).map(\.range) == [4..<9])
        #expect(!automaton.containsMatch(in: units("爱国卫。生月"), range: 0..<6))
    }

    @Test func respectsTheRange() {
        let automaton = AhoCorasick(patterns: [units("两癌")])
        let text = units("两癌筛查，两癌")
        #expect(automaton.matches(in: text, range: 1..<text.count).map(\.range) == [5..<7])
    }
}

