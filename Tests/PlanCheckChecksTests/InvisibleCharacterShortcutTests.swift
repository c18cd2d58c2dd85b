import Testing
@testable import PlanCheckCore
@testable import PlanCheckChecks

@Suite struct InvisibleCharacterShortcutTests {
    /// The check skips units `mayBeInvisible` rules out: it must rule out no invisible unit.
    @Test func theShortcutPassesEveryInvisibleUnit() {
        for unit in UInt16.min...UInt16.max where TextNormalizer.isInvisible(unit) {
            #expect(InvisibleCharacterCheck.mayBeInvisible(unit), "U+\(String(unit, radix: 16))")
        }
        #expect(!InvisibleCharacterCheck.mayBeInvisible(0x4E00))
        #expect(!InvisibleCharacterCheck.mayBeInvisible(0x41))
    }
}
