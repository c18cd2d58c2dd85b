import PlanCheckCore
import PlanCheckRules

/// `require`: the element must be present in the rule's scope. A match preceded by a negation
/// (`未开展…`) does not count, nor one without a `with` word in its sentence. The outcome keeps
/// the evidence, so audits can show where each element was found.
package struct RequireCheck: Check {
    package static let name = "require"
    package static let keys = ["any", "patterns", "unless-before", "with", "except", "except-in-lists", "topic-words", "topic-issuers", "topic-bodies", "outside-topics", "summary-message", "summary-plan-message"]
    package static let defaultDocumentKinds: Set<DocumentKind> = [.plan, .summary, .summaryPlan]
    package static let isElement = true
    /// The finding for an element planned without a measurable target.
    package static let unmeasurableRuleID = "plancheck.unmeasurable"
    /// Evidence kept per element: enough to show, not every mention.
    static let evidenceLimit = 3

    /// Words that show the element (`any`, `patterns`).
    package let patterns: [Pattern]
    /// A match directly preceded (in the same clause) by one of these words does not count.
    package let unlessBefore: [String]
    /// A match counts only when one of these words is in the same sentence.
    package let with: [String]
    /// Longer words a match inside does not count (`医院感染科` is a ward, not 院感 work).
    package let except: [String]
    /// What a list's closing words name (`基本公共卫生服务项目`): a match that is one item of such a
    /// list (`健康档案、健康教育、…等9项基本公共卫生服务项目`) does not count.
    package let exceptInLists: [String]
    /// Words that, in a title, make the document a plan on this element although they are too
    /// broad to show the element in the text (`公共卫生服务工作计划` is a plan on the basic public
    /// health services; `提升公共卫生服务能力` in a sentence is not that element).
    package let topicWords: [String]
    /// The issuers whose titles' `topicWords` name the element; `nil` for every issuer. A health
    /// centre's 公共卫生服务 is the basic service; a bureau's is all its public health work.
    package let topicIssuers: Set<IssuerType>?
    /// Bodies and departments whose own plan is on this element (`中医院`, `医务科`): in a title
    /// that names no element by its words (`2023年中医院工作计划`), they name the plan's topic. A
    /// title that does name one (`城南中医院慢病管理工作计划`) is on what it names.
    package let topicBodies: [String]
    /// Health topics outside the elements (精神卫生, 安全生产, 健康老龄化): a title that names one
    /// and no element is a plan on that topic, held to none of the elements.
    package let outsideTopics: [String]
    /// `unlessBefore` and `with` folded like the text they are compared with: once per rule,
    /// not once per document.
    let foldedUnlessBefore: [[UInt16]]
    let foldedWith: [[UInt16]]
    let foldedExcept: [[UInt16]]
    let foldedExceptInLists: [[UInt16]]
    package let foldedTopicWords: [[UInt16]]
    package let foldedTopicBodies: [[UInt16]]
    package let foldedOutsideTopics: [[UInt16]]
    /// The message for a summary (a year's report says what it did not mention, not what it
    /// does not plan); `{match}` is the element's title. `nil`: the rule's message.
    let summaryMessage: MessageTemplate?
    /// The message for a summary with a plan part (工作总结暨计划, a 总结 with 下一步打算), which is
    /// not a plan and should not be told 计划未部署; `{match}` is the element's title.
    let summaryPlanMessage: MessageTemplate?

    /// Whether a title's `topicWords` name this element in a document of this issuer.
    package func topicWordsCount(for issuer: IssuerType) -> Bool {
        !foldedTopicWords.isEmpty && topicIssuers.map { $0.contains(issuer) } ?? true
    }

    package init(patterns: [Pattern], unlessBefore: [String] = [], with: [String] = [], except: [String] = [], exceptInLists: [String] = [], topicWords: [String] = [],
                 topicIssuers: Set<IssuerType>? = nil, topicBodies: [String] = [], outsideTopics: [String] = [], summaryMessage: String? = nil,
                 summaryPlanMessage: String? = nil) {
        self.patterns = patterns
        self.unlessBefore = unlessBefore
        self.with = with
        self.except = except
        self.exceptInLists = exceptInLists
        self.topicWords = topicWords
        self.topicIssuers = topicIssuers
        self.topicBodies = topicBodies
        self.outsideTopics = outsideTopics
        self.summaryMessage = summaryMessage.map(MessageTemplate.init)
        self.summaryPlanMessage = summaryPlanMessage.map(MessageTemplate.init)
        foldedUnlessBefore = unlessBefore.map { TextNormalizer.fold(Array($0.utf16)) }
        foldedWith = with.map { TextNormalizer.fold(Array($0.utf16)) }
        foldedExcept = except.map { TextNormalizer.fold(Array($0.utf16)) }
        foldedExceptInLists = exceptInLists.map { TextNormalizer.fold(Array($0.utf16)) }
        foldedTopicWords = topicWords.map { TextNormalizer.fold(Array($0.utf16)) }
        foldedTopicBodies = topicBodies.map { TextNormalizer.fold(Array($0.utf16)) }
        foldedOutsideTopics = outsideTopics.map { TextNormalizer.fold(Array($0.utf16)) }
    }

    package init(decoding fields: YAMLFields) throws {
        self.init(patterns: try fields.searchPatterns(kind: Self.name),
                  unlessBefore: try fields.strings("unless-before"), with: try fields.strings("with"),
                  except: try fields.strings("except"), exceptInLists: try fields.strings("except-in-lists"),
                  topicWords: try fields.strings("topic-words"),
                  topicIssuers: try fields["topic-issuers"].map { try YAMLFields.issuerTypes($0, file: fields.file, key: "topic-issuers") },
                  topicBodies: try fields.strings("topic-bodies"),
                  outsideTopics: try fields.strings("outside-topics"),
                  summaryMessage: try fields.string("summary-message"),
                  summaryPlanMessage: try fields.string("summary-plan-message"))
    }

    package var searchPatterns: [Pattern] { patterns }

    package var descriptionLines: [String] {
        var lines = ["  patterns:"] + patterns.map(\.descriptionLine)
        if !unlessBefore.isEmpty { lines.append("  unless before: \(unlessBefore.joined(separator: ", "))") }
        if !with.isEmpty { lines.append("  with:      \(with.joined(separator: ", "))") }
        if !except.isEmpty { lines.append("  except in: \(except.joined(separator: ", "))") }
        if !exceptInLists.isEmpty { lines.append("  except in lists of: \(exceptInLists.joined(separator: ", "))") }
        if !topicWords.isEmpty { lines.append("  topic words (title): \(topicWords.joined(separator: ", "))") }
        if let topicIssuers { lines.append("  topic words of:      \(topicIssuers.map(\.rawValue).sorted().joined(separator: ", "))") }
        if !topicBodies.isEmpty { lines.append("  topic bodies (title): \(topicBodies.joined(separator: ", "))") }
        if !outsideTopics.isEmpty { lines.append("  not for titles on:   \(outsideTopics.joined(separator: ", "))") }
        return lines
    }

    /// The rule's message, or the message for the document's kind when it is a summary.
    private func message(for rule: Rule, in context: CheckContext) -> String {
        if context.outline.kind == .summary, let summaryMessage {
            return summaryMessage.filled(match: rule.title, year: context.outline.year)
        }
        if context.outline.kind == .summaryPlan, let summaryPlanMessage {
            return summaryPlanMessage.filled(match: rule.title, year: context.outline.year)
        }
        return rule.messageTemplate.filled(year: context.outline.year)
    }

    /// Why `rule` does not hold for this document, or `nil` when it does.
    static func inapplicability(of rule: Rule, in context: CheckContext) -> String? {
        let outline = context.outline
        if !rule.appliesTo.contains(outline.kind) {
            return outline.kind == .other ? "不是卫生健康工作计划或总结" : "不适用于\(outline.kind.chineseName)"
        }
        // A plan on this very element (a hospital's 爱婴医院工作计划) is held to it whoever wrote it.
        if let issuers = rule.issuers, !issuers.contains(outline.issuerType), !context.topics.contains(rule.id) {
            return "不要求\(outline.issuerType.chineseName)部署此项工作"
        }
        if !context.topics.isEmpty, !context.topics.contains(rule.id) {
            let namedInTitle = context.topicRange.map { range in outline.titleRange.map { $0.overlaps(range) } ?? false } ?? false
            let named = namedInTitle ? outline.title ?? "" : context.topicRange == nil ? "无标题，正文只写一个专项" : "按开篇所述目的"
            return "专项计划（\(named)），只检查其主题"
        }
        return nil
    }

    /// Why a plan on a topic outside the elements is not held to this one, or `nil`: its title
    /// (an untitled document's opening sentence) names one of `outsideTopics` and no element.
    private func outsideTopicReason(in context: CheckContext) -> String? {
        guard context.topics.isEmpty, !context.namedOutsideTopics.isEmpty,
              let index = foldedOutsideTopics.firstIndex(where: context.namedOutsideTopics.contains) else { return nil }
        return "专项计划（\(outsideTopics[index])），主题不在必备要素之列"
    }

    /// Which of `words` (folded `outsideTopics`) the text at `range` names as its topic: found
    /// there and not joined to other work before or after it (`卫生和人口计生工作汇报` reports on
    /// all the health work).
    /// Read once per document for every element rule's words (`CheckContext.namedOutsideTopics`).
    package static func outsideTopics(_ words: [[UInt16]], namedIn range: Range<Int>, of folded: [UInt16]) -> Set<[UInt16]> {
        var named: Set<[UInt16]> = []
        for word in words {
            guard let found = folded[range].firstRange(ofSubsequence: word) else { continue }
            if found.lowerBound > range.lowerBound, conjunctions.contains(folded[found.lowerBound - 1]) { continue }
            // `抓好新型农村合作医疗和公共卫生两个重点`: joined to other work after it too, unless that
            // is another such topic (`精神卫生与心理健康`).
            if found.upperBound < range.upperBound, conjunctions.contains(folded[found.upperBound]),
               !words.contains(where: { folded[(found.upperBound + 1)..<range.upperBound].starts(with: $0) }) { continue }
            named.insert(word)
        }
        return named
    }

    /// 和 与 及 、: a topic after one is joined to the work named before it.
    private static let conjunctions: Set<UInt16> = [0x548C, 0x4E0E, 0x53CA, 0x3001]

    /// Where the first of `topicWords` (or else `topicBodies`) stands in the document's title
    /// (or purpose statement), if one does.
    private func topicWordInTitle(_ context: CheckContext) -> Range<Int>? {
        guard let title = context.topicRange else { return nil }
        return (foldedTopicWords + foldedTopicBodies).lazy.compactMap { context.folded[title].firstRange(ofSubsequence: $0) }.first
    }

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        if let reason = Self.inapplicability(of: rule, in: context) ?? outsideTopicReason(in: context) {
            return CheckOutcome(element: ElementResult(ruleID: rule.id, title: rule.title, status: .notApplicable, reason: reason))
        }
        let scopes = context.ranges(for: rule.scope)
        let negations = foldedUnlessBefore
        let companions = foldedWith
        // Only the first few counted matches are kept as evidence: stop looking after them.
        var counted: [PatternMatch] = []
        for match in matches.leftmostLongest()
        where scopes.contains(where: { $0.contains(match.range.lowerBound) })
            && !context.isPreceded(match.range, byAnyOf: negations)
            && !context.isInsideCitation(match.range)
            && !context.isOnSiteLine(match.range)
            && !context.isInside(match.range, anyOf: foldedExcept)
            && !ListedItem.isItem(match.range, closedByAnyOf: foldedExceptInLists, in: context.folded, within: context.piece.range)
            && context.sentenceContains(match.range, anyOf: companions) {
            counted.append(match)
            if counted.count == Self.evidenceLimit { break }
        }
        // A plan titled by its topic's words (建设健康城区三年行动计划) plans that work, though the
        // words are too broad to count in its text.
        if counted.isEmpty, context.topics.contains(rule.id), let title = topicWordInTitle(context) {
            counted.append(PatternMatch(pattern: 0, range: title))
        }
        guard counted.isEmpty else {
            let evidence = counted.map { match in
                Evidence(position: context.document.sourceMap.position(of: match.range.lowerBound),
                         text: context.document.text(in: match.range))
            }
            // A plan on this element alone plans it in every line: its targets are anywhere in it.
            let target = counted.lazy.compactMap { MeasurableTarget.target(around: $0.range, in: context) }.first
                ?? (context.topics.contains(rule.id) ? MeasurableTarget.target(anywhereIn: scopes, in: context) : nil)
            var findings: [Finding] = []
            // Planned work with nothing to check it by: said once, where the element is planned.
            if target == nil, context.outline.kind == .plan || context.outline.kind == .summaryPlan, let first = counted.first {
                let line = context.document.lineExcerpt(around: first.range)
                findings.append(Finding(
                    ruleID: Self.unmeasurableRuleID, severity: .info,
                    message: "计划缺少可考核的指标：\(rule.title)",
                    hint: "写明数量、比率、频次或完成时限，如“每季度开展督查1次”“覆盖率达到90%”“6月底前完成”。",
                    span: context.document.span(of: first.range), match: context.document.text(in: first.range),
                    lineText: line.text, lineTextColumn: line.column
                ))
            }
            return CheckOutcome(findings: findings, element: ElementResult(ruleID: rule.id, title: rule.title, status: .met,
                                                                           evidence: Array(evidence), target: target))
        }
        let finding = Finding(ruleID: rule.id, severity: rule.severity,
                              message: message(for: rule, in: context), hint: rule.hint)
        return CheckOutcome(findings: [finding], element: ElementResult(ruleID: rule.id, title: rule.title, status: .missing))
    }
}
