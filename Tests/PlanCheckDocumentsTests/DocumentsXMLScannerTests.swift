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

@Suite struct DocumentsXMLScannerTests {
    enum Seen: Equatable {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    func scan(_ xml: String) throws -> [Seen] {
        var seen: [Seen] = []
        try XMLScanner().scan(Array(xml.utf8)) { event in
            switch event {
            case let .start(name, attributes): seen.append(.start(name, attributes))
            case let .end(name): seen.append(.end(name))
            case let .text(text): seen.append(.text(text))
            }
        }
        return seen
    }

    @Test func tagsAttributesAndText() throws {
        let seen = try scan("<?xml version=\"1.0\"?>\n<a x='1' y=\"&lt;2&gt;\"><b/>文本</a>")
        #expect(seen == [.start("a", ["x": "1", "y": "<2>"]), .start("b", [:]), .end("b"), .text("文本"), .end("a")])
    }

    @Test func entitiesAndCharacterReferences() throws {
        let seen = try scan("<t>&lt;&gt;&amp;&quot;&apos;&#x536B;&#29983;&#x1F600;</t>")
        #expect(seen == [.start("t", [:]), .text("<>&\"'卫生😀"), .end("t")])
    }

    @Test func commentsProcessingInstructionsAndCDATA() throws {
        let seen = try scan("<r><!-- <x> --><?pi <y>?><![CDATA[<院感> & ]]></r>")
        #expect(seen == [.start("r", [:]), .text("<院感> & "), .end("r")])
    }

    @Test func plainDoctypeIsSkipped() throws {
        #expect(try scan("<!DOCTYPE html PUBLIC \"-//W3C//DTD\" \"x>y\"><html/>") == [.start("html", [:]), .end("html")])
    }

    @Test(.timeLimit(.minutes(1)))
    func billionLaughsIsRefusedWithoutExpanding() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1 == 0 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>"
        let failure = #expect(throws: XMLScanner.Failure.self) { try scan(xml) }
        #expect(failure?.message.contains("DOCTYPE") == true)
    }

    @Test func undefinedEntitiesAreErrors() {
        #expect(throws: XMLScanner.Failure.self) { try scan("<t>&lol9;</t>") }
        #expect(throws: XMLScanner.Failure.self) { try scan("<t>a & b</t>") }
        #expect(throws: XMLScanner.Failure.self) { try scan("<t>&#0;</t>") }
    }

    @Test func nestingDepthIsBounded() throws {
        let deep = String(repeating: "<a>", count: 600) + String(repeating: "</a>", count: 600)
        let failure = #expect(throws: XMLScanner.Failure.self) { try scan(deep) }
        #expect(failure?.message.contains("deeper") == true)
        let fine = String(repeating: "<a>", count: 500) + String(repeating: "</a>", count: 500)
        #expect(try scan(fine).count == 1000)
    }

    @Test func malformedXMLIsAnError() {
        #expect(throws: XMLScanner.Failure.self) { try scan("<a><b></a></b>") }
        #expect(throws: XMLScanner.Failure.self) { try scan("<a><b>") }
        #expect(throws: XMLScanner.Failure.self) { try scan("<a x=1/>") }
        #expect(throws: XMLScanner.Failure.self) { try scan("<a><!-- never closed </a>") }
        #expect(throws: XMLScanner.Failure.self) { try scan("") }
    }

    /// The byte ranges `scanLocated` gives are the exact bytes of each event: a comment is
    /// written into a document at them (`DocxCommentWriter`), so one byte off breaks the file.
    @Test func locatedEventsCarryTheirExactBytes() throws {
        let xml = "<?xml version=\"1.0\"?>\n<w:p a=\"&amp;\"><w:r><w:t>甲&lt;乙</w:t><w:tab/></w:r><![CDATA[丙]]></w:p>"
        let bytes = Array(xml.utf8)
        var seen: [String] = []
        try XMLScanner().scanLocated(bytes) { event, range in
            let raw = String(decoding: bytes[range], as: UTF8.self)
            switch event {
            case let .start(name, _): seen.append("start \(name) \(raw)")
            case let .end(name): seen.append("end \(name) \(raw)")
            case let .text(text): seen.append("text \(text) \(raw)")
            }
        }
        #expect(seen == [
            "start w:p <w:p a=\"&amp;\">", "start w:r <w:r>", "start w:t <w:t>", "text 甲<乙 甲&lt;乙", "end w:t </w:t>",
            "start w:tab <w:tab/>", "end w:tab ", "end w:r </w:r>", "text 丙 <![CDATA[丙]]>", "end w:p </w:p>",
        ])
    }
}
