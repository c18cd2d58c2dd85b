/// The output formats `plancheck check --format` offers.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Human-readable findings with the source line and a caret, for a terminal.
    case text
    /// Everything in `Results`, for other programs.
    case json

    /// The reporter for this format. `colors` asks for ANSI colours where the format has any; the
    /// caller decides it (a terminal on stdout, no `NO_COLOR`).
    public func makeReporter(colors: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(colors: colors)
        case .json: JSONReporter()
        }
    }
}
