import PlanCheckCore
import PlanCheckDocuments

/// The page's answer for one document, as JSON: its text, and what was found in it, placed by
/// UTF-16 offsets, which is how the page's script counts a string.
package struct CheckAnswer: Codable, Sendable, Equatable {
    package struct Piece: Codable, Sendable, Equatable {
        /// 1-based within a compilation (篇1 … 篇10); nil for an ordinary document.
        package var piece: Int?
        package var title: String?
        /// 工作计划, 工作总结 …; nil when it could not be told.
        package var kind: String?
        package var year: Int?
        package var issuer: String?
        package var elements: [Element]
    }

    package struct Element: Codable, Sendable, Equatable {
        package var rule: String
        package var title: String
        /// met, missing or not-applicable.
        package var status: String
        package var evidence: [Evidence]
        /// For a missing element: the message and hint of its finding.
        package var message: String?
        package var hint: String?
        /// For a not-applicable element: why.
        package var reason: String?
        /// For a met element: the words that make it measurable, if any.
        package var target: String?
    }

    package struct Evidence: Codable, Sendable, Equatable {
        package var line: Int
        package var column: Int
        package var text: String
    }

    package struct Item: Codable, Sendable, Equatable {
        package var rule: String
        /// error, warning or info.
        package var severity: String
        /// 错误, 警告, 提示.
        package var label: String
        package var message: String
        package var hint: String?
        package var line: Int?
        package var column: Int?
        /// UTF-16 offsets into `text`, end exclusive; nil for a finding about the whole document.
        package var start: Int?
        package var end: Int?
        package var match: String?
        package var replacement: String?
        package var piece: Int?
    }

    package var name: String
    /// 第N段 (a word processor's paragraphs) or 第N行 (plain text).
    package var linesAreParagraphs: Bool
    package var text: String
    /// UTF-16 offset where each line starts, so the page can show line N without splitting again.
    package var lineStarts: [Int]
    package var pieces: [Piece]
    /// Errors first, then warnings, then infos; in text order within each.
    package var findings: [Item]
    package var errors: Int
    package var warnings: Int
    package var infos: Int
}

extension CheckAnswer {
    /// The answer for a document the engine read and checked into `results` (one per piece).
    init(document: Document, results: [DocumentResult]) {
        name = document.path
        linesAreParagraphs = document.format.linesAreParagraphs
        text = document.text
        lineStarts = document.sourceMap.lineStarts
        var items: [Item] = []
        pieces = results.map { result in
            let missing = Dictionary(result.findings.filter { $0.span == nil }.map { ($0.ruleID, $0) }, uniquingKeysWith: { first, _ in first })
            items += Finding.inReportOrder(result.findings).map { Item($0, piece: result.piece) }
            return Piece(piece: result.piece, title: result.title, kind: result.kind?.chineseName, year: result.year, issuer: result.issuer,
                         elements: result.elements.map { element in
                Element(rule: element.ruleID, title: element.title, status: element.status.rawValue,
                        evidence: element.evidence.map { Evidence(line: $0.position.line, column: $0.position.column, text: $0.text) },
                        message: element.status == .missing ? missing[element.ruleID]?.message : nil,
                        hint: element.status == .missing ? missing[element.ruleID]?.hint : nil,
                        reason: element.reason, target: element.target)
            })
        }
        // Errors first; within a level the findings on words of the text come before those
        // about the whole document (missing elements, which the table shows too), each in text order.
        findings = items.enumerated().sorted { left, right in
            let (l, r) = (Severity(rawValue: left.element.severity)!, Severity(rawValue: right.element.severity)!)
            if l != r { return l > r }
            let (placedLeft, placedRight) = (left.element.start != nil, right.element.start != nil)
            if placedLeft != placedRight { return placedLeft }
            return left.offset < right.offset
        }.map(\.element)
        errors = items.filter { $0.severity == Severity.error.rawValue }.count
        warnings = items.filter { $0.severity == Severity.warning.rawValue }.count
        infos = items.filter { $0.severity == Severity.info.rawValue }.count
    }
}

extension CheckAnswer.Item {
    init(_ finding: Finding, piece: Int?) {
        rule = finding.ruleID
        severity = finding.severity.rawValue
        label = finding.severity.chineseLabel
        message = finding.message
        hint = finding.hint
        line = finding.span?.start.line
        column = finding.span?.start.column
        start = finding.span?.utf16Range.lowerBound
        end = finding.span?.utf16Range.upperBound
        match = finding.match
        replacement = finding.replacement
        self.piece = piece
    }
}
