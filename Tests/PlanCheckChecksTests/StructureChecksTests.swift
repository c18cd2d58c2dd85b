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

/// The checks that read the outline or the text as a whole: numbering, period, duplicate, range,
/// empty-value — each on a small real-shaped plan, through the engine as a user runs it.
@Suite struct StructureChecksTests {
    private func findings(_ yaml: String, _ text: String) throws -> [Finding] {
        let rule = try RuleLoader.standard.rule(fromYAML: yaml, file: "t.yml")
        return try Engine(rules: [rule]).check(Document(path: "t.txt", text: text)).flatMap(\.findings).filter { $0.ruleID == rule.id }
    }

    let numbering = "id: structure.t\nkind: numbering\nmessage: '{match} → {expected}'\n"

    @Test func numberingReportsSkipRepeatAndRestartWithTheExpectedMarker() throws {
        let text = """
        2025年卫生院工作计划
        一、工作目标
        二、主要任务
        （一）加强院感防控
        （二）推进两癌筛查
        （二）抓好除四害
        1、春季灭鼠
        2、秋季灭蚊
        4、夏季灭蝇
        四、保障措施
        """
        let found = try findings(numbering, text)
        #expect(found.map(\.message) == ["（二） → （三）", "4、 → 3、", "四、 → 三、"])
        #expect(found.map { $0.span!.start } == [SourcePosition(line: 6, column: 1), SourcePosition(line: 9, column: 1), SourcePosition(line: 10, column: 1)])
        #expect(found.map(\.replacement) == ["（三）", "3、", "三、"])
    }

    @Test func numberingRestartsUnderEachParentAndCountsEnumerationsPerParagraph() throws {
        let text = """
        一、重点工作
        1、加强院感
        2、推进筛查
        二、保障措施
        1、加强领导
        2、强化考核。一是定期督查，二是年终考核。
        3、一是完善制度，二是落实责任，四是加强宣传。
        """
        let found = try findings(numbering, text)
        #expect(found.map(\.message) == ["四是 → 三是"])
    }

    /// Pages that lost their line breaks run headings on after the sentence or title before them.
    @Test func numberingRestartsUnderAHeadingRunOnToTheLineBefore() throws {
        // The page starts inside 一、; its 二、 is glued to a target: the （一） after it opens a new list.
        let text = """
        （二）年度工作指标
        早孕建卡率达85%
        住院分娩率达100%
        剖宫产率控制在45%以下二、强化产科管理，降低孕产妇死亡率
        （一）规范接产行为
        对技术薄弱的接产单位实行重点管理。
        （二）加强高危孕妇管理
        """
        #expect(try findings(numbering, text).isEmpty)
    }

    @Test func enumerationsStartAgainUnderAHeadingInsideTheirParagraph() throws {
        let glued = "1、某局2023年上半年工作总结一、主要工作情况（一）指标完成情况。一是空气质量方面，优良率*二是水环境方面。"
            + "三是土壤方面。（二）重点工作情况。一是开展隐患排查。二是筑牢安全屏障。"
        #expect(try findings(numbering, glued).isEmpty)
        let marked = "一、主要工作情况\n（一）指标完成情况。一是空气质量改善。二是水质稳定。（二）重点工作情况。一是开展排查。二是推进整改。"
        #expect(try findings(numbering, marked).isEmpty)
    }

    @Test func aParenHeadingGluedToAHeadingTitleJoinsItsList() throws {
        // `（一）` run onto `三、活动内容`: the later `二）` is then a sibling written in another form.
        let text = """
        二、活动时间。
        本次活动时间为5月1日至5月31日。三、活动内容（一）集中宣传。
        以张贴标语、设立宣传栏等形式开展宣传。
        二）清理卫生死角。
        1、每周开展一次集中清扫。
        四、保障措施。
        """
        let found = try findings(numbering, text)
        #expect(found.map(\.replacement) == ["（二）"])
        #expect(found.first?.span?.start == SourcePosition(line: 4, column: 1))
    }

