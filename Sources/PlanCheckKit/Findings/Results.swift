/// The outcome of one run: what reporters read, and nothing else.
public struct Results: Sendable {
    public var toolName: String
    public var toolVersion: String
    /// In report order: by path, then piece.
    public var documents: [DocumentResult]
    /// The rules that ran, in the order they were loaded (required elements first is not implied).
    public var rules: [RuleDescriptor]

    public init(toolName: String = PlanCheck.name, toolVersion: String = PlanCheck.version, documents: [DocumentResult], rules: [RuleDescriptor] = []) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.documents = documents
        self.rules = rules
    }

    public var summary: Summary { Summary(documents: documents) }

    /// Whether any finding is at or above `threshold` (`nil`: never fail).
    public func hasFindings(atOrAbove threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return documents.contains { $0.findings.contains { $0.severity >= threshold } }
    }
}

/// Counts over a run.
public struct Summary: Sendable, Equatable {
    public var documents: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    public init(documents: [DocumentResult]) {
        self.documents = documents.count
        let all = documents.flatMap(\.findings)
        errors = all.count { $0.severity == .error }
        warnings = all.count { $0.severity == .warning }
        infos = all.count { $0.severity == .info }
    }
}
