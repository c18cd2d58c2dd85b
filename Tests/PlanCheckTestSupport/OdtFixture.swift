import Foundation

/// Builds small but valid .odt packages in memory, the way LibreOffice lays them out.
package enum OdtFixture {
    package static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
        </manifest:manifest>
        """

    /// content.xml; `styles` goes into its automatic styles (list styles, say).
    package static func content(body: String, styles: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
          <office:automatic-styles>\(styles)</office:automatic-styles>
          <office:body>
            <office:text>
              <text:sequence-decls/>
              \(body)
            </office:text>
          </office:body>
        </office:document-content>
        """
    }

    /// A sample plan with headings, spaces, tabs, a list, a table, a footnote and a comment.
    package static let sampleBody = """
        <text:p text:style-name="Title">某镇卫生院2025年工作计划</text:p>
        <text:h text:style-name="Heading_20_1" text:outline-level="1">一、指导思想</text:h>
        <text:p>以人民健康为中心，
            坚持预防为主。</text:p>
        <text:h text:outline-level="2">（一）加强院感防控<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>\
        <text:note-body><text:p>脚注不算正文</text:p></text:note-body></text:note></text:h>
        <text:list><text:list-item><text:p>1.<text:tab/>落实预检分诊制度<text:line-break/>每月督查</text:p></text:list-item></text:list>
        <table:table table:name="表1"><table:table-row>\
        <table:table-cell><text:p>两癌筛查</text:p></table:table-cell>\
        <table:table-cell><text:p>完成率<text:s text:c="3"/>95%</text:p></table:table-cell>\
        </table:table-row></table:table>
        <text:p><office:annotation><text:p>批注</text:p></office:annotation>做好“除四害”&lt;病媒&gt;&amp;消杀</text:p>
        <text:h>二、无级别标题</text:h>
        <text:p/>
        """

    package static let sampleParagraphs = [
        "某镇卫生院2025年工作计划",
        "一、指导思想",
        "以人民健康为中心， 坚持预防为主。",
        "（一）加强院感防控",
        "1.\t落实预检分诊制度 每月督查",
        "两癌筛查",
        "完成率   95%",
        "做好“除四害”<病媒>&消杀",
        "二、无级别标题",
        "",
    ]

    package static let sampleHeadingLevels = [2: 1, 4: 2, 9: 1]

    package static var sample: Data { make(content: content(body: sampleBody)) }

    /// One numbered level of a list style, as LibreOffice writes it.
    package static func numberLevel(_ level: Int, format: String, prefix: String = "", suffix: String = "", followedBy: String = "nothing",
                            displayLevels: Int = 1, element: String = "text:list-level-style-number") -> String {
        "<\(element) text:level=\"\(level)\" style:num-format=\"\(format)\" style:num-prefix=\"\(prefix)\" style:num-suffix=\"\(suffix)\""
            + (displayLevels > 1 ? " text:display-levels=\"\(displayLevels)\"" : "")
            + "><style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
            + "<style:list-level-label-alignment text:label-followed-by=\"\(followedBy)\"/></style:list-level-properties></\(element)>"
    }

    package static func listStyle(_ name: String, levels: [String]) -> String {
        "<text:list-style style:name=\"\(name)\">\(levels.joined())</text:list-style>"
    }

    package static func make(content: String, manifest: String = OdtFixture.manifest) -> Data {
        DocxFixture.make(entries: [
            // ODF wants the mimetype first; our reader does not care, but keep the files real.
            ("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
            ("META-INF/manifest.xml", Data(manifest.utf8)),
            ("content.xml", Data(content.utf8)),
        ])
    }
}
