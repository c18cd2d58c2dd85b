import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// Small files that expand far (issue 18): .odt space runs, altChunks named a thousand times or
/// nested, packages of tens of thousands of entries, and text past the per-document budget. Each
/// is read in bounded time and memory, or refused as too large, and a run goes on past it.
@Suite struct ExpansionHardeningTests {
    typealias F = HardeningFixtures

    // MARK: .odt

    @Test func anOdtSpaceRunIsCappedWhateverItsCount() throws {
        // Fifty thousand runs of a thousand spaces used to read as 50 MB of spaces.
        let runs = String(repeating: "<text:s text:c=\"1000\"/>", count: 50_000)
        let data = OdtFixture.make(content: OdtFixture.content(body: "<text:p>甲\(runs)乙</text:p><text:p>x<text:s text:c=\"99999999999999999999\"/>y</text:p>"))
        let paragraphs = try OdtReader.read(data).paragraphs
        #expect(paragraphs.first?.utf8.count == 6 + 50_000 * OdtReader.maximumSpaceRun)
        // A count past Int's range is no number: one space, as before.
        #expect(paragraphs.last == "x y")
        #expect(try OdtReader.read(OdtFixture.make(content: OdtFixture.content(body: "<text:p>完成率<text:s text:c=\"3\"/>95%</text:p>"))).paragraphs == ["完成率   95%"])
    }

    @Test func repeatedTableCellsAreReadOnce() throws {
        let table = "<table:table><table:table-column table:number-columns-repeated=\"1000000000\"/>"
            + "<table:table-row table:number-rows-repeated=\"1000000000\"><table:table-cell table:number-columns-repeated=\"1000000000\">"
            + "<text:p>两癌筛查</text:p></table:table-cell></table:table-row></table:table>"
        #expect(try OdtReader.read(OdtFixture.make(content: OdtFixture.content(body: table))).paragraphs == ["两癌筛查"])
    }

    @Test func anOdtStopsAtItsTextBudgetAsItIsRead() throws {
        let paragraph = "<text:p>加强院感防控<text:s text:c=\"50\"/>落实预检分诊</text:p>"
        let data = OdtFixture.make(content: OdtFixture.content(body: String(repeating: paragraph, count: 100)))
        let budget = ReadingBudget(path: "大.odt", text: 5_000)
        let error = #expect(throws: DocumentTooLargeError.self) { try OdtReader.read(data, path: "大.odt", budget: budget) }
        #expect(error == DocumentTooLargeError(path: "大.odt", limit: .text(bytes: 5_000)))
        // Counted as read: it stopped within one paragraph of the limit, not at the end.
        #expect(budget.remainingText > -200)
        #expect(try OdtReader.read(data, path: "大.odt", budget: ReadingBudget(path: "大.odt", text: 100_000)).paragraphs.count == 100)
    }

    // MARK: altChunk

    static func docx(body: String, chunks: [(id: String, target: String, data: Data)]) -> Data {
        let document = DocxFixture.document(body: body).replacingOccurrences(
            of: "<w:document ", with: "<w:document xmlns:r=\"\(DocxAltChunks.relationshipsNamespace)\" ")
        let relationships = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + chunks.map { "<Relationship Id=\"\($0.id)\" Type=\"\(DocxAltChunks.relationshipsNamespace)/aFChunk\" Target=\"\($0.target)\"/>" }.joined()
            + "</Relationships>"
        var entries = DocxFixture.standardEntries(document: document) + [("word/_rels/document.xml.rels", Data(relationships.utf8))]
        var seen: Set<String> = []
        for chunk in chunks where seen.insert(chunk.target).inserted { entries.append(("word/" + chunk.target, chunk.data)) }
        return DocxFixture.make(entries: entries)
    }

    static func references(_ id: String, count: Int) -> String {
        String(repeating: "<w:altChunk r:id=\"\(id)\"/>", count: count)
    }

