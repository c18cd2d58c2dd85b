import Foundation
import FuzzerDriver
import PlanCheckFuzzing

/// See `FuzzEntries.paths`.
@main
enum FuzzPaths {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzPaths.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        FuzzEntries.paths(bytes)
        return 0
    }
}
