import Foundation
import Testing
@testable import PlanCheckKit

@Suite struct DocumentsOdtReaderTests {
    @Test func readsParagraphsHeadingsTablesAndSpaces() throws {
        let extracted = try OdtReader.read(OdtFixture.sample)
        #expect(extracted.paragraphs == OdtFixture.sampleParagraphs)
        #expect(extracted.headingLevels == OdtFixture.sampleHeadingLevels)
    }

    @Test func loadsThroughTheLoader() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(OdtFixture.sample, to: "计划.ODT")
        let document = try DocumentLoader.load(fileAt: url, displayPath: "计划.ODT")
        #expect(document.format == .odt)
        #expect(document.encoding == "odt")
        #expect(document.text == OdtFixture.sampleParagraphs.joined(separator: "\n"))
        #expect(document.styledHeadingLevels == OdtFixture.sampleHeadingLevels)
    }

    @Test func encryptedPackagesAreNamedAsSuch() {
        let manifest = OdtFixture.manifest.replacingOccurrences(
            of: "manifest:media-type=\"text/xml\"/>",
            with: "manifest:media-type=\"text/xml\"><manifest:encryption-data manifest:checksum-type=\"SHA1\"/></manifest:file-entry>")
        let data = OdtFixture.make(content: "not xml at all", manifest: manifest)
        let error = #expect(throws: DocumentError.self) { try OdtReader.read(data, path: "密.odt") }
        #expect(error?.description == "密.odt: not a valid .odt: encrypted (password-protected)")
    }

    @Test func missingContentIsAnError() {
        let data = DocxFixture.make(entries: [("mimetype", Data("application/vnd.oasis.opendocument.text".utf8))])
        let error = #expect(throws: DocumentError.self) { try OdtReader.read(data, path: "x.odt") }
        #expect(error?.reason == "not a valid .odt: missing content.xml")
    }

    @Test func aDocxIsNotAnOdt() {
        #expect(throws: DocumentError.self) { try OdtReader.read(DocxFixture.sample, path: "x.odt") }
    }
}
