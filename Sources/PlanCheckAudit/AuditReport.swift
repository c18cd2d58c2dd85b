import PlanCheckCore

/// Everything an audit report shows, as plain values computed once from `Results`: renderers and
/// templates only lay it out.
package struct AuditReport: Sendable {
    package var run: AuditRun
    package var toolName: String
    package var toolVersion: String
    package var rulePacks: [AuditRulePack]
    /// The rules of `rulePacks`, so the count a report states is the sum of the packs it lists.
    package var ruleCount: Int
    /// The checks the engine makes itself (`plancheck.unreadable` …), which belong to no pack: listed apart.
    package var builtInRules: [RuleDescriptor]
    package var headline: AuditHeadline
    /// The columns of the coverage matrix: every `require` rule that ran, in load order.
    package var elements: [AuditElement]
    /// The rows of the matrix and the per-document details: by verdict, worst first (to send
    /// back, unreadable, no health plan, passed), then by path and piece.
    package var documents: [AuditDocument]
    /// The 退回清单: documents to send back, most errors first.
    package var sendBack: [AuditSendBack]
    package var ruleTallies: [AuditRuleTally]
    package var nearDuplicates: [NearDuplicatePair]

    /// - Parameter fingerprints: each document's paragraph fingerprints by display name, for the
    ///   near-duplicate search; documents without are compared with none.
    package init(results: Results, fingerprints: [String: [UInt64]] = [:], run: AuditRun, duplicateThreshold: Double = NearDuplicates.threshold) {
        self.run = run
        toolName = results.toolName
        toolVersion = results.toolVersion
        rulePacks = AuditRulePack.packs(of: results.rules)
        ruleCount = rulePacks.reduce(0) { $0 + $1.rules }
        builtInRules = results.rules.filter(\.isBuiltIn)
        headline = AuditHeadline(documents: results.documents)

        // Errors first (the elements every plan must cover), then warnings, then info; load order within.
        var elements = results.rules.filter(\.isElement).enumerated()
            .sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
            .map { AuditElement(ruleID: $0.element.id, title: $0.element.title, hint: $0.element.hint) }
        // Results built without descriptors still carry their elements; keep them as columns.
        for element in results.documents.flatMap(\.elements) where !elements.contains(where: { $0.ruleID == element.ruleID }) {
            elements.append(AuditElement(ruleID: element.ruleID, title: element.title))
        }
        let ids = elements.map(\.ruleID)
        // What needs the auditor comes first; `Results` is in path order, so a stable sort keeps it within a verdict.
        documents = results.documents.map { AuditDocument($0, elementIDs: ids) }.enumerated()
            .sorted { ($0.element.verdict, $0.offset) < ($1.element.verdict, $1.offset) }
            .map(\.element)
        for document in documents {
            for (column, cell) in document.cells.enumerated() { elements[column].count(cell.status) }
        }
        self.elements = elements
        sendBack = AuditSendBack.list(documents, elements: elements)
        ruleTallies = AuditRuleTally.tallies(of: results.documents, rules: results.rules)
        nearDuplicates = NearDuplicates.pairs(in: results.documents, fingerprints: fingerprints, threshold: duplicateThreshold)
    }
}
