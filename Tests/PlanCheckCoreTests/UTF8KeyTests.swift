import Testing
@testable import PlanCheckCore

/// Regex sources are looked up by their bytes: equal bytes find each other, anything else does not.
@Suite struct UTF8KeyTests {
    @Test func equalBytesAreOneKeyAndAnyOtherBytesAnother() {
        let source = "(?<![关热])爱卫(?:办|会)"
        let table: [UTF8Key: Int] = [UTF8Key(source): 1, UTF8Key("爱卫"): 2, UTF8Key(""): 3]
        #expect(table[UTF8Key(String(source.unicodeScalars))] == 1)
        #expect(table[UTF8Key("爱卫")] == 2)
        #expect(table[UTF8Key("")] == 3)
        // A prefix, a longer string and a canonically equivalent spelling are other keys.
        #expect(table[UTF8Key("爱")] == nil)
        #expect(table[UTF8Key("爱卫办")] == nil)
        #expect(UTF8Key("é") != UTF8Key("e\u{301}"))
        #expect(UTF8Key("é") == UTF8Key("\u{E9}"))
    }
}
