import ArgumentParser
import Foundation
import PlanCheckCore

/// `--lang`: the language of plancheck's own words (labels, the summary, errors).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "The language of labels, the summary and errors: zh or en (default: from LC_ALL, LC_MESSAGES or LANG; zh when it is zh_*).",
        valueName: "zh|en"))
    var language: ReportLanguage?

    /// `--lang`, else the locale's.
    var resolved: ReportLanguage {
        language ?? ReportLanguage.fromLocale(ProcessInfo.processInfo.environment)
    }
}

extension ReportLanguage: PlainArgument {}
