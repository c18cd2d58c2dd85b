import PlanCheckCore

/// Joins `--format json` reports of shards: every document in the single run's order, and the
/// summary as the sum of the shards' summaries. Summed rather than counted again from the
/// findings: under `--quiet` a report shows fewer findings than its summary counts.
enum JSONReportMerge {
    static func merge(_ reports: [ShardReport]) throws(ReportMergeError) -> JSONValue {
        var documents: [(place: DocumentPlace, item: JSONValue)] = []
        var holder: [DocumentPlace: String] = [:]
        var summary: JSONValue?
        // The required elements every readable document lists, the only trace of the rules
        // a JSON report keeps.
        var elements: (list: [JSONValue], file: String)?
        for report in reports {
            guard let shardDocuments = report.value["documents"]?.arrayValue, let shardSummary = report.value["summary"] else {
                throw ReportMergeError.notAReport(report.file, "no documents and summary")
            }
            for document in shardDocuments {
                guard let path = document["path"]?.stringValue else { throw ReportMergeError.notAReport(report.file, "a document without a path") }
                let place = DocumentPlace(path: path, piece: document["piece"]?.intValue)
                if let other = holder.updateValue(report.file, forKey: place) {
                    throw ReportMerge.duplicate(place, in: report.file, alsoIn: other)
                }
                documents.append((place, document))
                if let listed = document["elements"]?.arrayValue, !listed.isEmpty {
                    let list = listed.map { JSONValue.array([$0["rule"] ?? .null, $0["title"] ?? .null]) }
                    if let elements, elements.list != list {
                        throw ReportMerge.otherRules(report.file, than: elements.file, "its documents are held to other required elements")
                    }
                    elements = elements ?? (list, report.file)
                }
            }
            guard let total = summary else {
                summary = shardSummary
                continue
            }
            guard let sum = sum(total, shardSummary) else { throw ReportMergeError.notAReport(report.file, "a summary of another shape") }
            summary = sum
        }
        let ordered = DocumentPlace.inRunOrder(documents).map(\.item)
        return reports[0].value.replacing("documents", with: .array(ordered)).replacing("summary", with: summary ?? .null)
    }

    /// Numbers added, objects member by member; `nil` when the two differ in shape.
    private static func sum(_ left: JSONValue, _ right: JSONValue) -> JSONValue? {
        switch (left, right) {
        case let (.int(a), .int(b)):
            return .int(a + b)
        case let (.object(a), .object(b)):
            guard a.count == b.count else { return nil }
            var members: [(key: String, value: JSONValue)] = []
            for (x, y) in zip(a, b) {
                guard x.key == y.key, let value = sum(x.value, y.value) else { return nil }
                members.append((x.key, value))
            }
            return .object(members)
        default:
            return nil
        }
    }
}
