import PlanCheckReporters

/// What `check` says when `--format` and the `--output` file's extension disagree: a SARIF file
/// holding text is worse than no file, since the tool reading it fails far from the cause.
enum ReportFormatChoice {
    static func mismatch(format: ReportFormat, fileName: String) -> String {
        let named = ReportFormat(fileName: fileName)
        let usual = format.fileExtensions.first.map { " end the file in .\($0), or" } ?? ""
        return "--format \(format.identifier) does not suit '\(fileName)'"
            + (named.map { ", which names a \($0.identifier) report" } ?? "")
            + ":\(usual) give --format \(named?.identifier ?? "to match")"
    }

    /// The same for `--also-output FORMAT=FILE`.
    static func mismatch(alsoOutput format: ReportFormat, fileName: String) -> String {
        let named = ReportFormat(fileName: fileName)
        let usual = format.fileExtensions.first.map { " end the file in .\($0), or" } ?? ""
        return "--also-output \(format.identifier)=\(fileName): a \(format.identifier) report does not suit '\(fileName)'"
            + (named.map { ", which names a \($0.identifier) report" } ?? "")
            + ":\(usual) write \(named?.identifier ?? "another format")=\(fileName)"
    }
}
