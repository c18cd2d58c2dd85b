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
        var output = Array("\n    ".utf8)
        self.document(document).write(into: &output, indent: 2)
        return output
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

    private func document(_ document: DocumentResult) -> JSONValue {
        .object([
            ("path", .string(document.path)),
            ("piece", .int(document.piece)),
            ("displayName", .string(document.displayName)),
            ("title", .string(document.title)),
            ("kind", .string(document.kind)),
            ("year", .int(document.year)),
            ("issuer", .string(document.issuer)),
            ("encoding", .string(document.encoding)),
            ("elements", .array(document.elements.map(element))),
            ("findings", .array(document.findingsInReportOrder.map(finding))),
        ])
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

    private func finding(_ finding: Finding) -> JSONValue {
        let span = finding.span
        return .object([
            ("rule", .string(finding.ruleID)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("hint", .string(finding.hint)),
            ("line", .int(span?.start.line)),
            ("column", .int(span?.start.column)),
            ("endLine", .int(span?.end.line)),
            ("endColumn", .int(span?.end.column)),
            ("utf16Offset", .int(span?.utf16Range.lowerBound)),
            ("utf16Length", .int(span?.utf16Range.count)),
            ("match", .string(finding.match)),
            ("replacement", .string(finding.replacement)),
            ("lineText", .string(finding.lineText)),
        ])
    }
}