    @Test func aParenHeadingWithAStrayMarkInsideARunOnPageIsReported() throws {
        let text = "1、第PAGE3页共NUMPAGES3页某镇卫生院工作计划为落实上级要求，结合实际，制定本方案。一、目标（一）建成管理系统。"
            + "至年底规范管理率达90%。（二）普及防治知识，提高群众认识。二、组织机构（一）领导小组（二）、领导小组分工张同志：全面负责。"
            + "三、范围和内容（一）范围：全镇。（二）实施内容：培训。"
        let found = try findings(numbering, text)
        #expect(found.map(\.message) == ["标题编号「（二）、」与同级标题的写法不一致，应为「（二）」"])
    }

    @Test func anInlineItemWhoseMarkWasLostIsReportedWhereItsRunMakesItOne() throws {
        let text = "1、某局2024年工作要点1.坚持党的领导。加强基层党建。2 .落实根本任务。扎实推进五育并举。\n"
            + "2、时代新人。3 .推进教育高质量发展。促进学前教育普惠。4 加强教师队伍建设。一是完善保障机制。"
        let found = try findings(numbering, text)
        #expect(found.map(\.replacement) == ["4."])
        #expect(found.first?.span?.start.line == 2)
        // Figures in prose are no items: a count, an amount, a date.
        let prose = "一、工作目标\n全年培训2 .5万人次。1.开展培训。2.组织体检。3 人参加省级培训，5 月完成验收。6 岁以下儿童全部建档。"
        #expect(try findings(numbering, prose).isEmpty)
    }

    @Test func aNumberRepeatedAmongHeadingsWrittenWithADotIsReported() throws {
        // 四. glued to the item before it, then 四. again on a line of its own.
        let text = """
        一、院感监测：
        1.每月开展目标性监测。
        二.抗菌药物管理：实行分级管理。
        三.传染病管理：
        1.健全疫情报告制度。
        2.做好上级部门的检查工作四.医疗废物管理：每月查阅交接记录。
        四.手卫生管理：纳入重点考核。
        """
        let found = try findings(numbering, text)
        #expect(found.map(\.replacement) == ["二、", "五、"])
        #expect(found.map { $0.span!.start.line } == [3, 7])
        let consistent = "一.加强组织领导\n二.完善制度建设\n三.强化督导考核\n附件\n一.考核细则\n二.评分标准"
        #expect(try findings(numbering, consistent).isEmpty)
    }

    /// An excerpt whose list of section 一 runs to 5、, then section 二's heading without its 、,
    /// then its own list from 1、: the lost mark is the slip, not the restart.
    @Test func aListRestartingUnderASectionHeadingThatLostItsMarkReportsTheMark() throws {
        let text = """
        卫生工作计划
        5、开展婚育新风进万家活动
        坚持大宣传、大联合的发展战略，加快建立宣传教育综合协调机制。
        二卫生工作的主要任务
        全年卫生工作重点是：认真贯彻落实省、市卫生工作会议精神，加快农村卫生建设。
        1、加强农村卫生服务网络建设
        2、做好新型农村合作医疗工作
        """
        let found = try findings(numbering, text)
        #expect(found.map(\.replacement) == ["二、"])
        #expect(found.first?.span?.start == SourcePosition(line: 4, column: 1))
        // A plain subheading that opens with a numeral word is no lost number: the restart is reported.
        let phrase = text.replacingOccurrences(of: "二卫生工作的主要任务", with: "三甲医院创建工作")
        #expect(try findings(numbering, phrase).map(\.replacement) == ["6、"])
    }

    @Test func periodNeedsTheYearAndRespectsTolerance() throws {
        let rule = "id: currency.t\nkind: period\ntolerance: 1\nmessage: '{match} {period} {year} {expected}'\n"
        let text2024 = "2024年卫生健康工作计划\n一、今年是“十二五”收官之年，谋划“十三五”，落实“十四五”。"
        #expect(try findings(rule, text2024).map(\.message) == ["十二五 2011–2015年 2024 十四五", "十三五 2016–2020年 2024 十四五"])
        // 十三五 ended in 2020: a 2021 plan may still look back on it with tolerance 1.
        let text2021 = "2021年卫生健康工作计划\n一、总结“十三五”成绩，开启“十四五”。"
        #expect(try findings(rule, text2021).isEmpty)
        let unknownYear = "20xx年卫生健康工作计划\n一、今年是“十二五”收官之年。"
        #expect(try findings(rule, unknownYear).isEmpty)
    }

