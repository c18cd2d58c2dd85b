import Foundation
import FuzzerDriver
import PlanCheckFuzzing

/// Any bytes given as a .txt file: decoding either succeeds or throws a `InputFileError`.
@main
enum FuzzTextDecoding {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzTextDecoding.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        FuzzEntries.textDecoding(bytes)
        return 0
    }
}
