import Foundation
import FuzzerDriver
import PlanCheckFuzzing

/// Any bytes as a rule file and as a `.plancheck.yml`: loading either succeeds or throws a
/// `RuleLoadError`; a rule that loads compiles into an engine.
@main
enum FuzzRuleLoader {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzRuleLoader.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        FuzzEntries.ruleLoader(bytes)
        return 0
    }
}
