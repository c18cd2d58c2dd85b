import Foundation
import FuzzerDriver
import PlanCheckKit

/// Any bytes as a Word 97–2003 .doc: reading succeeds or throws a `DocumentError`, within the
/// bounds the file's size sets. Seeded with the LibreOffice-made fixtures of the tests.
@main
enum FuzzDocReader {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzDocReader.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        do {
            let extracted = try DocReader.read(Array(bytes), path: "fuzz.doc")
            precondition(extracted.paragraphs.allSatisfy { !$0.contains("\n") })
        } catch is DocumentError {
        } catch {
            preconditionFailure("reader threw something other than DocumentError: \(error)")
        }
        return 0
    }
}
