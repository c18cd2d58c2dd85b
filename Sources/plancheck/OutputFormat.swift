import ArgumentParser
import PlanCheckKit

// `--format` takes the library's report formats by name.
extension ReportFormat: ExpressibleByArgument {}
