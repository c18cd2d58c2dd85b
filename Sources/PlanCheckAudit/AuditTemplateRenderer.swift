import Mustache

/// Renders an audit through a Mustache template (`reports/audit.html.mustache`,
/// `reports/audit.md.mustache`, or an office's own copy given with `--template`).
///
/// Every value is escaped for the output as it is inserted, by Unicode scalar: for HTML by
/// `ScalarHTMLContentType` (documents are untrusted input, so `{{{…}}}` must never be used on
/// them), for Markdown by `MarkdownContentType`. The renderer switches the content type on itself,
/// so a copied template cannot forget it; Mustache's own HTML escaping, which compares grapheme
/// clusters, is never used.
package struct AuditTemplateRenderer: AuditRenderer {
    package enum ContentType: Sendable {
        case html
        case markdown
    }

    /// A template that does not parse, with where.
    package struct TemplateError: Error, CustomStringConvertible {
        package var line: Int
        package var column: Int
        package var reason: String
        package var description: String { "template line \(line), column \(column): \(reason)" }
    }

    private let template: MustacheTemplate

    package init(template text: String, contentType: ContentType) throws {
        let name: String
        switch contentType {
        case .html:
            ScalarHTMLContentType.register()
            name = ScalarHTMLContentType.name
        case .markdown:
            MarkdownContentType.register()
            name = MarkdownContentType.name
        }
        // A standalone pragma line: Mustache drops it from the output.
        let source = "{{% CONTENT_TYPE: \(name) }}\n" + text
        do {
            template = try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(line: error.context.lineNumber - 1, column: error.context.columnNumber, reason: "\(error.error)")
        }
    }

    package func render(_ report: AuditReport) -> String {
        let text = template.render(AuditTemplateData.make(report))
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
