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

@Suite struct StructureHeadingTests {
    private func headings(_ text: String, styled: [Int: Int] = [:]) -> [Heading] {
        HeadingParser.headings(in: Document(path: "t.txt", text: text, styledHeadingLevels: styled))
    }

    private func titles(_ text: String) -> [String] {
        let document = Document(path: "t.txt", text: text)
        return HeadingParser.headings(in: document).map { $0.title(in: document) }
    }

    private let clinicPlan = """
    某镇卫生院2024年工作计划
    一、指导思想
    以人民健康为中心，做好基本医疗和公共卫生服务。
    二、主要任务
    （一）加强院感防控
    1.落实预检分诊制度。
    （1）每月开展一次感控督查。
    ①督查手卫生；②督查医疗废物处置。
    (2)完善院感监测。
    2．开展爱国卫生月活动。
    3、做好除四害工作。
    (二)推进家庭医生签约
    三、保障措施
    """

    @Test func readsEveryStyleWithLevelsInOrderOfAppearance() {
        let found = headings(clinicPlan)
        #expect(found.map(\.style) == [.chineseComma, .chineseComma, .chineseParen, .arabic, .arabicParen, .circled,
                                       .arabicParen, .arabic, .arabic, .chineseParen, .chineseComma])
        #expect(found.map(\.value) == [1, 2, 1, 1, 1, 1, 2, 2, 3, 2, 3])
        #expect(found.map(\.level) == [1, 1, 2, 3, 4, 5, 4, 3, 3, 2, 1])
        #expect(found.map(\.line) == [2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
        #expect(titles(clinicPlan)[2...3] == ["加强院感防控", "落实预检分诊制度"])
    }

    @Test func markerRangeCoversTheMarkerOnly() {
        let text = "前言\n  （三）加强院感防控"
        let document = Document(path: "t.txt", text: text)
        let heading = HeadingParser.headings(in: document)[0]
        #expect(document.text(in: heading.markerRange) == "（三）")
        #expect(heading.value == 3)
        #expect(heading.title(in: document) == "加强院感防控")
    }

    @Test func readsChineseNumeralsUpToNinetyNine() {
        let found = headings("十、甲\n十一、乙\n二十、丙\n二十三、丁\n九十九、戊\n一百、不是")
        #expect(found.map(\.value) == [10, 11, 20, 23, 99])
        #expect(headings("一一、不是\n十十、不是\n〇、不是").isEmpty)
    }

    @Test func readsPartMarkers() {
        let found = headings("第一部分 2023年工作总结\n一、党建\n第二部分：2024年工作计划\n第十二部分 附则")
        #expect(found.map(\.style) == [.part, .chineseComma, .part, .part])
        #expect(found.filter { $0.style == .part }.map(\.value) == [1, 2, 12])
        #expect(found[0].level == 1 && found[1].level == 2)
    }

    /// The articles of a regulation attached to a plan; an article cited is none.
    @Test func readsArticleMarkers() {
        let found = headings("第一条为加强职业健康检查工作，制定本办法。\n第二条 本办法所称职业健康检查是指…\n(一)具有医疗机构执业许可证\n第12条附则")
        #expect(found.map(\.style) == [.article, .article, .chineseParen, .article])
        #expect(found.filter { $0.style == .article }.map(\.value) == [1, 2, 12])
        #expect(headings("第二十条第(一)项\n第五条规定的情形\n第一条例外\n第三条").isEmpty)
    }

    @Test func acceptsHalfAndFullWidthPunctuation() {
        let found = headings("(一)半角\n（二）全角\n(三）混合\n(1)半角\n（2）全角\n1.半角\n2．全角\n3、顿号")
        #expect(found.map(\.style) == [.chineseParen, .chineseParen, .chineseParen, .arabicParen, .arabicParen, .arabic, .arabic, .arabic])
        #expect(found.map(\.value) == [1, 2, 3, 1, 2, 1, 2, 3])
    }

    @Test func findsEnumerationsInsideParagraphs() {
        let text = "（四）抓好卫生应急。一是加强卫生应急工作，完善预案；二是加强疾病预防控制。三是开展爱国卫生运动。\n着力抓好五点:一是加强培训。"
        let found = headings(text)
        let items = found.filter { $0.style == .enumeration }
        #expect(items.map(\.value) == [1, 2, 3, 1])
        #expect(titles(text).dropFirst() == ["加强卫生应急工作，完善预案", "加强疾病预防控制", "开展爱国卫生运动", "加强培训"])
        #expect(items.allSatisfy { $0.level == 2 })
    }

    @Test func enumerationNeedsASentenceBoundary() {
        // 唯一是 and 统一是 are words, not items.
        #expect(headings("这是唯一是非题。全县统一是目标。").isEmpty)
    }

    /// A page that lost the 。 before an item still runs its enumeration on (corpus/real fresh-882):
    /// the next number, right before 是, is the next item; another number glued to a word is not.
    @Test func theNextEnumerationMayFollowALostSentenceEnd() {
        let text = "全力防控重大安全风险。一是抓责任落实。推动安全生产责任措施落实二是抓集中攻坚。三是抓关键节点。"
        #expect(headings(text).filter { $0.style == .enumeration }.map(\.value) == [1, 2, 3])
        // 十二是 is not the second item, nor a 二是 that does not come next.
        #expect(headings("一是抓责任落实。全年共十二是指月份。").filter { $0.style == .enumeration }.map(\.value) == [1])
        #expect(headings("一是抓责任落实。二是抓集中攻坚。落实二是重点。").filter { $0.style == .enumeration }.map(\.value) == [1, 2])
    }

    @Test func guardsAgainstNumbersThatAreNotMarkers() {
        let text = """
        1.5万元用于设备更新。
        4.25宣传日开展预防接种宣传。
        3.24结核病防治宣传日。
        2024年是关键之年。
        2024.3.1召开会议。
        1按规定上报疫情。
        全县共有1、2两个试点，其中（一）不在行首。
        """
        #expect(headings(text).isEmpty)
    }

    @Test func keepsSkippedAndRepeatedNumbersAsWritten() {
        let found = headings("1、改厕\n2、改水\n4、整治\n4、重复")
        #expect(found.map(\.value) == [1, 2, 4, 4])
    }

    @Test func limitsTheSearchToARange() {
        let text = "一、甲\n二、乙\n三、丙"
        let document = Document(path: "t.txt", text: text)
        let second = document.sourceMap.lineRange(at: 1)
        let found = HeadingParser.headings(in: document, range: second)
        #expect(found.map(\.value) == [2])
        #expect(found[0].line == 2)
    }

    @Test func prefersStyledLevelsWhenTheDocumentHasThem() {
        // The paragraph styles say 1. is a top heading and 一、 sits below it.
        let found = headings("1.总体要求\n一、指导思想\n（一）坚持预防为主", styled: [1: 1, 2: 2])
        #expect(found.map(\.level) == [1, 2, 3])
    }

    @Test func columnsStayRightBehindAMultibytePrefix() {
        let text = "𠀀𠀀前言\n𠀀、不是\n（五）是"
        let document = Document(path: "t.txt", text: text)
        let found = HeadingParser.headings(in: document)
        #expect(found.count == 1)
        #expect(document.text(in: found[0].markerRange) == "（五）")
        #expect(document.span(of: found[0].markerRange).start.column == 1)
    }
}

@Suite struct NumberingStyleOrdinalTests {
    @Test func ordinalIsThePositionInAllCases() {
        for (index, style) in NumberingStyle.allCases.enumerated() {
            #expect(style.ordinal == index)
        }
    }
}
