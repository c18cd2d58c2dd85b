/// The output formats `plancheck check --format` offers.
package enum ReportFormat: String, Sendable, CaseIterable {
    /// Human-readable findings with the source line and a caret, for a terminal.
    case text
    /// Everything in `Results`, for other programs.
    case json
    /// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
    case sarif
    /// JUnit XML, one test suite per document and one test case per rule, for CI dashboards.
    case junit
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`), annotations on a run.
    case github
    /// One row per finding, UTF-8 with BOM, for Excel.
    case csv

    /// The reporter for this format. `colors` asks for ANSI colours where the format has any; the
    /// caller decides it (a terminal on stdout, no `NO_COLOR`).
    package func makeReporter(colors: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(colors: colors)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubReporter()
        case .csv: CSVReporter()
        }
    }
}
