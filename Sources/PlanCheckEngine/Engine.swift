import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules
import PlanCheckChecks

/// Runs every loaded rule over documents and produces `Results`.
///
/// Per document: split into pieces, read each piece's outline, find every rule's matches in one
/// scan of the folded text, then hand each rule its matches. Documents are independent, so a
/// folder is checked on several threads and the results are put back in path order.
package struct Engine: Sendable {
    package let rules: [Rule]
    /// Each rule's check, in the order of `rules`.
    private let checks: [any Check]
    /// The indices of the rules that are required elements (found once: asking a rule is a
    /// dynamic cast).
    private let elementIndices: [Int]
    /// Every element rule's `outside-topics`, each once: a document's title is read for them once.
    private let outsideTopicWords: [[UInt16]]
    /// Each of them as a rule wrote it, for messages.
    private let outsideTopicNames: [[UInt16]: String]
    private var hasElements: Bool { !elementIndices.isEmpty }
    private let matcher: RuleMatcher
    /// How many findings one rule may make in one document; the rest are counted in one
    /// `plancheck.findings-capped` finding. `Int.max` for no limit.
    package let findingLimit: Int

    /// The findings one rule makes in one document before the rest are only counted: above
    /// the most a real document has shown (a plan masked for publication holds 121
    /// placeholders), far below the hundreds of thousands a hostile one can make.
    package static let defaultFindingLimit = 500

    /// The language of the findings the engine writes itself about a file it cannot read (rule
    /// messages are as their files write them). Chinese, as the rules are, unless `--lang en`.
    package var language = ReportLanguage.zh
    /// Whether a silencing directive that silenced nothing is reported (`plancheck.unused-directive`).
    package var reportsUnusedDirectives = false
    /// The rule ids a silencing directive may name without being reported as unknown: the rules
    /// run, the built-in findings' ids and (from the session) the rules the configuration left out.
    package var knownRuleIDs: Set<String>

    package init(rules: [Rule], findingLimit: Int = Engine.defaultFindingLimit) throws {
        self.rules = rules
        self.findingLimit = findingLimit
        self.checks = try rules.map { rule in
            guard let check = rule.check else {
                throw RuleLoadError(file: rule.origin, reason: "rule kind '\(rule.kindName)' has no check")
            }
            return check
        }
        self.elementIndices = rules.indices.filter { rules[$0].isElement }
        var outsideTopicNames: [[UInt16]: String] = [:]
        for index in elementIndices {
            guard let check = rules[index].kind as? RequireCheck else { continue }
            for (folded, name) in zip(check.foldedOutsideTopics, check.outsideTopics) where outsideTopicNames[folded] == nil {
                outsideTopicNames[folded] = name
            }
        }
        self.outsideTopicNames = outsideTopicNames
        self.outsideTopicWords = outsideTopicNames.keys.sorted { $0.lexicographicallyPrecedes($1) }
        self.knownRuleIDs = Set(rules.map(\.id) + BuiltInFinding.descriptors.map(\.id))
        self.matcher = try BundledRules.prefetchedMatcher(for: rules) ?? RuleMatcher(rules: rules)
    }

    /// The rules as reporters see them.
    package var ruleDescriptors: [RuleDescriptor] {
        rules.map { RuleDescriptor(id: $0.id, title: $0.title, kind: $0.kindName, isElement: $0.isElement, severity: $0.severity, hint: $0.hint, reference: $0.reference) }
            + BuiltInFinding.descriptors
    }

    /// Results for one decoded document: one entry per piece (one for an ordinary document).
    package func check(_ document: Document) -> [DocumentResult] {
        check(PreparedDocument(document), fingerprints: false).map(\.result)
    }

    /// As `check(_:)`, with each piece's paragraph fingerprints when asked for (only the audit's
    /// near-duplicate search reads them).
    private func check(_ prepared: PreparedDocument, fingerprints: Bool) -> [FingerprintedResult] {
        let (document, subject) = (prepared.document, prepared.subject)
        let directives = SuppressionDirectives(document: document)
        var usage = DirectiveUsage(directives)
        var pieceRanges: [Range<Int>] = []
        var results = prepared.outlines.map { piece, outline in
            var result = check(piece, outline: outline, of: document, subject: subject)
            let prints = fingerprints ? ParagraphFingerprints.of(subject.folded, lines: document.sourceMap, in: piece.range) : []
            pieceRanges.append(piece.range)
            if !directives.isEmpty {
                let all = result.findings
                result.findings = all.filter { finding in
                    guard let line = finding.span?.start.line else { return true }
                    return !usage.silence(rule: finding.ruleID, line: line)
                }
                result.silencedCount = all.count - result.findings.count
            }
            return FingerprintedResult(result: result, paragraphFingerprints: prints)
        }
        // Directives are checked once every piece has used them: one piece's finding may be
        // what a directive in another piece's lines silences.
        if !directives.directives.isEmpty {
            let findings = usage.findings(knownRuleIDs: knownRuleIDs, reportingUnused: reportsUnusedDirectives, in: document)
            for (offset, finding) in findings {
                let index = pieceRanges.firstIndex { $0.contains(offset) } ?? max(0, pieceRanges.count - 1)
                guard results.indices.contains(index) else { continue }
                results[index].result.findings = Finding.inReportOrder(results[index].result.findings + [finding])
            }
        }
        return results
    }

    private func check(_ piece: Piece, outline: Outline, of document: Document, subject: RuleMatcher.Subject) -> DocumentResult {
        let folded = subject.folded
        let scan = matcher.scan(subject, range: piece.range)
        let matches = scan.matches
        let topics = topics(named: outline, of: document, folded: folded, matches: matches)
        // Read only where an element rule may ask: a health plan whose title names no element.
        let outsideRange = topics.topics.isEmpty && outline.kind != .other ? outline.titleRange ?? outline.subjectRange : nil
        let outside = outsideRange.map { RequireCheck.outsideTopics(outsideTopicWords, namedIn: $0, of: folded) } ?? []
        let context = CheckContext(document: document, piece: piece, outline: outline, folded: folded,
                                   topics: topics.topics, topicRange: topics.range, namedOutsideTopics: outside,
                                   findingLimit: findingLimit)
        var findings: [Finding] = scan.timedOut.sorted().map { index in
            Finding(
                ruleID: BuiltInFinding.regexLimit, severity: .warning,
                message: "规则 \(rules[index].id) 的正则表达式在本文档上回溯超过 \(CompiledRegex.stepLimit / 100_000_000) 亿步被中止，其结果可能不完整",
                hint: "请规则作者简化该正则表达式（避免 (a+)+ 这类嵌套重复），或用字面词代替。"
            )
        }
        var elements: [ElementResult] = []
        for (index, rule) in rules.enumerated() {
            let outcome = checks[index].run(rule, matches: matches[index], in: context)
            findings += outcome.findings
            if outcome.omitted > 0 { findings.append(Self.capped(rule, omitted: outcome.omitted, limit: findingLimit)) }
            if let element = outcome.element { elements.append(element) }
        }
        // A plan on a topic outside the elements, held to none of them: said once, as for `other`.
        if let topic = outsideTopicWords.first(where: outside.contains).flatMap({ outsideTopicNames[$0] }),
           !elements.isEmpty, elements.allSatisfy({ $0.status == .notApplicable }) {
            findings.append(Finding(
                ruleID: BuiltInFinding.outsideTopic, severity: .info,
                message: "专项计划（\(topic)），主题不在必备要素之列，未检查必备要素",
                hint: "如果这是卫生健康全面工作的计划，标题不要只写一个专项（如“\(topic)”）。"
            ))
        }
        if outline.kind == .other, hasElements {
            findings.append(Finding(
                ruleID: BuiltInFinding.notAPlan, severity: .info,
                message: "不是卫生健康工作计划或总结，未检查必备要素",
                hint: "如果这是卫生健康工作计划，请在标题中写明（如“××县卫生健康局2025年工作计划”）。"
            ))
        }
        return DocumentResult(
            path: document.path, piece: piece.index, title: outline.title, kind: outline.kind,
            year: outline.year, issuer: outline.issuer, issuerType: outline.issuerType, encoding: document.encoding,
            elements: elements, findings: Finding.inReportOrder(findings)
        )
    }

    /// The one finding that stands for a rule's findings past the limit.
    static func capped(_ rule: Rule, omitted: Int, limit: Int) -> Finding {
        Finding(
            ruleID: BuiltInFinding.findingsCapped, severity: .info,
            message: "规则 \(rule.id) 在本文档中另有 \(omitted) 处同类问题未列出（每条规则每份文档最多列出 \(limit) 处）",
            hint: "先改正已列出的问题再检查；要全部列出，请用 --max-findings-per-rule 0 或在配置中写 max-findings-per-rule: 0。"
        )
    }

    /// The element rules a plan on one subject is about (`医院感染管理工作计划`), and where they are
    /// named: the title line (or, untitled, the opening purpose statement); when the title names
    /// none (`村卫生室年度工作计划`), the opening sentence's own name for the plan
    /// (`制定20xx年健康教育工作计划`), else that sentence. Naming more than a few makes a plan
    /// across the health work.
    private func topics(named outline: Outline, of document: Document, folded: [UInt16], matches: [[PatternMatch]]) -> (topics: Set<String>, range: Range<Int>?) {
        let opening = outline.openingRange ?? (outline.titleRange == nil ? outline.subjectRange : nil)
        let clause = opening.flatMap { PurposeStatement.selfNamingClause(in: $0, folded: folded) }
        for range in [outline.titleRange, clause, opening].compactMap({ $0 }) {
            let named = elements(namedIn: range, of: outline, folded: folded, matches: matches)
            if named.isEmpty { continue }
            return named.count <= Self.maximumTopics ? (Set(named.map { rules[$0].id }), range) : ([], nil)
        }
        // An untitled page (a plan's fragment, its title lost) that names one element over and
        // over and the others hardly at all is on that element.
        if outline.titleRange == nil, let dominant = dominantElement(matches) { return ([rules[dominant].id], nil) }
        return ([], nil)
    }

    /// The element rules with a match, or a topic word, in `range`; else, in the title, those whose
    /// topic bodies it names (`中医院工作计划`).
    private func elements(namedIn range: Range<Int>, of outline: Outline, folded: [UInt16], matches: [[PatternMatch]]) -> [Int] {
        let named = elementIndices.filter { index in
            matches[index].contains { range.contains($0.range.lowerBound) }
                || (rules[index].kind as? RequireCheck).map { check in
                    check.topicWordsCount(for: outline.issuerType) && check.foldedTopicWords.contains { folded[range].containsSubsequence($0) }
                } == true
        }
        guard named.isEmpty, range == outline.titleRange else { return named }
        return elementIndices.filter { index in
            (rules[index].kind as? RequireCheck)?.foldedTopicBodies.contains { folded[range].containsSubsequence($0) } == true
        }
    }

    /// The element rule with at least `dominantMatches` matches that hold `dominantShare` of all
    /// the element rules' matches, if one does.
    private func dominantElement(_ matches: [[PatternMatch]]) -> Int? {
        var total = 0
        var top: (index: Int, count: Int)?
        for index in elementIndices {
            let count = matches[index].count
            total += count
            if count > top?.count ?? 0 { top = (index, count) }
        }
        guard let top, top.count >= Self.dominantMatches, Double(top.count) >= Self.dominantShare * Double(total) else { return nil }
        return top.index
    }

    static let dominantMatches = 10
    static let dominantShare = 0.85

    /// More elements named in one title make it a general plan, not a plan on one topic.
    static let maximumTopics = 2

    /// Loads and checks files, `jobs` at a time, returning results in the order of `files`.
    /// A file that cannot be read becomes an error finding on that file; the rest go on.
    package func check(files: some RandomAccessCollection<DiscoveredFile> & Sendable, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) -> Results {
        var documents: [DocumentResult] = []
        check(files: files, jobs: jobs) { _, results in documents += results }
        var results = Results(documents: documents, rules: ruleDescriptors)
        results.suppressedByComments = documents.reduce(0) { $0 + $1.silencedCount }
        return results
    }

    /// Loads and checks files, `jobs` at a time, handing each file's results to `deliver` as
    /// soon as every earlier file's have been handed over: in the order of `files`, one call at
    /// a time, while later files are still being checked.
    package func check(files: some RandomAccessCollection<DiscoveredFile> & Sendable, jobs: Int, deliver: (Int, [DocumentResult]) -> Void) {
        check(files: files, jobs: jobs, prepare: { $0 }, deliver: deliver)
    }

    /// As `check(files:jobs:deliver:)`, with `prepare` run on the worker thread that checked the
    /// file (rendering a report's part there, say), and only its result handed over in order.
    package func check<Prepared>(
        files: some RandomAccessCollection<DiscoveredFile> & Sendable, jobs: Int,
        prepare: @Sendable ([DocumentResult]) -> Prepared,
        deliver: (Int, Prepared) -> Void
    ) {
        run(files: files, jobs: jobs, work: { prepare(checkFile($0)) }, deliver: deliver)
    }

    /// As `check(files:jobs:deliver:)`, each piece with its paragraph fingerprints, for the
    /// audit's near-duplicate search.
    package func checkWithFingerprints(files: some RandomAccessCollection<DiscoveredFile> & Sendable, jobs: Int, deliver: (Int, [FingerprintedResult]) -> Void) {
        run(files: files, jobs: jobs, work: { file in
            do {
                return try check(PreparedDocument.load(file), fingerprints: true)
            } catch {
                return checkFile(file).map { FingerprintedResult(result: $0, paragraphFingerprints: []) }
            }
        }, deliver: deliver)
    }

    /// `work` on every file, `jobs` at a time, its results handed to `deliver` in file order.
    private func run<Prepared>(files: some RandomAccessCollection<DiscoveredFile> & Sendable, jobs: Int, work: @Sendable (DiscoveredFile) -> Prepared, deliver: (Int, Prepared) -> Void) {
        let workers = max(1, min(jobs, files.count))
        let delivery = OrderedDelivery<Prepared>(count: files.count, window: 16 * workers)
        withoutActuallyEscaping(deliver) { deliver in
            let handOver = UncheckedSendable(deliver)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = delivery.take() {
                    delivery.finish(index, work(files[files.index(files.startIndex, offsetBy: index)]), deliver: handOver.value)
                }
            }
        }
    }

    /// One file's results, or an error finding when it cannot be read or expands too far.
    package func checkFile(_ file: DiscoveredFile) -> [DocumentResult] {
        do {
            return check(try PreparedDocument.load(file), fingerprints: false).map(\.result)
        } catch let error as DocumentTooLargeError {
            return [Self.tooLarge(path: file.displayPath, error: error)]
        } catch let error as InputFileError {
            return [Self.unreadable(path: file.displayPath, error: error, language: language)]
        } catch {
            return [Self.unreadable(path: file.displayPath, error: InputFileError(path: file.displayPath, reason: "\(error)"), language: language)]
        }
    }

    /// The finding for a file that cannot be read, its reason in the report's language.
    static func unreadable(path: String, error: InputFileError, language: ReportLanguage = .zh) -> DocumentResult {
        let message = language.pick("无法读取文档：\(error.chineseReason)", "cannot read the document: \(error.reason)")
        let hint = language.pick("请确认文件完整、未加密，格式为 \(DocumentFormat.chineseList)。",
                                 "check that the file is complete and not encrypted, and that it is one of \(DocumentFormat.extensionList).")
        return DocumentResult(path: path, findings: [Finding(
            ruleID: BuiltInFinding.unreadable, severity: .error, message: message, hint: hint
        )])
    }

    static func tooLarge(path: String, error: DocumentTooLargeError) -> DocumentResult {
        DocumentResult(path: path, findings: [Finding(
            ruleID: BuiltInFinding.tooLarge, severity: .error, message: error.chineseMessage,
            hint: "正常的工作计划远在此上限之内：请确认文件没有损坏、没有异常重复的内容，必要时另存为 .docx 后重试。"
        )])
    }
}

