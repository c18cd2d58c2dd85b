import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Checks on hand-built contexts: the outline is given, so these test the rule logic alone.
@Suite struct ChecksTests {
    /// A summary part (line 1–2) followed by a plan part (line 3–4).
    let text = "一、工作情况\n全年未开展两癌筛查，开展院感督查。\n二、下一步工作计划\n加强院内感染控制，组织爱国卫生月宣传，落实20xx年任务。"

    private func context(kind: DocumentKind = .summaryPlan, withParts: Bool = true) -> CheckContext {
        let document = Document(path: "t.txt", text: text)
        let planStart = document.sourceMap.lineStarts[2]
        let parts = withParts ? [Part(kind: .summary, range: 0..<planStart, headingLine: 1),
                                 Part(kind: .plan, range: planStart..<document.utf16.count, headingLine: 3)] : []
        return CheckContext(document: document, piece: Piece(index: nil, range: 0..<document.utf16.count),
                            outline: Outline(kind: kind, parts: parts), folded: TextNormalizer.fold(document.utf16))
    }

    private func run(_ rule: Rule, _ context: CheckContext) throws -> CheckOutcome {
        let matches = try RuleMatcher(rules: [rule]).matches(in: context.folded, range: context.piece.range)[0]
        return try #require(rule.check).run(rule, matches: matches, in: context)
    }

    private func require(_ words: [String], scope: RuleScope = .plan, with: [String] = []) -> Rule {
        Rule(id: "health.t", title: "要素", kind: RequireCheck(patterns: words.map(Pattern.literal), unlessBefore: ["未", "尚未"], with: with),
             severity: .error, message: "缺少要素", scope: scope, appliesTo: [.plan, .summaryPlan])
    }

    @Test func requireLooksOnlyInThePlanPart() throws {
        let outcome = try run(require(["院感"]), context())
        // 院感督查 is in the summary; 院内感染 is not a listed word.
        #expect(outcome.element?.status == .missing)
        #expect(outcome.findings.map(\.message) == ["缺少要素"])
        #expect(outcome.findings.first?.span == nil)
    }

    @Test func requireFallsBackToWholeDocumentWithoutThatPart() throws {
        let outcome = try run(require(["院感"]), context(withParts: false))
        #expect(outcome.element?.status == .met)
        #expect(outcome.element?.evidence == [Evidence(position: SourcePosition(line: 2, column: 13), text: "院感")])
    }

    @Test func negatedMentionDoesNotCount() throws {
        let outcome = try run(require(["两癌"], scope: .document), context())
        #expect(outcome.element?.status == .missing)
    }

    /// A law or plan cited by title (`《安徽省防控病媒生物管理办法》`) is no work planned; the same
    /// words outside the brackets are.
    @Test func aCitedTitleIsNoEvidence() throws {
        func status(_ text: String) throws -> ElementStatus? {
            let document = Document(path: "t.txt", text: text)
            let context = CheckContext(document: document, piece: Piece(index: nil, range: 0..<document.utf16.count),
                                       outline: Outline(kind: .plan), folded: TextNormalizer.fold(document.utf16))
            return try run(require(["病媒生物"], scope: .document), context).element?.status
        }
        #expect(try status("认真贯彻《安徽省防控病媒生物管理办法》等文件精神。") == .missing)
        #expect(try status("认真贯彻《管理办法》，开展病媒生物防制。") == .met)
        #expect(try status("病媒生物》防制") == .met) // a stray bracket opens no title
        // A document the body makes is its work: each title of the list it made.
        #expect(try status("我县先后出台了《县病媒生物防制方案》、《县病媒生物监测方案》。") == .met)
        #expect(try status("先后出台了《县爱卫工作方案》、《县病媒生物监测方案》。") == .met)
        #expect(try status("根据市卫健委制定的文件，认真贯彻《安徽省防控病媒生物管理办法》。") == .missing)
        // A copy that broke the line right after a title's 《 (corpus/real fresh-439); a line
        // break anywhere else ends the search.
        #expect(try status("认真宣传《\n安徽省防控病媒生物管理办法》、《传染病防治法》。") == .missing)
        #expect(try status("认真宣传法规\n开展病媒生物防制》") == .met)
    }

    @Test func coOccurrenceNeedsTheWordInTheSameSentence() throws {
        #expect(try run(require(["爱国卫生月"], with: ["宣传"]), context()).element?.status == .met)
        #expect(try run(require(["爱国卫生月"], with: ["评比"]), context()).element?.status == .missing)
    }

    @Test func requireIsNotApplicableToOtherKinds() throws {
        let outcome = try run(require(["院感"]), context(kind: .other))
        #expect(outcome.element?.status == .notApplicable)
        #expect(outcome.findings.isEmpty)
    }

    @Test func forbidReportsLeftmostLongestWithPositionAndMatch() throws {
        let rule = Rule(id: "hygiene.t", title: "占位符", kind: ForbidCheck(patterns: [.regex("20[xX]{2}年"), .regex("[xX]{2,}")]),
                        severity: .error, message: "占位符「{match}」")
        let findings = try run(rule, context()).findings
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.message == "占位符「20xx年」")
        #expect(finding.match == "20xx年")
        #expect(finding.span?.start == SourcePosition(line: 4, column: 22))
        #expect(finding.span?.end == SourcePosition(line: 4, column: 27))
        #expect(finding.lineText == "加强院内感染控制，组织爱国卫生月宣传，落实20xx年任务。")
    }

    @Test func substituteSuggestsTheReplacement() throws {
        let document = Document(path: "t.txt", text: "按照市卫计委要求，完善新农合制度。")
        let context = CheckContext(document: document, piece: Piece(index: nil, range: 0..<document.utf16.count),
                                   outline: Outline(kind: .plan), folded: TextNormalizer.fold(document.utf16))
        let rule = Rule(id: "currency.t", title: "过时", kind: SubstituteCheck(substitutions: [Substitution(pattern: .literal("卫计委"), replacement: "卫健委"),
                                                              Substitution(pattern: .literal("新农合"), replacement: "城乡居民基本医疗保险")]),
                        severity: .warning, message: "「{match}」应为「{expected}」")
        let findings = try run(rule, context).findings
        #expect(findings.map(\.message) == ["「卫计委」应为「卫健委」", "「新农合」应为「城乡居民基本医疗保险」"])
        #expect(findings.map(\.replacement) == ["卫健委", "城乡居民基本医疗保险"])
        #expect(findings.map { $0.span?.start.column } == [4, 12])
    }
}
