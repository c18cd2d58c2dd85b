import Foundation
import PlanCheckCore

/// The language of command-line errors. An error can come before the arguments parse (an
/// unknown option), so `--lang` is read from the raw arguments here rather than from a parsed
/// command; without it the locale decides (`ReportLanguage.fromLocale`).
enum CommandLineLanguage {
    static func current(arguments: [String] = CommandLine.arguments,
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> ReportLanguage {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument.hasPrefix("--lang="), let language = ReportLanguage(rawValue: String(argument.dropFirst(7))) {
                return language
            }
            if argument == "--lang", index + 1 < arguments.count, let language = ReportLanguage(rawValue: arguments[index + 1]) {
                return language
            }
        }
        return ReportLanguage.fromLocale(environment)
    }
}
