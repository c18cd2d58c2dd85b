import Testing
import PlanCheckTestSupport
import PlanCheckCore
import PlanCheckEngine
import PlanCheckDocuments

/// Which findings `check --fix` may apply (issue 15): substitutions, never numbering.
@Suite struct FixSelectionTests {
    static let rules = [
        RuleDescriptor(id: "currency.stale-term", title: "", kind: "period", severity: .warning),
        RuleDescriptor(id: "local.substitute", title: "", kind: "substitute", severity: .warning),
        RuleDescriptor(id: "structure.numbering", title: "", kind: "numbering", severity: .warning),
        RuleDescriptor(id: "hygiene.placeholder", title: "", kind: "forbid", severity: .error),
    ]

    static func finding(_ rule: String, match: String, replacement: String?, column: Int = 3) -> Finding {
        let span = SourceSpan(start: SourcePosition(line: 2, column: column), end: SourcePosition(line: 2, column: column + match.count),
                              utf16Range: 20..<(20 + match.utf16.count))
        return Finding(ruleID: rule, severity: .warning, message: "", span: span, match: match, replacement: replacement)
    }

    @Test func numberingAndPlaceholderFindingsAreNotApplied() {
        let document = DocumentResult(path: "计划.txt", findings: [
            Self.finding("structure.numbering", match: "三、", replacement: "二、", column: 1),
            Self.finding("hygiene.placeholder", match: "XX县", replacement: nil),
            Self.finding("currency.stale-term", match: "卫计委", replacement: "卫健委"),
            Self.finding("local.substitute", match: "计生委", replacement: "卫健委", column: 9),
        ])
        let edits = FixSelection.edits(in: [document], rules: Self.rules)
        #expect(edits["计划.txt"] == [
            FixEdit(line: 2, column: 3, original: "卫计委", replacement: "卫健委"),
            FixEdit(line: 2, column: 9, original: "计生委", replacement: "卫健委"),
        ])
    }

    @Test func wordsWrittenInTraditionalCharactersAreNotRewritten() {
        let document = DocumentResult(path: "计划.txt", findings: [Self.finding("currency.stale-term", match: "衛(wèi)生計(jì)生", replacement: "卫生健康")])
        #expect(FixSelection.edits(in: [document], rules: Self.rules).isEmpty)
    }

    /// A regulation still in force, cited by the ministry that issued it, is cited as 原卫生部's:
    /// the bundled rule offers that as its fix, and a regulation's number (卫生部令) is left alone.
    @Test func aRegulationCitedByTheFormerMinistryIsFixedToItsFormerName() throws {
        let plan = try BundledRuleFixture.firstResult("2024年院感工作计划\n一、根据卫生部《医院感染管理办法》（卫生部令第48号）开展院感防控。\n")
        let stale = plan.findings.filter { $0.ruleID == "currency.stale-term" }
        #expect(stale.map(\.match) == ["卫生部"])
        #expect(stale.map(\.replacement) == ["原卫生部"])
        #expect(stale.first?.message == "「卫生部」已过时（至2018年），2024年的材料应为「原卫生部」")
    }

    @Test func aPeriodFindingWithoutAReplacementIsNotApplied() {
        let document = DocumentResult(path: "计划.txt", findings: [Self.finding("currency.stale-term", match: "十三五", replacement: nil)])
        #expect(FixSelection.edits(in: [document], rules: Self.rules).isEmpty)
    }
}
