import PlanCheckCore

/// The data an audit template is rendered with: plain dictionaries, arrays, strings, numbers and
/// booleans, with the keys documented in `reports/README.md`.
///
/// Every documented key is always present, so a missing value never falls through to a key of the
/// same name further out (Mustache looks names up the whole context stack). Text that may be
/// unknown is `—`; a template tests `hasX` flags, never the text itself.
enum AuditTemplateData {
    static let title = "卫生健康工作计划审核报告"

    static func make(_ report: AuditReport) -> [String: Any] {
        let headline = report.headline
        let findings = headline.errors + headline.warnings + headline.infos
        let elementsByID = Dictionary(report.elements.map { ($0.ruleID, $0) }, uniquingKeysWith: { first, _ in first })
        let anchors = Dictionary(report.documents.enumerated().map { ($0.element.displayName, "doc-\($0.offset + 1)") }, uniquingKeysWith: { first, _ in first })
        let shortNames = Dictionary(report.documents.map { ($0.displayName, $0.shortName) }, uniquingKeysWith: { first, _ in first })
        return [
            "title": title,
            "tool": ["name": report.toolName, "version": report.toolVersion],
            "generated": ["date": report.run.displayDate, "iso": report.run.isoDate],
            "paths": report.run.paths.map { ["path": $0] },
            "pathsText": report.run.paths.joined(separator: "、"),
            "rulePacks": report.rulePacks.map { ["name": $0.name, "rules": $0.rules] },
            "rulePacksText": report.rulePacks.map { "\($0.name)（\($0.rules) 条）" }.joined(separator: "、"),
            "ruleCount": report.ruleCount,
            "builtInRules": report.builtInRules.map { ["ruleID": $0.id, "title": $0.title] },
            // Quoted: a title may hold a comma of its own (文档展开后过大，未检查).
            "builtInRulesText": report.builtInRules.map { "「\($0.title)」" }.joined(separator: "、"),
            "hasBuiltInRules": !report.builtInRules.isEmpty,
            "headline": [
                "files": headline.files,
                "documents": headline.documents,
                "passed": headline.passed,
                "withErrors": headline.withErrors,
                "sendBack": headline.sendBack,
                "unreadable": headline.unreadable,
                "notHealthPlan": headline.notHealthPlan,
                "needsReview": headline.unreadable + headline.notHealthPlan,
                "hasNeedsReview": headline.unreadable + headline.notHealthPlan > 0,
                "passedPercent": percent(headline.passed, of: headline.documents),
                "allPassed": headline.passed == headline.documents,
                "findings": findings,
                "errors": headline.errors,
                "warnings": headline.warnings,
                "infos": headline.infos,
            ] as [String: Any],
            "severities": Severity.allCases.reversed().map { severity in
                ["severity": severity.rawValue, "label": severity.chineseLabel, "count": headline.count(of: severity)] as [String: Any]
            },
            "elements": report.elements.map(element),
            "hasElements": !report.elements.isEmpty,
            "charts": [
                "severity": chart(AuditBarChart.severities(headline)),
                "coverage": chart(AuditBarChart.coverage(report.elements, documents: headline.documents)),
            ],
            "ruleTallies": report.ruleTallies.map { tally in
                [
                    "ruleID": tally.ruleID, "title": tally.title, "severity": tally.severity.rawValue,
                    "severityLabel": tally.severity.chineseLabel, "findings": tally.findings, "documents": tally.documents,
                ] as [String: Any]
            },
            "hasRuleTallies": !report.ruleTallies.isEmpty,
            "nearDuplicates": report.nearDuplicates.map { pair in
                [
                    "first": pair.first, "second": pair.second,
                    "firstShort": shortNames[pair.first] ?? pair.first, "secondShort": shortNames[pair.second] ?? pair.second,
                    "firstAnchor": anchors[pair.first] ?? "", "secondAnchor": anchors[pair.second] ?? "",
                    "shared": pair.shared, "firstParagraphs": pair.firstParagraphs, "secondParagraphs": pair.secondParagraphs,
                    "sharePercent": pair.sharePercent,
                ] as [String: Any]
            },
            "hasNearDuplicates": !report.nearDuplicates.isEmpty,
            "duplicateThresholdPercent": Int((NearDuplicates.threshold * 100).rounded()),
            "duplicateMinimumShared": NearDuplicates.minimumShared,
            "documents": report.documents.enumerated().map { index, document in
                self.document(document, number: index + 1, elements: elementsByID)
            },
            "hasDocuments": !report.documents.isEmpty,
            "sendBack": report.sendBack.enumerated().map { index, entry in
                [
                    "number": index + 1, "displayName": entry.displayName, "shortName": entry.shortName,
                    "anchor": anchors[entry.displayName] ?? "", "issuer": entry.issuer ?? "—",
                    "errors": entry.errors, "warnings": entry.warnings,
                    "reasons": entry.reasons.map { ["reason": $0] }, "reasonsText": entry.reasons.joined(separator: "；"),
                ] as [String: Any]
            },
            "hasSendBack": !report.sendBack.isEmpty,
        ]
    }

