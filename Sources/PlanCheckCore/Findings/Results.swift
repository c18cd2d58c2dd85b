/// The outcome of one run: what reporters read, and nothing else.
package struct Results: Sendable {
    package var toolName: String
    package var toolVersion: String
    /// In report order: by path, then piece.
    package var documents: [DocumentResult]
    /// The rules that ran, in the order they were loaded.
    package var rules: [RuleDescriptor]
    /// Findings left out because a baseline recorded them.
    package var suppressedByBaseline = 0
    /// Findings left out because a `plancheck-disable` comment in the document silenced them.
    package var suppressedByComments = 0

    package init(toolName: String = PlanCheck.name, toolVersion: String = PlanCheck.version, documents: [DocumentResult], rules: [RuleDescriptor] = []) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.documents = documents
        self.rules = rules
    }

    package var summary: Summary {
        var summary = Summary(documents: documents)
        summary.suppressedByBaseline = suppressedByBaseline
        summary.suppressedByComments = suppressedByComments
        return summary
    }

    /// Whether any finding is at or above `threshold` (`nil`: never fail).
    package func hasFindings(atOrAbove threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return documents.contains { $0.findings.contains { $0.severity >= threshold } }
    }
}

/// Counts over a run.
package struct Summary: Sendable, Equatable {
    package var documents: Int
    package var errors: Int
    package var warnings: Int
    package var infos: Int
    /// Findings left out by a baseline, and silenced by comments in the documents.
    package var suppressedByBaseline = 0
    package var suppressedByComments = 0

    package init(documents: [DocumentResult]) {
        self.documents = 0
        errors = 0
        warnings = 0
        infos = 0
        for document in documents { add(document) }
    }

    /// Counts one more document, for runs that report as they go.
    package mutating func add(_ document: DocumentResult) {
        documents += 1
        for finding in document.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}

extension Results {
    /// The same results showing only findings at or above `severity` (for `--quiet`); the
    /// summary then counts what is shown.
    package func keepingFindings(atOrAbove severity: Severity) -> Results {
        var kept = self
        kept.documents = documents.map { $0.keepingFindings(atOrAbove: severity) }
        return kept
    }
}

extension DocumentResult {
    /// The document showing only findings at or above `severity` (for `--quiet`).
    package func keepingFindings(atOrAbove severity: Severity) -> DocumentResult {
        var kept = self
        kept.findings.removeAll { $0.severity < severity }
        return kept
    }
}
