import ArgumentParser
import PlanCheckReporters

/// `--also-output FORMAT=FILE`: one more report of the same run in another format, so a CI job
/// checks once and gets, say, GitHub annotations in its log and SARIF for code scanning.
struct AdditionalOutput: Equatable {
    let format: ReportFormat
    let path: String

    /// `sarif=plancheck.sarif`; anything else is refused with the formats there are.
    static func parse(_ argument: String) throws -> AdditionalOutput {
        let formats = ReportFormat.all.map(\.identifier).joined(separator: ", ")
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
            throw ValidationError("give FORMAT=FILE, e.g. sarif=plancheck.sarif (formats: \(formats))")
        }
        let name = String(argument[..<equals])
        guard let format = ReportFormat(identifier: name) else {
            throw ValidationError("no format '\(name)' (formats: \(formats))")
        }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { throw ValidationError("the file name after = is missing") }
        return AdditionalOutput(format: format, path: path)
    }
}
