import Mustache

/// Renders an audit through a Mustache template (`reports/audit.html.mustache`,
/// `reports/audit.md.mustache`, or an office's own copy given with `--template`).
///
/// Every value is escaped for the output as it is inserted: for HTML by Mustache's own escaping
/// (documents are untrusted input, so `{{{…}}}` must never be used on them), for Markdown by
/// `MarkdownContentType`, which the renderer switches on itself so a copied template cannot forget it.
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
        var source = text
        if contentType == .markdown {
            MarkdownContentType.register()
            // A standalone pragma line: Mustache drops it from the output.
            source = "{{% CONTENT_TYPE: \(MarkdownContentType.name) }}\n" + text
        }
        do {
            template = try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            let shift = contentType == .markdown ? 1 : 0
            throw TemplateError(line: error.context.lineNumber - shift, column: error.context.columnNumber, reason: "\(error.error)")
        }
    }

    package func render(_ report: AuditReport) -> String {
        let text = template.render(AuditTemplateData.make(report))
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
