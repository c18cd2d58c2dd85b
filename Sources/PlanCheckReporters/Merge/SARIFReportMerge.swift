import PlanCheckCore

/// Joins SARIF reports of shards: one run whose results are the shards' in the single run's
/// order of documents, under the rule list the single run has.
///
/// `SARIFReporter` lists the rules that ran, then a made-up descriptor for each other rule id a
/// finding has (kind `tool` or `unknown`), sorted by id; `ruleIndex` points into that list. So
/// the rules that ran must be the same in every shard (else the shards ran other rules), the
/// made-up ones are gathered from all shards, and every `ruleIndex` is pointed anew.
enum SARIFReportMerge {
    /// The kinds `SARIFReporter.descriptors(for:)` gives the descriptors it makes up.
    static let madeUpKinds: Set<String> = ["tool", "unknown"]

    static func merge(_ reports: [ShardReport]) throws(ReportMergeError) -> JSONValue {
        var groups: [(place: DocumentPlace, item: (results: [JSONValue], file: String))] = []
        var holder: [DocumentPlace: String] = [:]
        var ran: [JSONValue]?
        var madeUp: [(rule: JSONValue, file: String)] = []
        for report in reports {
            guard let run = report.value["runs"]?.arrayValue?.first, let rules = run["tool"]?["driver"]?["rules"]?.arrayValue,
                  let results = run["results"]?.arrayValue else {
                throw ReportMergeError.notAReport(report.file, "no rules and results")
            }
            let split = rules.lastIndex { !madeUpKinds.contains($0["properties"]?["kind"]?.stringValue ?? "") }.map { $0 + 1 } ?? 0
            let shardRan = Array(rules[..<split])
            if let ran, ran != shardRan {
                throw ReportMerge.otherRules(report.file, than: reports[0].file, "its list of rules differs")
            }
            ran = ran ?? shardRan
            madeUp += rules[split...].map { ($0, report.file) }
            // A document's results are written together: a new place starts a new group.
            for result in results {
                guard let place = place(of: result) else { throw ReportMergeError.notAReport(report.file, "a result without a location") }
                if let last = groups.last, last.place == place, last.item.file == report.file {
                    groups[groups.count - 1].item.results.append(result)
                    continue
                }
                if let other = holder.updateValue(report.file, forKey: place) {
                    throw ReportMerge.duplicate(place, in: report.file, alsoIn: other)
                }
                groups.append((place, ([result], report.file)))
            }
        }
        let ordered = DocumentPlace.inRunOrder(groups)
        let rules = (ran ?? []) + madeUpRules(madeUp, filesInRunOrder: ordered.map(\.item.file))
        var index: [String: Int] = [:]
        for (offset, rule) in rules.enumerated() {
            if let id = rule["id"]?.stringValue, index[id] == nil { index[id] = offset }
        }
        let results = ordered.flatMap(\.item.results).map { result in
            guard result["ruleIndex"] != nil, let id = result["ruleId"]?.stringValue, let at = index[id] else { return result }
            return result.replacing("ruleIndex", with: .int(at))
        }
        let first = reports[0].value
        guard let run = first["runs"]?.arrayValue?.first, let tool = run["tool"], let driver = tool["driver"] else { return first }
        let mergedRun = run.replacing("tool", with: tool.replacing("driver", with: driver.replacing("rules", with: .array(rules))))
            .replacing("results", with: .array(results))
        return first.replacing("runs", with: .array([mergedRun]))
    }

    /// One descriptor per made-up rule id, sorted by id: the one the single run would have made,
    /// from the first finding in its order (that of the shard holding the earliest document),
    /// at the most severe level any shard gave it.
    private static func madeUpRules(_ descriptors: [(rule: JSONValue, file: String)], filesInRunOrder: [String]) -> [JSONValue] {
        let rank = ["note": 0, "warning": 1, "error": 2]
        var firstPlace: [String: Int] = [:]
        for (offset, file) in filesInRunOrder.enumerated() where firstPlace[file] == nil { firstPlace[file] = offset }
        var chosen: [String: (rule: JSONValue, place: Int, level: String)] = [:]
        for (rule, file) in descriptors {
            guard let id = rule["id"]?.stringValue else { continue }
            let place = firstPlace[file] ?? .max
            let level = rule["defaultConfiguration"]?["level"]?.stringValue ?? "note"
            guard let known = chosen[id] else {
                chosen[id] = (rule, place, level)
                continue
            }
            let higher = (rank[level] ?? 0) > (rank[known.level] ?? 0) ? level : known.level
            chosen[id] = place < known.place ? (rule, place, higher) : (known.rule, known.place, higher)
        }
        return chosen.keys.sorted().compactMap { id in
            chosen[id].map { $0.rule.replacing("defaultConfiguration", with: .object([("level", .string($0.level))])) }
        }
    }

    /// The document a result is about: its file (the URI decoded back to the path) and piece.
    private static func place(of result: JSONValue) -> DocumentPlace? {
        guard let uri = result["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue else {
            return nil
        }
        return DocumentPlace(path: path(fromURI: uri), piece: result["properties"]?["piece"]?.intValue)
    }

    /// `SARIFReporter.uriReference(forPath:)` undone: `file://` dropped, `%XX` decoded.
    static func path(fromURI uri: String) -> String {
        let bytes = Array((uri.hasPrefix("file://") ? String(uri.dropFirst(7)) : uri).utf8)
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let byte = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16) {
                decoded.append(byte)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
