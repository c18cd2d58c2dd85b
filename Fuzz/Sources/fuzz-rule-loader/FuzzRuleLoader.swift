import Foundation
import FuzzerDriver
import PlanCheckKit

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
        guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
        do {
            let rule = try RuleLoader.rule(fromYAML: text, file: "fuzz.yml")
            _ = try Engine(rules: [rule])
        } catch is RuleLoadError {
        } catch {
            // A regex that ICU refuses after the loader accepted it is a loader bug.
            preconditionFailure("rule loading threw something other than RuleLoadError: \(error)")
        }
        do {
            _ = try ConfigurationLoader.parse(text, file: ".plancheck.yml")
        } catch is RuleLoadError {
        } catch {
            preconditionFailure("configuration parsing threw something other than RuleLoadError: \(error)")
        }
        return 0
    }
}
