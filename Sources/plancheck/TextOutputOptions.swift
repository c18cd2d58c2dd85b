import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckReporters

/// How the words plancheck writes are shown: their language, and how the terminal draws
/// characters whose width differs between Western and CJK setups.
struct TextOutputOptions: ParsableArguments {
    @Option(name: .customLong("ambiguous-width"), help: ArgumentHelp(
        "Cells a terminal gives East Asian Ambiguous characters (“”…—·): 1 for most terminals, 2 for CJK-legacy ones (carets under Chinese text line up when this matches).",
        valueName: "1|2"))
    var ambiguousWidth: AmbiguousWidth = .narrow

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "The language of labels, the summary and errors: zh or en (default: from LC_ALL, LC_MESSAGES or LANG; zh when it is zh_*).",
        valueName: "zh|en"))
    var language: ReportLanguage?

    /// `--lang`, else the locale's.
    var resolvedLanguage: ReportLanguage {
        language ?? ReportLanguage.fromLocale(ProcessInfo.processInfo.environment)
    }

    func reporterOptions(colors: Bool) -> ReporterOptions {
        ReporterOptions(
            colors: colors, displayWidth: DisplayWidth(ambiguousIsWide: ambiguousWidth == .wide),
            terminalWidth: TerminalWidth.current(), language: resolvedLanguage
        )
    }
}

/// `--ambiguous-width`.
enum AmbiguousWidth: String, ExpressibleByArgument, CaseIterable {
    case narrow = "1"
    case wide = "2"
}

extension ReportLanguage: ExpressibleByArgument {}
