import Foundation
import Testing
import ZIPFoundation
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Zip bombs, absurd sizes, path tricks and broken or encrypted packages: each is a clear
/// `InputFileError`, never a crash, a hang or gigabytes of memory.
@Suite struct ArchiveHardeningTests {
    typealias F = HardeningFixtures

    @Test func aHighRatioEntryStopsAtTheRatioCapLongBeforeTheSizeCap() throws {
        // 8 MB of one byte deflates about a thousandfold: under the 64 MB entry cap, over 500:1.
        let bomb = try F.zip(DocxFixture.standardEntries(document: "", styles: nil).dropLast()
            + [("word/document.xml", Data(repeating: 0x20, count: 8 << 20))])
        #expect(bomb.count < 100_000)
        let reason = F.reason { try DocxReader.read(bomb, path: "ratio.docx") }
        #expect(reason == "word/document.xml inflates past a compression ratio of 500:1 (zip bomb?)")
    }

    @Test func theTotalAcrossEntriesIsCapped() throws {
        let xml = Data(DocxFixture.document(body: String(repeating: DocxFixture.paragraph("院感防控工作"), count: 2000)).utf8)
        let styles = Data(DocxFixture.styles.utf8) + Data(repeating: 0x20, count: xml.count)
        let data = try F.zip([("word/document.xml", xml), ("word/styles.xml", styles)], compression: .none)
        var limits = ZipContainer.Limits()
        limits.maximumTotalSize = xml.count + 1000
        let archive = try PackageArchive(data: data, path: "total.docx", kind: ".docx", limits: limits)
        #expect(try archive.bytes(of: "word/document.xml")?.count == xml.count)
        let error = #expect(throws: InputFileError.self) { try archive.bytes(of: "word/styles.xml") }
        #expect(error?.reason.contains("for the whole package (zip bomb?)") == true)
    }

    @Test func anAbsurdDeclaredSizeIsRefusedBeforeAnythingIsAllocated() throws {
        var bytes = [UInt8](F.docx())
        let record = try F.centralRecord(of: "word/document.xml", in: bytes)
        F.patch32(&bytes, at: record + 24, 0xFFFF_FFF0)
        let reason = F.reason { try DocxReader.read(Data(bytes), path: "huge.docx") }
        #expect(reason == "word/document.xml inflates past 64 MB (zip bomb?)")
    }

    @Test func anEntryThatInflatesPastItsDeclaredSizeStopsThere() throws {
        var bytes = [UInt8](F.docx())
        let record = try F.centralRecord(of: "word/document.xml", in: bytes)
        F.patch32(&bytes, at: record + 24, 10)
        let reason = F.reason { try DocxReader.read(Data(bytes), path: "lie.docx") }
        #expect(reason == "word/document.xml inflates past its declared size of 10 bytes (zip bomb?)")
    }

    @Test func aCompressedSizePastTheEndIsTruncation() throws {
        var bytes = [UInt8](F.docx())
        let record = try F.centralRecord(of: "word/document.xml", in: bytes)
        F.patch32(&bytes, at: record + 20, 0x7FFF_FFFF)
        let reason = F.reason { try DocxReader.read(Data(bytes), path: "t.docx") }
        #expect(reason == "not a valid .docx: word/document.xml: the entry's data runs past the end (truncated?)")
    }

    /// The first crash fuzzing found: ZIPFoundation's in-memory archive trapped ("Range requires
    /// lowerBound <= upperBound") reading an entry whose local header offset lies past the data.
    @Test func aLocalHeaderOffsetPastTheEndIsAnErrorNotACrash() throws {
        for offset: UInt32 in [0xFFFF_FF00, 0x7FFF_FFFF, 5000, 1] {
            var bytes = [UInt8](F.docx())
            let record = try F.centralRecord(of: "word/document.xml", in: bytes)
            F.patch32(&bytes, at: record + 42, offset)
            let reason = F.reason { try DocxReader.read(Data(bytes), path: "offset.docx") }
            #expect(reason?.hasPrefix("not a valid .docx: word/document.xml: ") == true, "\(offset): \(reason ?? "")")
        }
    }

    @Test func pathTricksInEntryNamesAreIgnored() throws {
        let xml = Data(DocxFixture.document(body: DocxFixture.paragraph("冒名顶替的正文")).utf8)
        for name in ["../word/document.xml", "/word/document.xml", "word/../word/document.xml", "./word/document.xml",
                     "word\\document.xml", "C:/word/document.xml"] {
            let data = try F.zip([("[Content_Types].xml", Data(DocxFixture.contentTypes.utf8)), (name, xml)])
            let reason = F.reason { try DocxReader.read(data, path: "trick.docx") }
            #expect(reason == "not a valid .docx: missing word/document.xml", "\(name)")
            #expect(ZipContainer.isPathTrick(name), "\(name)")
        }
        #expect(!ZipContainer.isPathTrick("word/document.xml"))
        #expect(!ZipContainer.isPathTrick("word/media/image1..png"))
    }