    /// A summary and plan's summary is judged against the year it summarises, its plan part
    /// against the year it plans: the same term is history in one and stale in the other.
    @Test func aSummaryAndPlansPlanPartIsJudgedAgainstTheYearItPlans() throws {
        let rule = "id: currency.t\nkind: period\nterms:\n  - {term: 常态化疫情防控, until: 2022}\nmessage: '{match} {year}'\n"
        let text = "县卫健委2022年度工作总结与2023年度工作计划\n一、2022年工作总结\n做好常态化疫情防控。\n二、2023年工作计划\n继续做好常态化疫情防控。\n"
        let found = try findings(rule, text)
        #expect(found.map(\.message) == ["常态化疫情防控 2023"])
        #expect(found.map { $0.span!.start.line } == [5])
    }

    /// A site's stamp inside a line of the text holds no finding of a forbid rule: a converted file's
    /// page header has blanks of its own (`时间:2021年x月x日`), the text's own blank is still found.
    @Test func forbidFindsNothingInsideASitesStamp() throws {
        let rule = "id: hygiene.t\nkind: forbid\npatterns: [{regex: 'x[月日]'}]\nmessage: '{match}'\n"
        let text = "卫生院公共卫生工作总结\n编号:时间:2021年x月x日书山有路勤为径,学海无涯苦作舟页码:第1页共12页全年于x月完成建档。\n"
        #expect(try findings(rule, text).map(\.message) == ["x月"])
        #expect(try findings(rule, text).first?.span?.start.column == 44)
    }

    /// Nor does a hijacked mirror's line of video-site keywords (`国产成人8x视频一区二区`: its x is no
    /// blank, corpus/real fresh-887); the text's own blank below it is found.
    @Test func forbidFindsNothingOnAHijackedKeywordLine() throws {
        let rule = "id: hygiene.t\nkind: forbid\npatterns: [{regex: '(?<![a-z])x(?![a-z])'}]\nmessage: '{match}'\n"
        let text = "第一视频专区在线,蜜臀av一区,97se在线视频,国产成人8x视频一区二区\n结核病防治规划\n全市x个县区开展筛查。\n"
        #expect(try findings(rule, text).map { $0.span!.start.line } == [3])
    }

    /// `until: named`: a text named by its year was current until that year. `anniversary-of`: an
    /// anniversary falls in the year of its event plus its count; one still ahead is not stale.
    @Test func aNamedYearAndAnAnniversaryDateTheirTerms() throws {
        let rule = "id: currency.t\nkind: period\nterms:\n  - {regex: '(?:19|20)[0-9]{2}年[^，。\\n]{0,16}任务分配表', until: named}\n"
            + "  - {regex: '爱国卫生运动[0-9]{1,3}周年', anniversary-of: 1952}\nmessage: '{match} {period} {year}'\n"
        let text = "2023年爱国卫生工作计划\n一、开展爱国卫生运动70周年活动，迎接爱国卫生运动72周年。\n附表：2022年任务分配表\n附表：2023年任务分配表\n"
        #expect(try findings(rule, text).map(\.message) == ["爱国卫生运动70周年 2022年 2023", "2022年任务分配表 2022年 2023"])
    }

