import Foundation
import FuzzerDriver
import PlanCheckFuzzing

/// Any bytes as a Word 97–2003 .doc and as a web page (HTML or MHT): reading succeeds or throws
/// a `InputFileError`, within the bounds the file's size sets. Seeded with the LibreOffice-made
/// fixtures of the tests and a small page and web archive.
@main
enum FuzzDocReader {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzDocReader.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        FuzzEntries.docReader(bytes)
        return 0
    }
}
