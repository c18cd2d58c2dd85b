import PlanCheckCore

/// One rule's findings in one document, kept up to `CheckContext.findingLimit` and only counted
/// beyond it: a line of 8,000 placeholders makes a hundred findings and a number, not 8,000
/// findings each holding its line.
package struct FindingList: Sendable {
    let limit: Int
    package private(set) var findings: [Finding] = []
    /// How many findings were left out past the limit.
    package private(set) var omitted = 0

    package init(limit: Int) {
        self.limit = limit
    }

    /// Adds a finding, or counts it when the list is full (the finding is then never made).
    package mutating func append(_ finding: @autoclosure () -> Finding) {
        if findings.count < limit {
            findings.append(finding())
        } else {
            omitted += 1
        }
    }
}