    @Test func anUntilThatIsNeitherAYearNorNamedIsAnError() throws {
        let rule = "id: currency.t\nkind: period\nterms:\n  - {term: 卫计委, until: soon}\nmessage: '{match}'\n"
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: rule, file: "t.yml") }
        #expect(error.line == 4)
        #expect(error.reason == "'until' is the last year the term was current (1949 to 2100) or 'named' for the year its words name, not 'soon'")
    }

    @Test func duplicateParagraphIsReportedAtTheRepeatIgnoringPunctuation() throws {
        let rule = "id: structure.t\nkind: duplicate\nmin-length: 10\nmessage: '与{expected}重复'\n"
        let text = "一、工作计划\n加强院感防控，落实预检分诊制度。\n二、保障措施\n  加强院感防控,落实预检分诊制度.\n加强领导。\n加强领导。"
        let found = try findings(rule, text)
        #expect(found.map(\.message) == ["与第2行重复"])
        #expect(found.first?.span?.start == SourcePosition(line: 4, column: 3))
    }

    /// A task list flattened to `label：value` lines names the same units and deadlines under
    /// many tasks (corpus/real fresh-025); a repeated paragraph with another label is still one.
    @Test func aTaskListsRepeatedFieldsAreNoDuplicates() throws {
        let rule = "id: structure.t\nkind: duplicate\nmin-length: 10\nmessage: '与{expected}重复'\n"
        let text = "1.加强慢性病综合防控。\n牵头单位：县卫健委\n主要协作单位：各乡镇人民政府、县政府有关部门\n完成时限：2024年12月底前完成全部任务\n"
            + "2.加强重大疫情防控。\n牵头单位：县卫健委\n主要协作单位：各乡镇人民政府、县政府有关部门\n完成时限：2024年12月底前完成全部任务\n"
            + "指导思想：以人民健康为中心，全面推进健康乡村建设。\n指导思想：以人民健康为中心，全面推进健康乡村建设。\n"
        #expect(try findings(rule, text).map(\.message) == ["与第9行重复"])
    }

    @Test func rangeComparesTheLastNumberOfEachMatch() throws {
        let rule = "id: hygiene.t\nkind: range\nmax: 100\npatterns: [{regex: '率[^，。]{0,6}?[0-9]+(?:\\.[0-9]+)?%'}]\nmessage: '{match} > {expected}'\n"
        let text = "一、工作目标\n接种率达到９５％，随访率144.71%，合格率100%。"
        #expect(try findings(rule, text).map(\.message) == ["率144.71% > 100"])
    }

    @Test(arguments: ["1e19", "1e20", "-1e300", "9223372036854775808"])
    func rangeBoundsThatCannotBeComparedExactlyAreLoadErrors(_ bound: String) throws {
        let rule = "id: hygiene.t\nkind: range\nmin: 0\nmax: \(bound)\npatterns: [{regex: '率[0-9]+%'}]\nmessage: m\n"
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: rule, file: "t.yml") }
        #expect(error.line == 4 && error.column == 6)
        #expect(error.reason == "'max' must be a number from -1000000000000000 to 1000000000000000, not '\(bound)'")
    }

    @Test func aRateOfTwentyOneDigitsIsComparedNotConverted() throws {
        let rule = "id: hygiene.t\nkind: range\nmin: -1e15\nmax: 1e15\npatterns: [{regex: '率[0-9]+%'}]\nmessage: '{match} > {expected}'\n"
        let text = "一、工作目标\n覆盖率300000000000000000000%。"
        #expect(try findings(rule, text).map(\.message) == ["率300000000000000000000% > 1000000000000000"])
    }

    @Test func emptyValueBuildsItsPatternFromBeforeAndUnits() throws {
        let rule = "id: hygiene.t\nkind: empty-value\nbefore: [达到, 达]\nunits: ['%', 亿元]\nmessage: '{match}'\n"
        let text = "一、工作目标\n婚检率达到%以上，固定资产达亿元，接种率达到95%。"
        #expect(try findings(rule, text).map(\.message) == ["达到%", "达亿元"])
    }

    @Test func kindSpecificKeysAreErrorsOnOtherKinds() throws {
        let text = "id: hygiene.t\nkind: forbid\npatterns: [x]\ntolerance: 2\nmessage: m\n"
        let error = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: text, file: "t.yml") }
        #expect(error.line == 4)
        #expect(error.reason == "'tolerance' does not apply to a forbid rule (only to: period)")
        let range = "id: hygiene.t\nkind: range\npatterns: [{regex: '率[0-9]+%'}]\nmessage: m\n"
        let missingBound = try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: range, file: "t.yml") }
        #expect(missingBound.reason == "a range rule needs 'max' or 'min'")
    }

    @Test func chineseNumeralsForExpectedMarkers() {
        #expect([1, 10, 12, 20, 35, 99].map(NumberingMarker.chineseNumeral) == ["一", "十", "十二", "二十", "三十五", "九十九"])
        #expect(NumberingMarker.marker(3, style: .chineseParen, like: "(二)") == "(三)")
        #expect(NumberingMarker.marker(3, style: .arabic, like: "2.") == "3.")
        #expect(NumberingMarker.marker(3, style: .circled, like: "②") == "③")
    }
}
