import PlanCheckCore

/// One shard's report as `plancheck merge` reads it: the file it came from, its format, the
/// plancheck that wrote it, and the report itself as an order-keeping JSON tree.
package struct ShardReport {
    /// The formats a report of a shard can be merged in: those whose whole run the report holds.
    package enum Format: String, CaseIterable, Sendable {
        case json
        case sarif

        var name: String { self == .json ? "JSON" : "SARIF" }
    }

    /// The file name as given, for errors.
    package let file: String
    package let format: Format
    package let value: JSONValue
    /// `plancheck 0.1.0`: reports of two versions may differ in more than their documents.
    let tool: String

    /// Reads a report of either format, telling them apart by their top-level keys.
    package init(file: String, bytes: [UInt8]) throws(ReportMergeError) {
        self.file = file
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw ReportMergeError.notAReport(file, "not JSON at \(error)")
        }
        let driver: JSONValue?
        if value["$schema"] != nil, let runs = value["runs"]?.arrayValue {
            format = .sarif
            guard runs.count == 1 else { throw ReportMergeError.notAReport(file, "\(runs.count) runs, where plancheck writes one") }
            driver = runs[0]["tool"]?["driver"]
        } else if value["documents"] != nil {
            format = .json
            driver = value["tool"]
        } else {
            throw ReportMergeError.notAReport(file, "neither documents nor runs")
        }
        guard let name = driver?["name"]?.stringValue, let version = driver?["version"]?.stringValue else {
            throw ReportMergeError.notAReport(file, "no tool name and version")
        }
        tool = "\(name) \(version)"
    }
}
