import ArgumentParser
import PlanCheckReporters

// `--format` takes the reporters' identifiers; its help lists each with its description, from
// the reporters themselves.
extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(identifier: argument)
    }

    public var defaultValueDescription: String { identifier }

    public static var allValueStrings: [String] { all.map(\.identifier) }

    public static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: all.map { ($0.identifier, $0.reporter.description) })
    }
}
