import Foundation
import FuzzerDriver
import PlanCheckKit

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
        let text = String(decoding: bytes, as: UTF8.self)
        let document = Document(path: "fuzz.txt", text: text)
        let pieces = PieceSplitter.pieces(of: document)
        precondition(!pieces.isEmpty)
        for piece in pieces {
            precondition(piece.range.lowerBound >= 0 && piece.range.upperBound <= document.utf16.count)
            _ = OutlineBuilder.outline(of: document, piece: piece)
            _ = HeadingParser.headings(in: document, range: piece.range)
        }
        return 0
    }
}
