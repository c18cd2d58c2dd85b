import Foundation

/// The hand labels in `../shared/corpus/labels.yaml`, read with plain line parsing: the test
/// target does not depend on Yams, and only four scalar fields per entry are needed.
struct CorpusLabel {
    let id: String
    let file: String
    let piece: Int?
    let title: String
    let kind: String
    let year: Int?
    let hasPlanPart: Bool

    static func load() throws -> [CorpusLabel] {
        let text = try String(contentsOf: SharedCorpus.labels, encoding: .utf8)
        var labels: [CorpusLabel] = []
        var id: String?
        var fields: [String: String] = [:]
        func flush() {
            guard let id, let file = fields["file"], let kind = fields["kind"], let title = fields["title"] else { return }
            labels.append(CorpusLabel(id: id, file: file, piece: fields["piece"].flatMap { Int($0) }, title: title, kind: kind,
                                      year: fields["year"].flatMap { Int($0) }, hasPlanPart: fields["has_plan_part"] == "true"))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("\""), line.hasSuffix("\":") {
                flush()
                id = String(line.dropFirst().dropLast(2))
                fields = [:]
            } else if line.hasPrefix("  "), !line.hasPrefix("   "), let colon = line.firstIndex(of: ":") {
                let key = line[line.index(line.startIndex, offsetBy: 2)..<colon]
                var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                fields[String(key)] = value
            }
        }
        flush()
        return labels
    }
}
