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
