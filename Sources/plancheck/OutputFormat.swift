import ArgumentParser
import PlanCheckReporters

// `--format` takes the library's report formats by name.
extension ReportFormat: ExpressibleByArgument {}
