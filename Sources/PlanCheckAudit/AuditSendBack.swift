import PlanCheckCore

/// One line of the 退回清单: a document to send back and the few reasons to tell its author.
package struct AuditSendBack: Sendable, Equatable {
    package var displayName: String
    package var shortName: String
    package var issuer: String?
    package var errors: Int
    package var warnings: Int
    /// At most `reasonLimit`, most severe first, then the most frequent: `未填写的模板占位符「20xx年」等5处`.
    package var reasons: [String]

    /// Two or three reasons are what fits a phone call; the rest are in the document's details.
    package static let reasonLimit = 3
    /// Missing elements named in one reason before the rest are only counted.
    static let missingNamed = 5

    /// The documents to send back, in the order an auditor would phone them: most errors first,
    /// then most warnings, then by name.
    package static func list(_ documents: [AuditDocument], elements: [AuditElement]) -> [AuditSendBack] {
        let titles = Dictionary(elements.map { ($0.ruleID, $0.shortTitle) }, uniquingKeysWith: { first, _ in first })
        return documents.filter { $0.verdict == .sendBack }
            .map { document in
                AuditSendBack(displayName: document.displayName, shortName: document.shortName, issuer: document.issuer,
                              errors: document.count(of: .error), warnings: document.count(of: .warning),
                              reasons: reasons(document.findings, elementTitles: titles))
            }
            .sorted { ($1.errors, $1.warnings, $0.displayName) < ($0.errors, $0.warnings, $1.displayName) }
    }

    /// One reason per rule among the errors and warnings (five placeholders are one reason: the
    /// message of the first, with how many), and one for all the required elements missing
    /// (`缺少必备要素：院感、两癌筛查`), ranked by the most severe of them and naming those first: a
    /// caller names what to add, not four sentences, nor the same heading twice.
    /// `elementTitles` are the short titles of the required elements by rule id.
    static func reasons(_ findings: [AuditFinding], elementTitles: [String: String]) -> [String] {
        var groups: [(key: String, severity: Severity, message: String, count: Int, order: Int)] = []
        var missing: [(severity: Severity, title: String)] = []
        let missingKey = "missing"
        for finding in findings where finding.severity >= .warning {
            // A missing element is a finding about the whole document under an element's rule.
            let title = finding.line == nil ? elementTitles[finding.ruleID] : nil
            let key = title == nil ? finding.ruleID : missingKey
            if let title { missing.append((finding.severity, title)) }
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].count += 1
                groups[index].severity = max(groups[index].severity, finding.severity)
            } else {
                groups.append((key, finding.severity, finding.message, 1, groups.count))
            }
        }
        // Errors first, each severity in the order found.
        let titles = missing.enumerated().sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }.map(\.element.title)
        return groups
            .sorted { ($1.severity, $1.count, $0.order) < ($0.severity, $0.count, $1.order) }
            .prefix(reasonLimit)
            .map { group in
                if group.key == missingKey {
                    // A reason is read out on the phone: five names, then how many in all.
                    let named = titles.prefix(missingNamed).joined(separator: "、")
                    return "缺少必备要素：" + named + (titles.count > missingNamed ? "等\(titles.count)项" : "")
                }
                return group.count > 1 ? "\(group.message)等\(group.count)处" : group.message
            }
    }
}
