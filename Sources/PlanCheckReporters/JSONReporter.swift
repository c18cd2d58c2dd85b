import PlanCheckCore

/// Everything in `Results` as one JSON document, for other programs.
///
/// Keys come in a fixed order and every key is always present (`null` when there is no value), so
/// the same results give the same bytes and consumers never test for a missing key. Lines and
/// columns are 1-indexed, columns count Unicode scalars; `endLine`/`endColumn` are exclusive (just
/// after the match). `utf16Offset`/`utf16Length` locate the match in the decoded text.
package struct JSONReporter: StreamingReporter {
    package static let identifier = "json"
    package static let description = "everything in the results, for other programs"
    package static let fileExtensions = ["json"]

    package init() {}

    package init(options: ReporterOptions) {
        self.init()
    }

    package func header(_ header: ReportHeader) -> String {
        let tool = JSONValue.object([("name", .string(header.toolName)), ("version", .string(header.toolVersion))])
        return "{\n  \"tool\": " + tool.serialized(indent: 1) + ",\n  \"documents\": ["
    }

    package func document(_ document: DocumentResult) -> String {
        String(decoding: documentUTF8(document), as: UTF8.self)
    }

    package func documentUTF8(_ document: DocumentResult) -> [UInt8] {
        // About a kilobyte per finding and 150 bytes per element: reserved once rather than grown by doubling.
        var writer = JSONWriter(capacity: 1024 + 160 * document.elements.count + 1280 * document.findings.count, depth: 2)
        writer.raw("\n    ")
        writer.beginObject()
        writer.member("path", document.path)
        writer.member("piece", document.piece)
        writer.member("displayName", document.displayName)
        writer.member("title", document.title)
        writer.member("kind", document.kind?.rawValue)
        writer.member("year", document.year)
        writer.member("issuer", document.issuer)
        writer.member("issuerType", document.issuerType?.rawValue)
        writer.member("encoding", document.encoding)
        writer.key("elements")
        writer.beginArray(count: document.elements.count)
        for element in document.elements {
            writer.element()
            write(element, into: &writer)
        }
        writer.endArray(count: document.elements.count)
        writer.key("findings")
        let findings = document.findingsInReportOrder
        writer.beginArray(count: findings.count)
        for finding in findings {
            writer.element()
            write(finding, into: &writer)
        }
        writer.endArray(count: findings.count)
        writer.endObject()
        return writer.finish()
    }

    package var separator: String { "," }

    package func footer(_ summary: Summary) -> String {
        let counts = JSONValue.object([
            ("documents", .int(summary.documents)),
            ("errors", .int(summary.errors)),
            ("warnings", .int(summary.warnings)),
            ("infos", .int(summary.infos)),
            ("suppressed", .object([
                ("baseline", .int(summary.suppressedByBaseline)),
                ("comments", .int(summary.suppressedByComments)),
            ])),
        ])
        return (summary.documents == 0 ? "]" : "\n  ]") + ",\n  \"summary\": " + counts.serialized(indent: 1) + "\n}\n"
    }

    private func write(_ element: ElementResult, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("rule", element.ruleID)
        writer.member("title", element.title)
        writer.member("status", element.status.rawValue)
        // Why an element is not applicable; only those carry it.
        if let reason = element.reason { writer.member("reason", reason) }
        // What a met element can be checked by; only those that have it carry it.
        if let target = element.target { writer.member("target", target) }
        writer.key("evidence")
        writer.beginArray(count: element.evidence.count)
        for evidence in element.evidence {
            writer.element()
            writer.beginObject()
            writer.member("line", evidence.position.line)
            writer.member("column", evidence.position.column)
            writer.member("text", evidence.text)
            writer.endObject()
        }
        writer.endArray(count: element.evidence.count)
        writer.endObject()
    }

    /// Written without a `JSONValue` tree: reports hold tens of findings per document.
    private func write(_ finding: Finding, into writer: inout JSONWriter) {
        let span = finding.span
        writer.beginObject()
        writer.member("rule", finding.ruleID)
        writer.member("severity", finding.severity.rawValue)
        writer.member("message", finding.message)
        writer.member("hint", finding.hint)
        writer.member("line", span?.start.line)
        writer.member("column", span?.start.column)
        writer.member("endLine", span?.end.line)
        writer.member("endColumn", span?.end.column)
        writer.member("utf16Offset", span?.utf16Range.lowerBound)
        writer.member("utf16Length", span?.utf16Range.count)
        writer.member("match", finding.match)
        writer.member("replacement", finding.replacement)
        writer.member("lineText", finding.lineText)
        // Only for a line cut around the finding: where its text starts in the line.
        if finding.lineTextColumn != 1 { writer.member("lineTextColumn", finding.lineTextColumn) }
        writer.endObject()
    }
}
