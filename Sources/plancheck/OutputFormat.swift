import ArgumentParser
import PlanCheckKit

/// `--format` of `plancheck check`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    func reporter(colors: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(colors: colors)
        case .json: JSONReporter()
        }
    }
}
