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
    /// message of the first, with how many), and one for the required elements missing at each
    /// severity (`缺少必备要素：院感、两癌筛查`): a caller names what to add, not four sentences.
    /// `elementTitles` are the short titles of the required elements by rule id.
    static func reasons(_ findings: [AuditFinding], elementTitles: [String: String]) -> [String] {
        var groups: [(key: String, severity: Severity, message: String, count: Int, order: Int)] = []
        var missing: [Severity: [String]] = [:]
        for finding in findings where finding.severity >= .warning {
            // A missing element is a finding about the whole document under an element's rule.
            let key = finding.line == nil && elementTitles[finding.ruleID] != nil ? "missing:\(finding.severity.rawValue)" : finding.ruleID
            if key != finding.ruleID { missing[finding.severity, default: []].append(elementTitles[finding.ruleID]!) }
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].count += 1
            } else {
                groups.append((key, finding.severity, finding.message, 1, groups.count))
            }
        }
        return groups
            .sorted { ($1.severity, $1.count, $0.order) < ($0.severity, $0.count, $1.order) }
            .prefix(reasonLimit)
            .map { group in
                if let titles = missing[group.severity], group.key.hasPrefix("missing:") {
                    // A reason is read out on the phone: five names, then how many in all.
                    let named = titles.prefix(missingNamed).joined(separator: "、")
                    return "缺少必备要素：" + named + (titles.count > missingNamed ? "等\(titles.count)项" : "")
                }
                return group.count > 1 ? "\(group.message)等\(group.count)处" : group.message
            }
    }
}
