/// An output format of `plancheck check --format`: a reporter type from the list below. A new
/// format is one reporter file and one line in `all`.
package struct ReportFormat: Sendable, Hashable, CustomStringConvertible {
    package let reporter: any Reporter.Type

    /// Every output format, in the order `--format`'s help lists them.
    package static let all: [ReportFormat] = [
        TextReporter.self,
        JSONReporter.self,
        SARIFReporter.self,
        JUnitReporter.self,
        GitHubReporter.self,
        CSVReporter.self,
        CodeClimateReporter.self,
        RDJSONReporter.self,
    ].map(ReportFormat.init(reporter:))

    package init(reporter: any Reporter.Type) {
        self.reporter = reporter
    }

    /// The format `--format NAME` names, if there is one.
    package init?(identifier: String) {
        guard let format = Self.all.first(where: { $0.identifier == identifier }) else { return nil }
        self = format
    }

    package static let text = ReportFormat(reporter: TextReporter.self)

    /// The format a report file's extension names (`report.sarif`, `out.json`), the first in
    /// `all` that takes it; `nil` for a name without one (`/dev/null`, `report`).
    package init?(fileName: String) {
        guard let fileExtension = Self.fileExtension(of: fileName),
              let format = Self.all.first(where: { $0.fileExtensions.contains(fileExtension) })
        else { return nil }
        self = format
    }

    /// The usual extensions of this format's files, the first the usual one.
    package var fileExtensions: [String] { reporter.fileExtensions }

    /// Whether a file named so may hold this format: its extension is one of the format's, or
    /// one no format claims (`/dev/stdout`, `findings.out`).
    package func suits(fileName: String) -> Bool {
        guard let fileExtension = Self.fileExtension(of: fileName) else { return true }
        return fileExtensions.contains(fileExtension) || Self.all.allSatisfy { !$0.fileExtensions.contains(fileExtension) }
    }

    /// The lower-cased extension of the last path component, if it has one.
    static func fileExtension(of fileName: String) -> String? {
        let name = fileName.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }

    package var identifier: String { reporter.identifier }
    package var description: String { identifier }

    /// Whether the report is written document by document as they are checked.
    package var streams: Bool { reporter is any StreamingReporter.Type }

    package func makeReporter(colors: Bool = false) -> any Reporter {
        makeReporter(options: ReporterOptions(colors: colors))
    }

    package func makeReporter(options: ReporterOptions) -> any Reporter {
        reporter.init(options: options)
    }

    package static func == (left: ReportFormat, right: ReportFormat) -> Bool { left.identifier == right.identifier }
    package func hash(into hasher: inout Hasher) { hasher.combine(identifier) }
}
