import Foundation
import FuzzerDriver
import PlanCheckFuzzing

/// Any bytes as the numbers of a range and a period rule and a plan full of rates: loading
/// either succeeds or throws a `RuleLoadError`, and checking never traps.
@main
enum FuzzRuleNumbers {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzRuleNumbers.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        FuzzEntries.ruleNumbers(bytes)
        return 0
    }
}
