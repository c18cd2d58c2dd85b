/// The formats `plancheck audit` writes.
package enum AuditFormat: String, Sendable, CaseIterable {
    /// One self-contained page: styles, script and charts inline, nothing fetched.
    case html
    /// The same content as Markdown tables, for a wiki page or a merge request.
    case markdown
    /// The coverage matrix and the findings for Excel: UTF-8 with BOM, CRLF.
    case csv

    /// The format a file name asks for by its extension (`.html`/`.htm`, `.md`/`.markdown`, `.csv`).
    package init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The bundled template (`reports/NAME`); `nil` for CSV, which is not templated.
    package var templateName: String? {
        switch self {
        case .html: "audit.html.mustache"
        case .markdown: "audit.md.mustache"
        case .csv: nil
        }
    }

    /// The renderer for this format. `template` is the text of a Mustache template to use instead
    /// of the bundled one; CSV has no template and ignores it.
    package func makeRenderer(template: String? = nil) throws -> any AuditRenderer {
        switch self {
        case .html: try AuditTemplateRenderer(template: template ?? Self.bundled("audit.html.mustache"), contentType: .html)
        case .markdown: try AuditTemplateRenderer(template: template ?? Self.bundled("audit.md.mustache"), contentType: .markdown)
        case .csv: AuditCSVRenderer()
        }
    }

    private static func bundled(_ name: String) -> String {
        guard let text = ReportTemplates.text(named: name) else {
            preconditionFailure("reports/\(name) is not embedded: the build plugin did not run over reports/")
        }
        return text
    }
}
