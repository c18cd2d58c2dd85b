import Foundation
import FuzzerDriver
import PlanCheckFuzzing

/// See `FuzzEntries.reports`.
@main
enum FuzzReports {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzReports.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        FuzzEntries.reports(bytes)
        return 0
    }
}