/// A piece's results with the fingerprints of its substantial paragraphs (`ParagraphFingerprints`).
package struct FingerprintedResult: Sendable {
    package var result: DocumentResult
    package var paragraphFingerprints: [UInt64]
}

/// Ids of findings the engine itself makes (no rule file behind them).
package enum BuiltInFinding {
    package static let unreadable = "plancheck.unreadable"
    /// A document that expands past a reading limit (`ReadingBudget`).
    package static let tooLarge = "plancheck.too-large"
    package static let notAPlan = "plancheck.not-a-plan"
    /// A health plan on a topic outside the elements (`outside-topics`), held to none of them.
    package static let outsideTopic = "plancheck.outside-topic"
    package static let regexLimit = "plancheck.regex-limit"
    package static let findingsCapped = "plancheck.findings-capped"
    /// A silencing directive naming a rule id that no rule has.
    package static let unknownDirectiveRule = "plancheck.unknown-directive-rule"
    /// A silencing directive that silenced nothing (`--report-unused-directives`).
    package static let unusedDirective = "plancheck.unused-directive"

    static let descriptors = [
        RuleDescriptor(id: unreadable, title: "无法读取的文档", kind: RuleDescriptor.builtInKind, severity: .error,
                       hint: "文件损坏、加密、为空或不是文本：请另存为 .docx、.odt 或 UTF-8/GB18030 文本后重试。"),
        RuleDescriptor(id: tooLarge, title: "文档展开后过大，未检查", kind: RuleDescriptor.builtInKind, severity: .error,
                       hint: "文档展开后的文字超过 64 MB，或嵌入的内容块超过 1000 处：正常的工作计划远在此上限之内，请确认文件没有损坏或异常重复的内容。"),
        RuleDescriptor(id: regexLimit, title: "正则表达式回溯过多", kind: RuleDescriptor.builtInKind, severity: .warning,
                       hint: "一条规则的正则表达式在一份文档上回溯步数超过上限被中止：请简化它（避免嵌套重复）。"),
        RuleDescriptor(id: RequireCheck.unmeasurableRuleID, title: "计划缺少可考核的指标", kind: RuleDescriptor.builtInKind, severity: .info,
                       hint: "写明数量、比率、频次或完成时限，如“每季度开展督查1次”“覆盖率达到90%”“6月底前完成”。"),
        RuleDescriptor(id: findingsCapped, title: "同类问题过多，未全部列出", kind: RuleDescriptor.builtInKind, severity: .info,
                       hint: "一条规则在一份文档中的问题超过上限（默认 500 处），其余只计数：用 --max-findings-per-rule 调整，0 为不限。"),
        RuleDescriptor(id: unknownDirectiveRule, title: "停用注释中的规则不存在", kind: RuleDescriptor.builtInKind, severity: .warning,
                       hint: "plancheck-disable 注释里写错的规则 id 屏蔽不了任何问题：改正它（plancheck rules list 列出所有规则），或删去这条注释。"),
        RuleDescriptor(id: unusedDirective, title: "停用注释没有屏蔽任何问题", kind: RuleDescriptor.builtInKind, severity: .warning,
                       hint: "这条 plancheck-disable 注释所针对的问题已不存在：删去它，或只保留仍需屏蔽的规则 id。"),
        RuleDescriptor(id: notAPlan, title: "不是卫生健康工作计划或总结", kind: RuleDescriptor.builtInKind, severity: .info,
                       hint: "学校、企业或其他部门的材料不检查卫生健康必备要素；如判断有误，请在标题中写明卫生健康部门和“工作计划”。"),
        RuleDescriptor(id: outsideTopic, title: "专项计划的主题不在必备要素之列", kind: RuleDescriptor.builtInKind, severity: .info,
                       hint: "标题只写了必备要素以外的一个专项（安全生产、精神卫生、健康老龄化……）的计划不检查必备要素；如判断有误，请在标题中写明是全面工作计划。"),
    ]
}

/// Lets a closure that is only ever called under `OrderedDelivery`'s lock cross to worker threads.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
