/// Everything in `Results` as one JSON document, for other programs.
///
/// Keys come in a fixed order and every key is always present (`null` when there is no value), so
/// the same results give the same bytes and consumers never test for a missing key. Lines and
/// columns are 1-indexed, columns count Unicode scalars; `endLine`/`endColumn` are exclusive (just
/// after the match). `utf16Offset`/`utf16Length` locate the match in the decoded text.
public struct JSONReporter: StreamingReporter {
    public init() {}

    public func header(_ header: ReportHeader) -> String {
        let tool = JSONValue.object([("name", .string(header.toolName)), ("version", .string(header.toolVersion))])
        return "{\n  \"tool\": " + tool.serialized(indent: 1) + ",\n  \"documents\": ["
    }

    public func document(_ document: DocumentResult) -> String {
        String(decoding: documentUTF8(document), as: UTF8.self)
    }

    public func documentUTF8(_ document: DocumentResult) -> [UInt8] {
        var writer = JSONWriter(bytes: Array("\n    ".utf8), depth: 2)
        // About a kilobyte per finding: reserved once rather than grown by doubling.
        writer.bytes.reserveCapacity(1024 + 1280 * document.findings.count)
        writer.beginObject()
        writer.member("path", document.path)
        writer.member("piece", document.piece)
        writer.member("displayName", document.displayName)
        writer.member("title", document.title)
        writer.member("kind", document.kind)
        writer.member("year", document.year)
        writer.member("issuer", document.issuer)
        writer.member("encoding", document.encoding)
        writer.key("elements")
        writer.value(.array(document.elements.map(element)))
        writer.key("findings")
        let findings = document.findingsInReportOrder
        writer.beginArray(count: findings.count)
        for finding in findings {
            writer.element()
            write(finding, into: &writer)
        }
        writer.endArray(count: findings.count)
        writer.endObject()
        return writer.bytes
    }

    public var separator: String { "," }

    public func footer(_ summary: Summary) -> String {
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

    private func element(_ element: ElementResult) -> JSONValue {
        .object([
            ("rule", .string(element.ruleID)),
            ("title", .string(element.title)),
            ("status", .string(element.status.rawValue)),
            ("evidence", .array(element.evidence.map { evidence in
                .object([
                    ("line", .int(evidence.position.line)),
                    ("column", .int(evidence.position.column)),
                    ("text", .string(evidence.text)),
                ])
            })),
        ])
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
        writer.endObject()
    }
}
