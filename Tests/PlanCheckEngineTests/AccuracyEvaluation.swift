import PlanCheckTestSupport
/// The arithmetic of the accuracy evaluation, kept apart from the corpus so it can be tested on
/// hand-made cases.
enum AccuracyEvaluation {
    /// Agreement of "element met" with the labels over a set of documents.
    struct ElementScore: Sendable, Equatable {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var trueNegatives = 0

        mutating func add(expected: Bool, actual: Bool) {
            switch (expected, actual) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): trueNegatives += 1
            }
        }

        /// Of the documents plancheck calls met, the share the labels call met; `nil` when it calls none met.
        var precision: Double? { Self.ratio(truePositives, truePositives + falsePositives) }
        /// Of the documents the labels call met, the share plancheck calls met; `nil` when the labels call none met.
        var recall: Double? { Self.ratio(truePositives, truePositives + falseNegatives) }

        private static func ratio(_ part: Int, _ whole: Int) -> Double? {
            whole == 0 ? nil : Double(part) / Double(whole)
        }
    }

    /// Labelled occurrences against findings: how many occurrences a finding covers, and how many
    /// findings cover no labelled occurrence (false alarms).
    struct OccurrenceScore: Sendable, Equatable {
        var labelled = 0
        var found = 0
        var findings = 0
        var falseAlarms = 0

        var missed: Int { labelled - found }

        /// Scores one document. Each labelled occurrence is one or more alternative ranges (a
        /// numbering problem quotes both headings; a quote may occur twice): it is found when a
        /// finding overlaps any of them. An occurrence with no range (its quote is not in the text)
        /// counts as labelled and missed.
        static func score(labelled occurrences: [[Range<Int>]], findings: [Range<Int>]) -> OccurrenceScore {
            let found = occurrences.filter { ranges in
                ranges.contains { range in findings.contains { $0.overlaps(range) } }
            }.count
            let falseAlarms = findings.filter { finding in
                !occurrences.contains { $0.contains { $0.overlaps(finding) } }
            }.count
            return OccurrenceScore(labelled: occurrences.count, found: found, findings: findings.count, falseAlarms: falseAlarms)
        }

        /// Scores one document for a per-document label such as "has web residue".
        static func score(labelled: Bool, flagged: Bool) -> OccurrenceScore {
            OccurrenceScore(labelled: labelled ? 1 : 0, found: labelled && flagged ? 1 : 0,
                            findings: flagged ? 1 : 0, falseAlarms: flagged && !labelled ? 1 : 0)
        }

        static func + (lhs: OccurrenceScore, rhs: OccurrenceScore) -> OccurrenceScore {
            OccurrenceScore(labelled: lhs.labelled + rhs.labelled, found: lhs.found + rhs.found,
                            findings: lhs.findings + rhs.findings, falseAlarms: lhs.falseAlarms + rhs.falseAlarms)
        }
    }

    /// Every place `needle` occurs in `text` within `range` (UTF-16 offsets into `text`).
    /// `skip` rejects an occurrence by its start offset (e.g. an `x` inside a file name).
    static func occurrences(of needle: String, in text: [UInt16], within range: Range<Int>,
                            skip: (Int) -> Bool = { _ in false }) -> [Range<Int>] {
        let units = Array(needle.utf16)
        guard !units.isEmpty, units.count <= range.count else { return [] }
        var found: [Range<Int>] = []
        for start in range.lowerBound...(range.upperBound - units.count) where !skip(start) {
            if text[start] == units[0], Array(text[start..<(start + units.count)]) == units {
                found.append(start..<(start + units.count))
            }
        }
        return found
    }

    /// Overlapping ranges joined into one: placeholder tokens such as `x` and `xx镇` both match
    /// inside `xx镇`, which is one labelled occurrence.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, last.overlaps(range) {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
