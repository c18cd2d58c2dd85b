import Foundation
import FuzzerDriver
import PlanCheckFuzzing
import ZIPFoundation

/// Any bytes as a .docx and as an .odt: reading either succeeds or throws a `InputFileError`.
///
/// Input that is not a zip is taken as the XML of the main part and wrapped into a fresh package
/// (word/document.xml and content.xml), so mutations reach the XML scanner and the readers' state
/// machines instead of stopping at the zip's CRC check.
@main
enum FuzzPackageReader {
    static func main() {
        exit(plancheck_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzPackageReader.testOneInput(UnsafeBufferPointer(start: data, count: size))
        })
    }

    static func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        let data = Data(buffer: bytes)
        if data.starts(with: [0x50, 0x4B]) {
            FuzzEntries.packageReader(data, asDocx: true)
            FuzzEntries.packageReader(data, asDocx: false)
        } else {
            FuzzEntries.packageReader(package(["word/document.xml": data]), asDocx: true)
            FuzzEntries.packageReader(package(["mimetype": Data("application/vnd.oasis.opendocument.text".utf8), "content.xml": data]), asDocx: false)
        }
        return 0
    }

    /// A stored (uncompressed) zip holding `entries`.
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
