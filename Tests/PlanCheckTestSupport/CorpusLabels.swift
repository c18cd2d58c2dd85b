import Foundation
import Yams

/// The hand labels of `../shared/corpus/labels.yaml`, one entry per document or piece.
package struct CorpusLabel {
    package var id: String
    package var file: String
    package var piece: Int?
    package var title: String
    package var kind: String
    package var year: Int?
    package var hasPlanPart: Bool
    /// Concept → (present, in plan part).
    package var elements: [String: (present: Bool, inPlanPart: Bool?)]
    package var placeholders: [String]
    package var placeholderCount: Int
    package var siteResidue: Bool
    /// corpus/real only: who wrote it, what it is about, and whether it is a template.
    package var issuerType: String?
    package var topic: String?
    package var template = false

    /// Whether the element counts as met the way the issue defines it: in the plan part when the
    /// document has one, else anywhere.
    package func expectsMet(_ concept: String) -> Bool {
        guard let element = elements[concept] else { return false }
        return hasPlanPart ? (element.inPlanPart ?? false) : element.present
    }

    package static func all(from labels: URL = SharedCorpus.labels) throws -> [CorpusLabel] {
        let text = try String(contentsOf: labels, encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { return [] }
        return root.keys.sorted().compactMap { id in
            guard let entry = root[id] as? [String: Any] else { return nil }
            var elements: [String: (Bool, Bool?)] = [:]
            for (concept, value) in entry["elements"] as? [String: Any] ?? [:] {
                let fields = value as? [String: Any] ?? [:]
                elements[concept] = (fields["present"] as? Bool ?? false, fields["in_plan_part"] as? Bool)
            }
            return CorpusLabel(
                id: id, file: entry["file"] as? String ?? "", piece: entry["piece"] as? Int,
                title: entry["title"] as? String ?? "", kind: entry["kind"] as? String ?? "",
                year: entry["year"] as? Int, hasPlanPart: entry["has_plan_part"] as? Bool ?? false,
                elements: elements, placeholders: entry["placeholders"] as? [String] ?? [],
                placeholderCount: entry["placeholder_count"] as? Int ?? 0,
                siteResidue: entry["site_residue"] as? Bool ?? false,
                issuerType: entry["issuer_type"] as? String, topic: entry["topic"] as? String,
                template: entry["template"] as? Bool ?? false
            )
        }
    }
}
