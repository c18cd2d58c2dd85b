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

@Suite struct DocumentsOdtReaderTests {
    @Test func listsAndHeadingsAreNumberedAsLibreOfficeDrawsThem() throws {
        let styles = OdtFixture.listStyle("L1", levels: [
            OdtFixture.numberLevel(1, format: "一, 二, 三, ...", suffix: "、"),
            OdtFixture.numberLevel(2, format: "一, 二, 三, ...", prefix: "（", suffix: "）"),
            OdtFixture.numberLevel(3, format: "1", suffix: ".", followedBy: "listtab"),
            OdtFixture.numberLevel(4, format: "1", followedBy: "space", displayLevels: 2),
        ]) + "<text:list-style style:name=\"B1\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>"
            + "<text:outline-style style:name=\"Outline\">"
            + OdtFixture.numberLevel(1, format: "1", suffix: ".", element: "text:outline-level-style")
            + OdtFixture.numberLevel(2, format: "1", followedBy: "space", displayLevels: 2, element: "text:outline-level-style")
            + "</text:outline-style>"
        let body = """
            <text:p>某镇卫生院2025年工作计划</text:p>\
            <text:list text:style-name="L1" xml:id="list1">\
            <text:list-item><text:p>指导思想</text:p><text:p>同一条目的第二段</text:p></text:list-item>\
            <text:list-item><text:p>重点工作</text:p><text:list>\
            <text:list-item><text:p>院感防控</text:p></text:list-item>\
            <text:list-item><text:p>爱国卫生</text:p><text:list>\
            <text:list-item><text:p>灭鼠</text:p><text:list><text:list-item><text:p>春季</text:p></text:list-item></text:list></text:list-item>\
            <text:list-item><text:p>灭蚊</text:p></text:list-item>\
            </text:list></text:list-item></text:list></text:list-item></text:list>\
            <text:p>中间的段落</text:p>\
            <text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>保障措施</text:p></text:list-item></text:list>\
            <text:list text:style-name="L1"><text:list-header><text:p>列表标题</text:p></text:list-header>\
            <text:list-item><text:p>新的列表</text:p></text:list-item><text:list-item text:start-value="5"><text:p>从五起</text:p></text:list-item></text:list>\
            <text:list text:continue-list="list1"><text:list-item><text:p>接着第一个列表</text:p></text:list-item></text:list>\
            <text:list text:style-name="B1"><text:list-item><text:p>要点</text:p></text:list-item></text:list>\
            <text:h text:outline-level="1">章</text:h><text:h text:outline-level="2">节</text:h><text:h text:outline-level="2">又一节</text:h>\
            <text:h text:outline-level="1"><text:number>9.</text:number>自带编号</text:h>
            """
        let data = OdtFixture.make(content: OdtFixture.content(body: body, styles: styles))
        let paragraphs = try OdtReader.read(data, path: "计划.odt").paragraphs
        #expect(paragraphs == [
            "某镇卫生院2025年工作计划",
            "一、指导思想", "同一条目的第二段",
            "二、重点工作", "（一）院感防控", "（二）爱国卫生", "1.\t灭鼠", "1.1 春季", "2.\t灭蚊",
            "中间的段落",
            "三、保障措施",
            "列表标题", "一、新的列表", "五、从五起",
            "四、接着第一个列表",
            "要点",
            "1.章", "1.1 节", "1.2 又一节",
            "9.自带编号",
        ])
    }

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
        let error = #expect(throws: InputFileError.self) { try OdtReader.read(data, path: "密.odt") }
        #expect(error?.description == "密.odt: not a valid .odt: encrypted (password-protected)")
    }

    @Test func missingContentIsAnError() {
        let data = DocxFixture.make(entries: [("mimetype", Data("application/vnd.oasis.opendocument.text".utf8))])
        let error = #expect(throws: InputFileError.self) { try OdtReader.read(data, path: "x.odt") }
        #expect(error?.reason == "not a valid .odt: missing content.xml")
    }

    @Test func aDocxIsNotAnOdt() {
        #expect(throws: InputFileError.self) { try OdtReader.read(DocxFixture.sample, path: "x.odt") }
    }
}