    private static func element(_ element: AuditElement) -> [String: Any] {
        [
            "ruleID": element.ruleID, "title": element.shortTitle, "fullTitle": element.title,
            "hint": element.hint ?? "—", "hasHint": element.hint != nil,
            "met": element.met, "missing": element.missing, "notApplicable": element.notApplicable,
            "unchecked": element.unchecked, "applicable": element.applicable,
            "coveragePercent": element.coveragePercent.map { "\($0)%" } ?? "—",
            "hasCoverage": element.coveragePercent != nil,
        ]
    }

    private static func document(_ document: AuditDocument, number: Int, elements: [String: AuditElement]) -> [String: Any] {
        let missing = document.cells.filter { $0.status == .missing }.map { elements[$0.ruleID]?.title ?? $0.ruleID }
        // The matrix shows a symbol per cell; where each element was found is listed here.
        let met = document.cells.filter { $0.status == .met }.map { cell in
            ["title": elements[cell.ruleID]?.shortTitle ?? cell.ruleID, "evidence": cell.evidenceSummary ?? "—"]
        }
        return [
            "number": number,
            "anchor": "doc-\(number)",
            "displayName": document.displayName,
            "shortName": document.shortName,
            "path": document.path,
            "piece": document.piece.map(String.init) ?? "—",
            "hasPiece": document.piece != nil,
            "title": document.title ?? "—",
            "hasTitle": document.title != nil,
            "kind": document.kind?.rawValue ?? "—",
            "kindLabel": document.kindLabel,
            "year": document.year.map(String.init) ?? "—",
            "issuer": document.issuer ?? "—",
            "issuerType": document.issuerType?.chineseName ?? "—",
            "encoding": document.encoding ?? "—",
            "passed": document.passed,
            "verdict": document.verdict.key,
            "statusLabel": document.verdict.label,
            "metElements": met,
            "hasMetElements": !met.isEmpty,
            "errors": document.count(of: .error),
            "warnings": document.count(of: .warning),
            "infos": document.count(of: .info),
            "findingCount": document.findings.count,
            "hasFindings": !document.findings.isEmpty,
            "missingElements": missing.map { ["title": $0] },
            "missingElementsText": missing.isEmpty ? "—" : missing.joined(separator: "、"),
            "hasMissingElements": !missing.isEmpty,
            "cells": document.cells.map { cell($0, title: elements[$0.ruleID]?.title ?? $0.ruleID) },
            "findings": document.findings.enumerated().map { finding($0.element, number: $0.offset + 1) },
        ]
    }

    private static func cell(_ cell: AuditCell, title: String) -> [String: Any] {
        let (symbol, label): (String, String) = switch cell.status {
        // Met with something to check it by, apart from met as a wish.
        case .met: cell.target == nil ? ("△", "已覆盖（无可考核指标）") : ("✓", "已覆盖")
        case .missing: ("✗", "缺失")
        case .notApplicable: ("—", "不适用")
        case .unchecked: ("?", "未检查")
        }
        return [
            "ruleID": cell.ruleID, "elementTitle": title,
            "status": cell.status.rawValue, "symbol": symbol, "statusLabel": label,
            "met": cell.status == .met, "missing": cell.status == .missing,
            "notApplicable": cell.status == .notApplicable, "unchecked": cell.status == .unchecked,
            "evidence": cell.evidenceSummary ?? "—", "evidenceDetail": cell.evidenceDetail.isEmpty ? "—" : cell.evidenceDetail,
            "hasEvidence": !cell.evidence.isEmpty,
            "target": cell.target ?? "—", "hasTarget": cell.target != nil,
        ]
    }

    private static func finding(_ finding: AuditFinding, number: Int) -> [String: Any] {
        let location = finding.line.map { line in finding.column.map { "第\(line)行第\($0)列" } ?? "第\(line)行" } ?? "全文"
        return [
            "number": number,
            "ruleID": finding.ruleID,
            "severity": finding.severity.rawValue,
            "severityLabel": finding.severity.chineseLabel,
            "message": finding.message,
            "hint": finding.hint ?? "—", "hasHint": finding.hint != nil,
            "location": location, "hasLocation": finding.line != nil,
            "line": finding.line.map(String.init) ?? "—", "column": finding.column.map(String.init) ?? "—",
            "match": finding.match ?? "—", "hasMatch": finding.match != nil,
            "replacement": finding.replacement ?? "—", "hasReplacement": finding.replacement != nil,
            "before": finding.before, "highlighted": finding.highlighted, "after": finding.after,
            "hasExcerpt": finding.hasExcerpt,
        ]
    }

    private static func chart(_ chart: AuditBarChart) -> [String: Any] {
        [
            "width": chart.width, "height": chart.height, "labelX": chart.labelX,
            "bars": chart.bars.map { bar in
                [
                    "label": bar.label, "valueLabel": bar.valueLabel, "y": bar.y, "textY": bar.textY, "valueX": bar.valueX,
                    "segments": bar.segments.map { segment in
                        [
                            "x": segment.x, "y": bar.y, "width": segment.width, "height": AuditBarChart.barHeight,
                            "value": segment.value, "style": segment.style, "title": segment.title,
                        ] as [String: Any]
                    },
                ] as [String: Any]
            },
        ]
    }

    private static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
    }
}
