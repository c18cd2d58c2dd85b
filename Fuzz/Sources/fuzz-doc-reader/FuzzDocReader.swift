import Foundation
import FuzzerDriver
import PlanCheckKit

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
        let input = Array(bytes)
        read { try DocReader.read(input, path: "fuzz.doc") }
        read { try WebPageReader.read(input, path: "fuzz.mht") }
        return 0
    }

    static func read(_ reader: () throws -> ExtractedParagraphs) {
        do {
            let extracted = try reader()
            precondition(extracted.paragraphs.allSatisfy { !$0.contains("\n") })
        } catch is InputFileError {
        } catch {
            preconditionFailure("reader threw something other than InputFileError: \(error)")
        }
    }
}
