import Foundation
import FuzzerDriver
import PlanCheckFuzzing
import ZIPFoundation

/// Any bytes as a recipe for an .odt whose content.xml is made of the elements that stand for
/// repeated content (`OdtExpansionRecipe`): reading stays within the text budget and the space
/// run cap, or throws one of the readers' own errors.
@main
enum FuzzOdtExpansion {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzOdtExpansion.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        FuzzEntries.odtExpansion(bytes) { content in
            package(["mimetype": Data("application/vnd.oasis.opendocument.text".utf8), "content.xml": content])
        }
        return 0
    }

    /// A stored (uncompressed) zip holding `entries`: no compression ratio cap stops the reader first.
    static func package(_ entries: [String: Data]) -> Data {
        let archive = try! Archive(accessMode: .create)
        for (path, data) in entries.sorted(by: { $0.key < $1.key }) {
            try! archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }
}
