import PlanCheckCore

/// `plancheck merge`: the reports of the shards of one run (`check --shard i/n`) joined into
/// the report the run would have written unsharded, byte for byte.
///
/// Reports are read back as JSON trees and written again by `JSONValue`, the writer that wrote
/// them, so every key the reporters write passes through unchanged; only the parts that depend
/// on the whole run are rebuilt (the order of documents, the summary, SARIF's rule list).
package enum ReportMerge {
    /// The merged report, and its format. `format`: the format the reports must be in, when the
    /// caller insists on one.
    package static func merge(_ reports: [ShardReport], format: ShardReport.Format? = nil) throws(ReportMergeError) -> (format: ShardReport.Format, text: String) {
        guard let first = reports.first else { throw ReportMergeError("give the reports of the shards to merge") }
        for report in reports {
            if let format, report.format != format {
                throw ReportMergeError("\(report.file) is a \(report.format.name) report, not \(format.name): merge writes the format of the reports it reads")
            }
            guard report.format == first.format else {
                throw ReportMergeError("\(report.file) is a \(report.format.name) report and \(first.file) a \(first.format.name) report: merge reports of one format")
            }
            guard report.tool == first.tool else {
                throw ReportMergeError("\(report.file) was written by \(report.tool), \(first.file) by \(first.tool): merge the reports of one plancheck version")
            }
        }
        let merged = switch first.format {
        case .json: try JSONReportMerge.merge(reports)
        case .sarif: try SARIFReportMerge.merge(reports)
        }
        return (first.format, merged.serialized)
    }

    /// The message for a document two reports hold: shards overlap only when they were made
    /// with different `n`, or one report was given twice.
    static func duplicate(_ place: DocumentPlace, in file: String, alsoIn other: String) -> ReportMergeError {
        ReportMergeError("\(file) and \(other) both hold \(place.displayName): give each shard's report once, of shards i/n of one n")
    }

    /// The message for reports made with different rules.
    static func otherRules(_ file: String, than other: String, _ what: String) -> ReportMergeError {
        ReportMergeError("\(file) was made with other rules than \(other) (\(what)): merge the shards of one run, with one configuration")
    }
}
