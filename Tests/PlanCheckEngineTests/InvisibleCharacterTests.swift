import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// Characters that show nothing, put inside words by document-sharing sites, hide no keyword from
/// the rules, and their presence is reported where they are.
@Suite struct InvisibleCharacterTests {

    func findings(_ text: String) throws -> (result: DocumentResult, findings: [Finding]) {
        let result = try BundledRuleFixture.firstResult(text, path: "plan.txt")
        return (result, result.findings)
    }

    static let plan = "某县卫生健康局2025年工作计划\n一、重点工作\n"

    @Test(arguments: ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{FEFF}", "\u{200E}", "\u{202E}", "\u{FE0F}", "\u{E0041}", "\u{E0100}"])
    func aKeywordWithAnInvisibleCharacterInsideIsStillFound(_ invisible: String) throws {
        let (result, findings) = try findings(Self.plan + "（一）加强院\(invisible)感防控，全年开展督查4次。\n")
        let element = try #require(result.elements.first { $0.ruleID == "health.infection-control" })
        #expect(element.status == .met)
        // The evidence is the words as written, the invisible character included.
        #expect(element.evidence.first?.text == "院\(invisible)感")
        let reported = try #require(findings.first { $0.ruleID == "hygiene.invisible-characters" })
        #expect(reported.match == invisible)
        #expect(reported.span?.start == SourcePosition(line: 3, column: 7))
    }

    @Test func aStaleTermAndSiteResidueAreFoundThroughThem() throws {
        let (_, findings) = try findings(Self.plan + "（一）落实卫\u{200B}计委部署。\n上\u{200B}传人:33****8 文档编号:33188775\n")
        let stale = try #require(findings.first { $0.ruleID == "currency.stale-term" })
        #expect(stale.match == "卫\u{200B}计委")
        #expect(findings.contains { $0.ruleID == "hygiene.web-residue" })
        #expect(findings.filter { $0.ruleID == "hygiene.invisible-characters" }.count == 2)
    }

    @Test func theFindingNamesTheCharacters() throws {
        let (_, findings) = try findings(Self.plan + "（一）加强院\u{200B}\u{200D}\u{200B}感防控。\n")
        let reported = try #require(findings.first { $0.ruleID == "hygiene.invisible-characters" })
        #expect(reported.message == "正文中有看不见的字符（U+200B 零宽空格、U+200D 零宽连字），多为从网页或文库复制时带入")
        #expect(reported.span?.start.column == 7 && reported.span?.end.column == 10)
    }

    @Test func plainTextHasNone() throws {
        let (_, findings) = try findings(Self.plan + "（一）加强院感防控，全年开展督查4次。\n")
        #expect(!findings.contains { $0.ruleID == "hygiene.invisible-characters" })
    }

    @Test func foldingKeepsOffsetsAndMarksBothHalvesOfATag() {
        let text = Array("院\u{E0041}感\u{00A0}x".utf16)
        let folded = TextNormalizer.fold(text)
        #expect(folded.count == text.count)
        #expect(folded == [0x9662, TextNormalizer.ignorable, TextNormalizer.ignorable, 0x611F, 0x20, 0x78])
    }

    @Test func theAutomatonMatchesAcrossIgnorableUnitsAndCoversThem() {
        let automaton = AhoCorasick(patterns: [Array("院感".utf16), Array("感防".utf16)])
        let text = TextNormalizer.fold(Array("加强院\u{200B}\u{200B}感防控".utf16))
        #expect(automaton.matches(in: text, range: 0..<text.count).map(\.range) == [2..<6, 5..<7])
    }
}
