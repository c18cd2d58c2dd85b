import Foundation
import FuzzerDriver
import PlanCheckFuzzing

/// Any text (bytes decoded as UTF-8, invalid sequences replaced) through the structure stage:
/// pieces of a compilation, then each piece's outline and headings.
@main
enum FuzzStructure {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzStructure.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        FuzzEntries.structure(bytes)
        return 0
    }
}
