/// A required element (a `require` rule) as a column of the coverage matrix, with how many
/// documents cover it.
package struct AuditElement: Sendable, Equatable {
    package var ruleID: String
    package var title: String
    package var hint: String?
    package var met: Int
    package var missing: Int
    package var notApplicable: Int
    package var unchecked: Int

    package init(ruleID: String, title: String, hint: String? = nil, met: Int = 0, missing: Int = 0, notApplicable: Int = 0, unchecked: Int = 0) {
        self.ruleID = ruleID
        self.title = title
        self.hint = hint
        self.met = met
        self.missing = missing
        self.notApplicable = notApplicable
        self.unchecked = unchecked
    }

    /// The title up to its first qualifier — `慢性病防治（高血压、糖尿病患者管理）` → `慢性病防治`,
    /// `除四害／病媒生物防制` → `除四害` — so eighteen columns fit a matrix and a chart label.
    package var shortTitle: String {
        let cut = title.firstIndex { "（(／/".contains($0) } ?? title.endIndex
        let short = String(title[..<cut])
        return short.isEmpty ? title : short
    }

    /// Documents the element applies to: met or missing.
    package var applicable: Int { met + missing }

    /// Share of applicable documents that cover the element, 0…100, rounded; `nil` when none apply.
    package var coveragePercent: Int? {
        applicable == 0 ? nil : Int((Double(met) * 100 / Double(applicable)).rounded())
    }

    mutating func count(_ status: AuditCell.Status) {
        switch status {
        case .met: met += 1
        case .missing: missing += 1
        case .notApplicable: notApplicable += 1
        case .unchecked: unchecked += 1
        }
    }
}
