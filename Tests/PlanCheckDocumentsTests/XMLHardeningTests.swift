import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// The XML inside packages: no external entities, no DTD fetching, no entity expansion, bounded
/// nesting, and no quadratic work on long paragraphs.
@Suite struct XMLHardeningTests {
    typealias F = HardeningFixtures

    /// Stored, not deflated: repetitive hostile XML would otherwise trip the zip ratio cap first.
    static func docx(xml: String) -> Data {
        try! HardeningFixtures.zip([("word/document.xml", Data(xml.utf8))], compression: .none)
    }

    static func odt(xml: String) -> Data {
        try! HardeningFixtures.zip([("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
                                    ("META-INF/manifest.xml", Data(OdtFixture.manifest.utf8)), ("content.xml", Data(xml.utf8))],
                                   compression: .none)
    }

    @Test func anExternalEntityIsNeverFetchedOrExpanded() throws {
        // The classic XXE: a SYSTEM entity naming a local file, and one naming a URL.
        for target in ["file:///etc/passwd", "http://127.0.0.1:9/x"] {
            let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"\(target)\">]>"
                + DocxFixture.document(body: "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>").drop { $0 != ">" }.dropFirst()
            let reason = F.reason { try DocxReader.read(Self.docx(xml: xml), path: "xxe.docx") }
            #expect(reason?.contains("DOCTYPE with an internal subset (entity declarations) is not accepted") == true, "\(reason ?? "")")
        }
    }

    @Test func anExternalDTDIsSkippedNotFetched() throws {
        // A DOCTYPE naming an external DTD (no internal subset) is harmless: skipped, never read,
        // and an entity it might have defined is an error, not a lookup.
        let body = "<w:body><w:p><w:r><w:t>正文&ext;</w:t></w:r></w:p></w:body></w:document>"
        let xml = "<!DOCTYPE w:document SYSTEM \"http://127.0.0.1:9/evil.dtd\"><w:document xmlns:w=\"\(DocxFixture.wordNamespace)\">" + body
        let reason = F.reason { try DocxReader.read(Self.docx(xml: xml), path: "dtd.docx") }
        #expect(reason?.contains("undefined entity &ext; (DTD entities are never expanded)") == true, "\(reason ?? "")")
        let plain = xml.replacingOccurrences(of: "&ext;", with: "")
        #expect(try DocxReader.read(Self.docx(xml: plain)).paragraphs == ["正文"])
    }

    @Test func billionLaughsIsRefusedInBothFormats() throws {
        var dtd = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        for level in 1...9 { dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1 == 0 ? "" : String(level - 1));", count: 10) + "\">" }
        dtd += "]>"
        let docx = Self.docx(xml: dtd + "<w:document xmlns:w=\"\(DocxFixture.wordNamespace)\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
        let odt = Self.odt(xml: dtd + OdtFixture.content(body: "<text:p>&lol9;</text:p>").drop { $0 != ">" }.dropFirst())
        #expect(F.reason { try DocxReader.read(docx, path: "lol.docx") }?.contains("DOCTYPE with an internal subset") == true)
        #expect(F.reason { try OdtReader.read(odt, path: "lol.odt") }?.contains("DOCTYPE with an internal subset") == true)
    }

    @Test func deepNestingIsRefusedWithoutRecursion() throws {
        let depth = 100_000
        let inner = String(repeating: "<w:r>", count: depth) + String(repeating: "</w:r>", count: depth)
        let xml = "<w:document xmlns:w=\"\(DocxFixture.wordNamespace)\"><w:body><w:p>\(inner)</w:p></w:body></w:document>"
        let reason = F.reason { try DocxReader.read(Self.docx(xml: xml), path: "deep.docx") }
        #expect(reason?.contains("elements nested deeper than 512") == true, "\(reason ?? "")")
        // Just inside the bound still reads.
        let fine = String(repeating: "<w:r>", count: 500) + "<w:t>深</w:t>" + String(repeating: "</w:r>", count: 500)
        #expect(try DocxReader.read(Self.docx(xml: "<w:document xmlns:w=\"\(DocxFixture.wordNamespace)\"><w:body><w:p>\(fine)</w:p></w:body></w:document>")).paragraphs == ["深"])
    }

    @Test func aCycleOfBasedOnStylesEnds() throws {
        let styles = "<w:styles xmlns:w=\"\(DocxFixture.wordNamespace)\">"
            + "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>"
        let data = try HardeningFixtures.zip([("word/document.xml", Data(DocxFixture.document(body: DocxFixture.paragraph("一、总体要求", style: "A")).utf8)),
                                              ("word/styles.xml", Data(styles.utf8))])
        let read = try DocxReader.read(data)
        #expect(read.paragraphs == ["一、总体要求"])
        #expect(read.headingLevels.isEmpty)
    }

    @Test func hostileCharacterReferencesAreErrors() throws {
        for reference in ["&#0;", "&#x110000;", "&#xD800;", "&#99999999999;", "&#x;", "&#;", "&unterminated"] {
            let xml = DocxFixture.document(body: "<w:p><w:r><w:t>a\(reference)b</w:t></w:r></w:p>")
            let reason = F.reason { try DocxReader.read(Self.docx(xml: xml), path: "ref.docx") }
            #expect(reason?.hasPrefix("not a valid .docx: word/document.xml: malformed XML at byte ") == true, "\(reference): \(reason ?? "")")
        }
    }

    @Test func anOdtParagraphOfManySpansReadsInLinearTime() throws {
        // Each span used to copy the whole paragraph so far: 60,000 spans took minutes.
        let spans = String(repeating: "<text:span>院感防控</text:span>", count: 60_000)
        let data = Self.odt(xml: OdtFixture.content(body: "<text:p>\(spans)</text:p>"))
        let clock = ContinuousClock()
        let start = clock.now
        do {
            #expect(try OdtReader.read(data).paragraphs.first?.count == 4 * 60_000)
        }
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(10), "\(elapsed)")
    }

    @Test func aDocxParagraphOfManyRunsReadsInLinearTime() throws {
        let runs = String(repeating: "<w:r><w:t>院感防控</w:t></w:r>", count: 60_000)
        let data = Self.docx(xml: DocxFixture.document(body: "<w:p>\(runs)</w:p>"))
        let clock = ContinuousClock()
        let start = clock.now
        do {
            #expect(try DocxReader.read(data).paragraphs.first?.count == 4 * 60_000)
        }
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(10), "\(elapsed)")
    }
}