    @Test func aChunkNamedAThousandTimesStopsAtTheTextBudget() throws {
        // About 100 KB of text, a thousand times: 100 MB, past the 64 MB of one document. It used
        // to be read a thousand times (6 GB, 35 s).
        let chunk = Data((0..<1_500).map { "第\($0)条：加强院感防控，落实预检分诊制度，每月开展督查。" }.joined(separator: "\n").utf8)
        let data = Self.docx(body: DocxFixture.paragraph("前言") + Self.references("rIdC", count: 1_000),
                             chunks: [("rIdC", "chunk.txt", chunk)])
        let error = #expect(throws: DocumentTooLargeError.self) { try DocxReader.read(data, path: "块.docx") }
        // A small file may expand by four times its size beyond 12 MB, no further.
        #expect(error?.limit == .text(bytes: ReadingBudget.textLimit(forFileSize: data.count)))
        #expect(ReadingBudget.textLimit(forFileSize: data.count) == (12 << 20) + 4 * data.count)
        #expect(ReadingBudget.textLimit(forFileSize: 20 << 20) == ReadingBudget.maximumTextSize)
        // Ten references are far inside it, and read as ten copies.
        let ten = Self.docx(body: DocxFixture.paragraph("前言") + Self.references("rIdC", count: 10), chunks: [("rIdC", "chunk.txt", chunk)])
        #expect(try DocxReader.read(ten).paragraphs.count == 1 + 10 * 1_500)
    }

