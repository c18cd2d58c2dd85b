import PlanCheckCore

/// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards: one run whose
/// driver lists the rules with their help, and one result per finding.
///
/// Choices made for GitHub code scanning, which is stricter than the schema:
/// - every result has a location with `region.startLine`; a finding about the whole document (a
///   missing element, an unreadable file) points at line 1;
/// - every rule has `shortDescription`, `fullDescription` and `help` text, and findings whose rule
///   is not in `Results.rules` (`plancheck.unreadable`) get a descriptor made up from them;
/// - `partialFingerprints` hash the rule, document, matched text and line text, not the line
///   number, so an alert survives lines inserted above it;
/// - artifact URIs are relative paths, percent-encoded (Chinese file names as UTF-8 `%XX`);
/// - a finding in a .docx, .doc, .odt or .mht, whose lines are paragraphs, also has the paragraph
///   as a logical location (`第8段`, kind `element`).
///
/// Columns count Unicode scalars (`run.columnKind` is `unicodeCodePoints`); `endColumn` is
/// exclusive, as SARIF defines it.
package struct SARIFReporter: Reporter {
    package static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    package static let informationURI = "https://github.com/plancheck/plancheck"
    /// The `partialFingerprints` key; bump the version if the hashed fields ever change.
    package static let fingerprintKey = "plancheckFinding/v1"

    package static let identifier = "sarif"
    package static let description = "SARIF 2.1.0, for GitHub code scanning and other dashboards"
    package static let fileExtensions = ["sarif", "json"]

    package init() {}

    package init(options: ReporterOptions) {
        self.init()
    }

    package func render(_ results: Results) -> String {
        let rules = Self.descriptors(for: results)
        let ruleIndex = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var sarifResults: [JSONValue] = []
        for document in results.documents {
            let findings = document.findingsInReportOrder
            let fingerprints = FindingFingerprint.numbered(findings, in: document)
            for (finding, fingerprint) in zip(findings, fingerprints) {
                sarifResults.append(result(finding, in: document, ruleIndex: ruleIndex[finding.ruleID], fingerprint: fingerprint))
            }
        }
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([
                .object([
                    ("tool", .object([
                        ("driver", .object([
                            ("name", .string(results.toolName)),
                            ("version", .string(results.toolVersion)),
                            ("informationUri", .string(Self.informationURI)),
                            ("rules", .array(rules.map(rule))),
                        ])),
                    ])),
                    ("columnKind", .string("unicodeCodePoints")),
                    ("results", .array(sarifResults)),
                ]),
            ])),
        ]).serialized
    }

    /// `Results.rules` (first of any duplicate id), then a descriptor for each other rule id that
    /// has findings, sorted by id, so every result has a `ruleIndex`.
    static func descriptors(for results: Results) -> [RuleDescriptor] {
        var seen: Set<String> = []
        var descriptors = results.rules.filter { seen.insert($0.id).inserted }
        var extra: [String: RuleDescriptor] = [:]
        for finding in results.documents.flatMap(\.findings) where !seen.contains(finding.ruleID) {
            if var known = extra[finding.ruleID] {
                known.severity = max(known.severity, finding.severity)
                extra[finding.ruleID] = known
            } else {
                extra[finding.ruleID] = RuleDescriptor(
                    id: finding.ruleID, title: finding.ruleID, kind: finding.isAboutTheRun ? "tool" : "unknown",
                    severity: finding.severity, hint: finding.hint
                )
            }
        }
        descriptors += extra.values.sorted { $0.id < $1.id }
        return descriptors
    }

    private func rule(_ rule: RuleDescriptor) -> JSONValue {
        let description = Self.fullDescription(rule)
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(Self.name(forRuleID: rule.id))),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(description))])),
            ("help", .object([("text", .string(description))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(rule.severity)))])),
            ("properties", .object([
                ("kind", .string(rule.kind)),
                ("tags", .array([.string("plancheck"), .string(rule.kind)])),
            ])),
        ])
    }

    private func result(_ finding: Finding, in document: DocumentResult, ruleIndex: Int?, fingerprint: String) -> JSONValue {
        let message = finding.messageWithSuggestion + document.pieceNote

        var region: [(key: String, value: JSONValue)]
        if let span = finding.span {
            region = [
                ("startLine", .int(span.start.line)),
                ("startColumn", .int(span.start.column)),
                ("endLine", .int(span.end.line)),
                ("endColumn", .int(span.end.column)),
            ]
            if let match = finding.match, !match.isEmpty {
                region.append(("snippet", .object([("text", .string(match))])))
            }
        } else {
            // GitHub code scanning drops results without a start line; the document's first line
            // is where a reader starts looking for something the whole document lacks.
            region = [("startLine", .int(1))]
        }

        var properties: [(key: String, value: JSONValue)] = []
        if let piece = document.piece {
            properties.append(("piece", .int(piece)))
            properties.append(("document", .string(document.displayName)))
        }
        if let replacement = finding.replacement {
            properties.append(("replacement", .string(replacement)))
        }
        if let hint = finding.hint, !hint.isEmpty {
            properties.append(("hint", .string(hint)))
        }

        var location: [(key: String, value: JSONValue)] = [
            ("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(Self.uriReference(forPath: document.path)))])),
                ("region", .object(region)),
            ])),
        ]
        // In a .docx (.doc, .odt, .mht) a "line" is a paragraph: say so, as a reader counts them.
        if let span = finding.span, document.linesAreParagraphs {
            let paragraph = "第\(span.start.line)段"
            location.append(("logicalLocations", .array([
                .object([
                    ("name", .string(paragraph)),
                    ("fullyQualifiedName", .string("\(document.displayName) \(paragraph)")),
                    ("kind", .string("element")),
                ]),
            ])))
        }

        var members: [(key: String, value: JSONValue)] = [("ruleId", .string(finding.ruleID))]
        if let ruleIndex {
            members.append(("ruleIndex", .int(ruleIndex)))
        }
        members += [
            ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string(message))])),
            ("locations", .array([.object(location)])),
            ("partialFingerprints", .object([(Self.fingerprintKey, .string(fingerprint))])),
        ]
        if !properties.isEmpty {
            members.append(("properties", .object(properties)))
        }
        return .object(members)
    }

    /// Hint and the regulation it rests on; the title when the rule has neither, because GitHub
    /// requires a non-empty description.
    static func fullDescription(_ rule: RuleDescriptor) -> String {
        var parts: [String] = []
        if let hint = rule.hint, !hint.isEmpty { parts.append(hint) }
        if let reference = rule.reference, !reference.isEmpty { parts.append("依据：" + reference) }
        return parts.isEmpty ? rule.title : parts.joined(separator: "\n")
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `health.two-cancers` → `HealthTwoCancers`: SARIF's `name` is an identifier-like word
    /// that stays the same in every language, unlike the title.
    static func name(forRuleID id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// The path as a URI reference: relative paths stay relative (GitHub resolves them against the
    /// repository root), absolute ones become `file://` URIs; every byte outside the unreserved
    /// set and `/` is percent-encoded, so `plans/计划 1.txt` is `plans/%E8%AE%A1%E5%88%92%201.txt`.
    package static func uriReference(forPath path: String) -> String {
        var path = path
        while path.hasPrefix("./") {
            path.removeFirst(2)
        }
        let encoded = percentEncoded(path)
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func percentEncoded(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return output
    }
}
