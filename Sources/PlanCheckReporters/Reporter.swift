import PlanCheckCore

/// Turns the results of a run into one output format. Reporters read `Results` and nothing else:
/// no files, no rules, no engine. Each is one file that says what it is; `ReportFormat.all` lists
/// them, and `--format` and its help are made from that list.
package protocol Reporter: Sendable {
    /// The name `--format` takes.
    static var identifier: String { get }
    /// Who reads it, for `--format`'s help.
    static var description: String { get }
    /// The extensions (lower case, no dot) a file of this format may have, the usual one first:
    /// `-o report.sarif` picks the format, and `--format json -o report.xml` is refused.
    static var fileExtensions: [String] { get }
    init(options: ReporterOptions)
    /// The whole report, ending in a newline. The same results always give the same bytes.
    func render(_ results: Results) -> String
}

extension Reporter {
    package static var fileExtensions: [String] { [] }
}

/// What the command line tells every reporter; each uses what applies to it.
package struct ReporterOptions: Sendable {
    /// ANSI colours where the format has any; the caller decides (a terminal on stdout, no `NO_COLOR`).
    package var colors = false
    /// How wide the terminal draws East Asian Ambiguous characters (`“”…—·`): narrow in most.
    package var displayWidth = DisplayWidth(ambiguousIsWide: false)
    /// The terminal's width in columns, for text that should not wrap.
    package var terminalWidth = 80
    /// The language of the reporter's own words (labels, summary); rule messages stay as written.
    package var language = ReportLanguage.en
    /// `--fail-on`: findings at or above it fail the run, and formats that mark pass and fail
    /// (JUnit) mark them so; `nil` (`--fail-on none`) fails nothing.
    package var failureThreshold: Severity?

    package init(colors: Bool = false, displayWidth: DisplayWidth = DisplayWidth(ambiguousIsWide: false),
                 terminalWidth: Int = 80, language: ReportLanguage = .en, failureThreshold: Severity? = .error) {
        self.colors = colors
        self.displayWidth = displayWidth
        self.terminalWidth = terminalWidth
        self.language = language
        self.failureThreshold = failureThreshold
    }
}

/// What a report says before its documents: the tool and the rules that ran.
package struct ReportHeader: Sendable {
    package var toolName: String
    package var toolVersion: String
    package var rules: [RuleDescriptor]

    package init(toolName: String = PlanCheck.name, toolVersion: String = PlanCheck.version, rules: [RuleDescriptor]) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.rules = rules
    }
}

/// A reporter that writes each document as soon as it is checked, so a run over ten thousand
/// documents holds one document's results at a time, not all of them. `render` is the three
/// parts joined, so whole and streamed output are the same bytes.
///
/// A document's text does not depend on its place in the report (what goes between documents is
/// `separator`), so documents can be rendered on the threads that checked them.
package protocol StreamingReporter: Reporter {
    func header(_ header: ReportHeader) -> String
    func document(_ document: DocumentResult) -> String
    /// `document(_:)` as UTF-8 bytes, for writing out: a reporter that builds bytes anyway
    /// returns them without the round trip through a checked `String`.
    func documentUTF8(_ document: DocumentResult) -> [UInt8]
    /// Written between two documents.
    var separator: String { get }
    func footer(_ summary: Summary) -> String
}

extension StreamingReporter {
    package var separator: String { "" }

    package func documentUTF8(_ document: DocumentResult) -> [UInt8] {
        Array(self.document(document).utf8)
    }

    package func render(_ results: Results) -> String {
        var output = header(ReportHeader(toolName: results.toolName, toolVersion: results.toolVersion, rules: results.rules))
        for (index, document) in results.documents.enumerated() {
            if index > 0 { output += separator }
            output += self.document(document)
        }
        return output + footer(results.summary)
    }
}