    @Test func moreReferencesThanTheCapAreRefusedNotDropped() throws {
        let chunk = Data("院感防控".utf8)
        let atCap = Self.docx(body: Self.references("rIdS", count: ReadingBudget.maximumChunkReferences), chunks: [("rIdS", "small.txt", chunk)])
        #expect(try DocxReader.read(atCap).paragraphs.count == ReadingBudget.maximumChunkReferences)
        let overCap = Self.docx(body: Self.references("rIdS", count: 300_000), chunks: [("rIdS", "small.txt", chunk)])
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: DocumentTooLargeError.self) { try DocxReader.read(overCap, path: "引用.docx") }
        #expect(error?.limit == .embeddedChunks(count: ReadingBudget.maximumChunkReferences))
        #expect(error?.chineseMessage == "文档嵌入的内容块（altChunk）超过 1000 处的上限，未检查")
        #expect(clock.now - start < .seconds(5))
    }

    @Test func nestedChunksShareTheOuterDocumentsBudget() throws {
        // A .docx chunk of 600 references of its own, named 600 times: 360,000 insertions before.
        let inner = Self.docx(body: DocxFixture.paragraph("内层") + Self.references("rIdT", count: 600),
                              chunks: [("rIdT", "small.txt", Data("院感防控".utf8))])
        let outer = Self.docx(body: DocxFixture.paragraph("外层") + Self.references("rIdD", count: 600),
                              chunks: [("rIdD", "inner.docx", inner)])
        let error = #expect(throws: DocumentTooLargeError.self) { try DocxReader.read(outer, path: "套娃.docx") }
        #expect(error?.limit == .embeddedChunks(count: ReadingBudget.maximumChunkReferences))
        // One nested chunk with a few references reads as before.
        let small = Self.docx(body: DocxFixture.paragraph("外层") + Self.references("rIdD", count: 2),
                              chunks: [("rIdD", "inner.docx", Self.docx(body: DocxFixture.paragraph("内层") + Self.references("rIdT", count: 2),
                                                                      chunks: [("rIdT", "small.txt", Data("院感防控".utf8))]))])
        #expect(try DocxReader.read(small).paragraphs == ["外层"] + Array(repeating: ["内层", "院感防控", "院感防控"], count: 2).flatMap { $0 })
    }

    @Test func anUnreadableChunkIsLeftOutOnceNotReadAgain() throws {
        let data = Self.docx(body: DocxFixture.paragraph("正文") + Self.references("rIdBad", count: 3) + Self.references("rIdEmpty", count: 2),
                             chunks: [("rIdBad", "bad.docx", Data("not a zip".utf8)), ("rIdEmpty", "empty.htm", Data("<p> </p>".utf8))])
        #expect(try DocxReader.read(data).paragraphs == ["正文"])
    }

    // MARK: Archives

    /// A stored zip written directly (ZIPFoundation takes long over tens of thousands of entries).
    static func storedZip(_ entries: [(String, [UInt8])]) -> Data {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        var local: [UInt8] = []
        var central: [UInt8] = []
        for (name, data) in entries {
            let nameBytes = Array(name.utf8)
            let crc = Int(ZipContainer.crc32(data))
            let common = le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(crc) + le32(data.count) + le32(data.count) + le16(nameBytes.count) + le16(0)
            central += le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(local.count) + nameBytes
            local += le32(0x0403_4B50) + common + nameBytes + data
        }
        let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count) + le32(central.count) + le32(local.count) + le16(0)
        return Data(local + central + end)
    }

    @Test func entriesAreLookedUpByNameNotByScanningAll() throws {
        let names = (0..<19_999).map { "word/media/image\($0).png" }
        let zip = Self.storedZip(names.map { ($0, [0x78]) } + [("word/document.xml", [0x3C])])
        let container = try ZipContainer(zip)
        #expect(container.entries.count == 20_000)
        let clock = ContinuousClock()
        let start = clock.now
        // Every lookup used to compare the name with all 20,000 entries.
        for index in 0..<100_000 { _ = try container.entry(named: names[(index * 7919) % names.count]) }
        #expect(clock.now - start < .seconds(5))
        #expect(try container.entry(named: "word/document.xml")?.uncompressedSize == 1)
        #expect(try container.entry(named: "word/missing.xml") == nil)
        // Duplicates and path tricks are still told apart.
        let twice = try ZipContainer(Self.storedZip([("a.xml", [1]), ("../a.xml", [2]), ("b.xml", [3]), ("b.xml", [4])]))
        #expect(try twice.entry(named: "a.xml")?.crc32 == ZipContainer.crc32([1]))
        #expect(throws: ZipContainer.Failure.corrupt("two entries named b.xml")) { try twice.entry(named: "b.xml") }
        #expect(try twice.entry(named: "../a.xml") == nil)
    }

    @Test func nestedPackagesShareOneInflationBudget() throws {
        // The inner .docx inflates its own parts from what is left of the outer package's budget.
        let inner = Self.docx(body: DocxFixture.paragraph("内层正文"), chunks: [])
        let outer = Self.docx(body: DocxFixture.paragraph("外层") + Self.references("rIdD", count: 1), chunks: [("rIdD", "inner.docx", inner)])
        let budget = ReadingBudget(path: "套.docx")
        #expect(try DocxReader.read([UInt8](outer), path: "套.docx", depth: 0, budget: budget).paragraphs == ["外层", "内层正文"])
        let innerOnly = ReadingBudget(path: "内.docx")
        _ = try DocxReader.read([UInt8](inner), path: "内.docx", depth: 0, budget: innerOnly)
        let innerInflated = ZipContainer.Limits().maximumTotalSize - innerOnly.remainingPackageBytes
        #expect(innerInflated > 0)
        // The outer package's own parts, the inner package as a part, and the inner one's parts.
        #expect(ZipContainer.Limits().maximumTotalSize - budget.remainingPackageBytes > inner.count + innerInflated)
    }

    // MARK: The budget through the loader and the engine

    @Test func textPastTheBudgetIsATooLargeFindingAndTheRunGoesOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Data(PlanFixture.text.utf8), to: "a-good.txt")
        let line = Data("加强院感防控，落实预检分诊制度，每月开展督查。\n".utf8)
        var big = Data(PlanFixture.text.utf8)
        big.reserveCapacity(ReadingBudget.maximumTextSize + line.count)
        while big.count <= ReadingBudget.maximumTextSize { big.append(line) }
        try folder.write(big, to: "b-big.txt")
        try folder.write(DocxFixture.sample, to: "c-good.docx")

        let error = #expect(throws: DocumentTooLargeError.self) {
            try DocumentLoader.load(fileAt: folder.url.appendingPathComponent("b-big.txt"), displayPath: "b-big.txt")
        }
        #expect(error?.description == "b-big.txt: expands to more than 64 MB of text; not checked")

        let files = try Discovery.files(in: [folder.url.lastPathComponent], relativeTo: folder.url.deletingLastPathComponent())
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let results = engine.check(files: files, jobs: 2)
        #expect(results.documents.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a-good.txt", "b-big.txt", "c-good.docx"])
        let refused = try #require(results.documents.first { $0.path.hasSuffix("b-big.txt") })
        #expect(refused.findings.map(\.ruleID) == [BuiltInFinding.tooLarge])
        #expect(refused.findings.first?.severity == .error)
        #expect(refused.findings.first?.message == "文档展开后的文字超过 64 MB 的上限，未检查")
        for good in results.documents where !good.path.hasSuffix("b-big.txt") {
            #expect(good.title != nil, "\(good.path) was checked")
            #expect(!good.findings.contains { $0.ruleID.hasPrefix("plancheck.too") || $0.ruleID == BuiltInFinding.unreadable })
        }
    }
}
