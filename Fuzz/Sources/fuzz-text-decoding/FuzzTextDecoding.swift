import Foundation
import FuzzerDriver
import PlanCheckKit

/// Any bytes given as a .txt file: decoding either succeeds or throws a `InputFileError`.
@main
enum FuzzTextDecoding {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzTextDecoding.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        let data = Data(buffer: bytes)
        if let (text, _) = try? TextDecoding.decode(data, path: "fuzz.txt") {
            // What the loader hands on must be a document the later stages can index.
            let document = Document(path: "fuzz.txt", text: text)
            precondition(document.utf16.count == text.utf16.count)
            precondition(!text.utf8.contains(0x0D), "line breaks not normalised")
        }
        return 0
    }
}