    @Test func twoEntriesOfTheSameNameAreRefused() throws {
        let xml = Data(DocxFixture.document(body: DocxFixture.paragraph("正文")).utf8)
        let data = try F.zip([("word/document.xml", xml), ("word/document.xml", xml)])
        let reason = F.reason { try DocxReader.read(data, path: "twice.docx") }
        #expect(reason == "not a valid .docx: word/document.xml: two entries named word/document.xml")
    }

    @Test func anEncryptedEntryIsNamedAsSuch() throws {
        var bytes = [UInt8](F.docx())
        let record = try F.centralRecord(of: "word/document.xml", in: bytes)
        F.patch16(&bytes, at: record + 8, 1)
        let reason = F.reason { try DocxReader.read(Data(bytes), path: "secret.docx") }
        #expect(reason == "not a valid .docx: word/document.xml: encrypted (password-protected)")
    }

    static let brokenPackages: [(String, @Sendable (inout [UInt8]) throws -> Void, String)] = [
        ("cut in the middle", { $0.removeLast($0.count / 2) }, "not a valid .docx: no end of central directory (truncated or not a zip archive)"),
        ("cut before the end record", { $0.removeLast(10) }, "not a valid .docx: no end of central directory (truncated or not a zip archive)"),
        ("only the signature", { $0 = [0x50, 0x4B, 3, 4] }, "not a valid .docx: too short to be a zip archive (truncated?)"),
        ("compressed data damaged", { bytes in
            let record = try HardeningFixtures.centralRecord(of: "word/document.xml", in: bytes)
            let local = Int(bytes[record + 42]) | Int(bytes[record + 43]) << 8
            let start = local + 30 + Int(bytes[local + 26]) + Int(bytes[local + 28])
            for index in start..<(start + 40) { bytes[index] = 0xFF }
        }, "not a valid .docx: word/document.xml: invalid compressed data"),
        ("checksum damaged", { bytes in
            let record = try HardeningFixtures.centralRecord(of: "word/document.xml", in: bytes)
            bytes[record + 16] ^= 0xFF
        }, "not a valid .docx: word/document.xml: checksum mismatch"),
        ("unknown compression method", { bytes in
            let record = try HardeningFixtures.centralRecord(of: "word/document.xml", in: bytes)
            HardeningFixtures.patch16(&bytes, at: record + 10, 99)
        }, "not a valid .docx: word/document.xml: unsupported zip feature: compression method 99"),
        ("ZIP64 marker", { bytes in
            HardeningFixtures.patch32(&bytes, at: try HardeningFixtures.endRecord(in: bytes) + 16, 0xFFFF_FFFF)
        }, "not a valid .docx: unsupported zip feature: a ZIP64 archive"),
        ("central directory past the end", { bytes in
            HardeningFixtures.patch32(&bytes, at: try HardeningFixtures.endRecord(in: bytes) + 16, 0x7000_0000)
        }, "not a valid .docx: the central directory lies outside the file (truncated?)"),
    ]

    @Test(arguments: 0..<brokenPackages.count)
    func brokenPackagesGiveAClearErrorThroughTheLoader(index: Int) throws {
        let (label, damage, expected) = Self.brokenPackages[index]
        var bytes = [UInt8](F.docx())
        try damage(&bytes)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(Data(bytes), to: "坏.docx")
        let error = #expect(throws: InputFileError.self, "\(label)") { try DocumentLoader.load(fileAt: url, displayPath: "in/坏.docx") }
        #expect(error?.path == "in/坏.docx", "\(label)")
        #expect(error?.reason == expected, "\(label)")
    }

    @Test func notADocumentAtAll() throws {
        let plainZip = try F.zip([("readme.txt", Data("hello".utf8))])
        #expect(F.reason { try DocxReader.read(plainZip, path: "a.docx") } == "not a valid .docx: missing word/document.xml")
        #expect(F.reason { try OdtReader.read(plainZip, path: "a.odt") } == "not a valid .odt: missing content.xml")
        #expect(F.reason { try DocxReader.read(Data("<html>".utf8), path: "a.docx") } == "not a valid .docx: not a zip package")
    }

    @Test func anEncryptedOdtIsNamedAsSuch() throws {
        let manifest = OdtFixture.manifest.replacingOccurrences(of: "</manifest:manifest>",
            with: "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>")
        let data = OdtFixture.make(content: OdtFixture.content(body: "<text:p>x</text:p>"), manifest: manifest)
        #expect(F.reason { try OdtReader.read(data, path: "e.odt") } == "not a valid .odt: encrypted (password-protected)")
    }

    @Test func storedAndDeflatedPackagesStillRead() throws {
        let xml = Data(DocxFixture.document(body: DocxFixture.sampleBody).utf8)
        for compression in [CompressionMethod.none, .deflate] {
            let data = try F.zip([("word/document.xml", xml), ("word/styles.xml", Data(DocxFixture.styles.utf8))], compression: compression)
            #expect(try DocxReader.read(data).paragraphs == DocxFixture.sampleParagraphs)
        }
        #expect(try OdtReader.read(OdtFixture.sample).paragraphs == OdtFixture.sampleParagraphs)
    }
}
