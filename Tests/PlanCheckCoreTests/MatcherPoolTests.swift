import Testing
@testable import PlanCheckCore

/// Searchers of one regex share ICU matchers between texts (`MatcherPool`): each must search its
/// own text with its own budget, whatever the matcher did before.
@Suite struct MatcherPoolTests {
    private func scan(_ regex: CompiledRegex, _ text: String, stepLimit: Int = CompiledRegex.stepLimit) -> CompiledRegex.Scan {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { regex.searcher(over: $0, stepLimit: stepLimit).scan(0..<$0.count) }
    }

    @Test func aMatcherHandedBackSearchesTheNextTextAfresh() throws {
        let regex = try CompiledRegex("卫生(?:院|局)")
        #expect(scan(regex, "某卫生院").ranges == [1..<4])
        #expect(scan(regex, "县卫生局与卫生院").ranges == [1..<4, 5..<8])
        #expect(scan(regex, "没有").ranges.isEmpty)
    }

    @Test func aSpentBudgetStaysWithItsSearcher() throws {
        let regex = try CompiledRegex("卫生院")
        #expect(scan(regex, "某卫生院", stepLimit: 0).exceededLimit)
        let next = scan(regex, "某卫生院")
        #expect(next.ranges == [1..<4])
        #expect(!next.exceededLimit)
    }

    @Test func searchersAliveAtOnceEachKeepTheirText() throws {
        let regex = try CompiledRegex("[0-9]+")
        let first = Array("a12b".utf16)
        let second = Array("345".utf16)
        first.withUnsafeBufferPointer { one in
            second.withUnsafeBufferPointer { two in
                let a = regex.searcher(over: one)
                let b = regex.searcher(over: two)
                #expect(a.scan(0..<one.count).ranges == [1..<3])
                #expect(b.scan(0..<two.count).ranges == [0..<3])
                #expect(a.scan(0..<one.count).ranges == [1..<3])
            }
        }
    }
}
