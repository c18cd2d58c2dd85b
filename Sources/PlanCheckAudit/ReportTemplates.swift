/// The report templates bundled with plancheck (from the package's `reports/` folder, embedded
/// at build time), for the audit reporters.
package enum ReportTemplates {
    /// Each file's path (`reports/name.mustache`) and text, sorted by path.
    package static var files: [(path: String, text: String)] { embeddedReportTemplates }

    /// The bundled template at `reports/NAME`, if there is one.
    package static func text(named name: String) -> String? {
        files.first { $0.path == "reports/" + name }?.text
    }
}
