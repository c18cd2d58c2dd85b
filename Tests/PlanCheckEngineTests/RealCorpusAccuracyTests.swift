import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckEngine
import PlanCheckTestSupport

/// The default rules measured against `corpus/real`: 902 real pieces nobody here wrote. The
/// table is printed between the marker lines `scripts/evaluate-accuracy.sh` cuts out.
///
/// Issue 14's targets (per element precision and recall 0.95, placeholders 0.98, residue 0.95 …)
/// are not met yet; the floors below are the figures measured when they were set, so the test
/// fails on any change that makes plancheck worse on real documents. Raise them as work lands.
@Suite(.serialized, .enabled(if: LabelledCorpus.real.isAvailable, "needs corpus/real"))
struct RealCorpusAccuracyTests {
    static let report = Result { try AccuracyReport.evaluate(.real) }

    @Test func printsTheTable() throws {
        try Self.report.get().write(named: "real")
    }

    /// What plancheck reached on corpus/real when the floors were last raised: no change may fall
    /// below them. Issue 14's targets are higher.
    enum Floor {
        static let elementPrecision = 0.65
        static let elementRecall = 0.75
        /// food_safety has two labelled documents; fresh-273's food work is named only in the titles
        /// of a 防疫站's TV features (《漳平取缔地下食品加工窝点》), which plancheck reads as citations.
        static let elementRecallExceptions = ["food_safety": 0.5]
        /// 377 with batch 70, whose two pages of other bodies are read as other (fresh-854 since 医疗保障局 names another body).
        /// 379 with batch 71, whose market-regulation news and a class's safety plan are read as other.
        /// 381 with batch 72, whose 环保局 plan and school summary are read as other.
        /// 383 with batch 73, whose 民政 summary and 应急管理厅 summary are read as other.
        /// 385 with batch 74, whose 教育局 notice and 司法局 summary are read as other.
        static let recognisedOther = 385
        /// fresh-218: a 街道's 爱卫 plan on a page a site titled `2019年街道工作总结`; fresh-244 (保健工作计划)
        /// and fresh-249 (a town's 食品安全 plan, labelled health by the rule for towns' 爱卫 plans); fresh-442, a
        /// 范文 page's 麻风 publicity 总结 whose text is the news of the day; fresh-598, a city 食安办's 食品安全宣传周
        /// summary, which its labeller calls open to an `other` reading.
        /// fresh-891 (batch 74): an unnamed 局's summary of its 爱国卫生月 on a 范文 page titled for 社区卫生, which its label
        /// reads as health work while noting that a bureau other than health would make it `other`.
        static let healthReadAsOther = 6
        /// 1156 of 1166 since the second reading of 7 December moved fresh-265's preface `20XX` out of the labels (see below).
        /// 1190 with batch 71. A converted file's page header (`编号:时间:2021年x月x日书山有路勤为径…`) is the site's stamp,
        /// its blanks no placeholders (fresh-863, four false alarms before).
        /// 1199 with batch 72 (9 of 9).
        /// 1220 with batch 73 (21 of 21).
        /// 1244 with batch 74 (24 of 24).
        static let placeholdersFound = 1244
        /// Two of the eight are underscores inside a betting site's name pasted into a county page's sentences (fresh-422);
        /// one a masked `XX` glued to a WeChat name (`tizhisiriXX 县`, fresh-521), read as one `X`. Three more
        /// (batch 40's fresh-540) are the `xx镇` of a site's 推荐访问 list, which the label leaves to the list; one
        /// more (fresh-265) a `20XX` in a sharing site's preface, which the second reading of 7 December took out of
        /// its labels as residue text, as the seed labels count none there.
        /// One more with batch 74 (fresh-889): the `x` of a reading cut by the excerpt's end, `發現(x`.
        static let placeholderFalseAlarms = 13
        /// 669 since a news page's photo caption (`会议现场`, fresh-238 and fresh-489) is residue; 674 with batch 67.
        /// 686 with batch 69 and a site's file name on a line of its own (`…工作计划.docx`, fresh-845) read as residue.
        /// 693 with batch 70 and a spaced-out 首   页 menu, a members' site's paywall and lists, and a site's 欢迎阅读.
        /// 698 with batch 71 and a site's links to the pages before and after (`上一篇:…`, fresh-858).
        /// 706 with batch 72 (8 of 8), and a sharing site's `下载 相关 举报` row and `下载资源` label read as residue.
        /// 712 with batch 73 (6 of 8).
        /// 718 with batch 74 (6 of 8 after a hijacked mirror's keyword line and a site's `我们一起来看一看吧` read as residue).
        static let residueFound = 718
        /// A collection page's count mark `(精选8篇)`, which the structure reads as the site's stamp and one
        /// label (fresh-425) as the collection's title. And a news item's author and date line
        /// (`朝天宫街道 张帆 2021.4.12`, batch 56's fresh-694), which its label reads as part of the item.
        static let residueFalseAlarms = 2
        static let otherWithoutMissingElements = 412
        /// Quote rows: (found at least, false alarms at most).
        /// Eleven of the twenty-one stale false alarms repeat a labelled quote elsewhere in its document; two
        /// are a masked-year template (20xx) whose site title says 2024, labelled without a year; two name an ended five-year
        /// period in a review (“十三五”规划所确定的目标) or a cited title. Two more (batch 34's fresh-485): a
        /// 2005 summary under a collection page's title `2023年卫生室年终工作总结6篇`, labelled without a year,
        /// where earlier labels (bureau-005, fresh-200) judge such a page by its title's year. One more (batch 36's
        /// fresh-510): a 2016 news item reviewing the just-ended `十二五` targets. One more (batch 39's fresh-532): a
        /// 2023 news item reviewing 2022's `动态清零` (过去的一年中…). One more (batch 59's
        /// fresh-742): a school's 2014 plan calling the month `第十九个爱国卫生月` (2007's count), which its label
        /// leaves as the plan's own figure. One more (batch 64's fresh-790) repeats its labelled `常态化疫情防控`.
        /// Since 7 December evening: fresh-468's site title repeats its labelled `市计生局`, and fresh-088, a 2024
        /// 交通 plan, keeps `加强进口冷链食品“全受控、无遗漏”闭环管理`, a COVID-era control its label leaves out
        /// where fresh-790's label counts the same words; fresh-117 (`2022年20**年…`, a site's year glued to a
        /// masked one) no longer takes the site's year, so its `第33个爱国卫生月` is not judged.
        /// (fresh-361, a 2012 summary under a collection page titled 2022, now takes the year its own title names.)
        /// 22 since a review that reports a period's targets met (fresh-167's `“十三五”…规划所确定主要目标和任务基本如期完成`)
        /// is history.
        /// 67 and 24 since a 卫生部 document cited by its issuer (`卫生部《…》`, `卫生部关于`) is stale after the 2018
        /// reform (fresh-557, fresh-561), and a site's preface names the title it compiled (`整理了…《…2024年…》`):
        /// fresh-621, a 2022 text re-dated 2024, now takes the 2024 of its label, and two of its five COVID-era
        /// findings are quoted (its label quotes 新冠肺炎 once of twice, and leaves 外防输入、内防反弹 and 统筹疫情防控和).
        /// 69 since a province's 卫生厅 is stale after 2014 (a document it issued, after 2018), and a collection page
        /// copied into one line keeps its suffix in its title (`…工作总结范文2020最新精选5篇`), dated by that year when its
        /// text masks its own: fresh-200 is judged against 2020 as its label is.
        /// 70 since a medical team sent to Wuhan or Hubei (2020) reported as a later year's work is stale (fresh-428).
        /// 72 and 27 with batch 68 (fresh-828 … fresh-837), since 全面建设小康社会 is stale after 2012 and 为指南 reads as 为指导
        /// (fresh-830): fresh-008 (2018) and fresh-451 (2013) name 全面建设小康社会 too, and their labels, which quote other
        /// stale words of the same texts, leave it out.
        /// 76 and 29 since a piece without a year in its title or opening is dated by what it says of itself
        /// (a sentence setting the year's work, its signature's date, its portal's 成文日期 or 发布时间) and an
        /// anniversary names its year (`公开信发表25周年` is 2005's): fresh-395 (2021) and fresh-500 (2009). Two texts
        /// now dated say what their labels, which give them no stale words, leave out: fresh-091, a 2006 plan that
        /// its portal dates 2014 (全面建设小康社会), and town-020, a template a sharing site dates 2019 (十八大).
        /// 77 since a text named by its year dates itself (`until: named`): an earlier year's task table (fresh-462).
        /// 78 since the 食品卫生 regime's words (its cases, licences and supervision) are stale after the 2009 食品安全法 (fresh-842).
        /// 79 of 93 with batch 70 (measured 78 of 93 before the changes it showed): a title whose year a site stripped
        /// (`市年卫生系统…`) takes it from the text's own copy (fresh-851's 市卫生局), and `“十三五”末` is history (fresh-854).
        /// 80 of 94 with batch 73 (its one, fresh-874's 卫计局 in a text retitled 2022).
        /// 82 and 32 with batch 74: fresh-884's 十七大 and 十一五 (a 2010 text its title dates 2014) are found, and its
        /// three other 十一五 repeat the quote its label gives once.
        static let staleReferences = (found: 82, falseAlarms: 32)
        /// One false alarm is a heading an extraction repeated (一、… twice); the other a 二是 that a
        /// summary's list of 一是…三是 runs on from (fresh-410), labelled as its own problem.
        /// A third: `二、` opening an excerpt that a site began inside the first section (fresh-427), which
        /// an earlier batch's labels count as a lost first heading.
        /// A fourth (batch 42's fresh-560): a `二、` after the `一、` glued to the end of the title line.
        /// A fifth (fresh-301): `、建立晨检制度` after `1、建立组织机构`, whose 2 a converter lost; its label
        /// leaves conversion damage out of the numbering problems by the convention of batch 19.
        /// A sixth (batch 65's fresh-801): a template's `二、` below the body of its headless first section,
        /// which its label leaves to the site (as fresh-663) where fresh-201 and fresh-426 count it.
        /// Four more (batch 25's fresh-376): `…和工作目标一指导思想。…二基本原则。…三…四…`, sub-items run on
        /// without marks after the heading that names them, which its label leaves out as the site's stripping
        /// of (一)…(四) (borderline by its note) where batch 13 counts the same run in fresh-196.
        /// 59 and 10 since a list's restart at `1、` under a short line that opens with a Chinese number
        /// (fresh-500's `二卫生工作的主要任务`) reports that heading's lost mark, not the restart.
        /// 11 false alarms with batch 68: fresh-834's `、苍氯瞻才牛`, a line garbled by a wrong decoding that opens with `、`.
        static let numbering = (found: 59, falseAlarms: 11)
        /// One false alarm (batch 47's fresh-601): `1.2` ending a line and `万例` opening the next, where a PDF wrapped
        /// the number; the regexes read a line at a time.
        /// A second (batch 67's fresh-825): the lead's own stripped year, `4月13日,我旗召开年卫生…会议`, which repeats the
        /// headline's labelled quote.
        /// 113 of 125 with batch 72 (1 of 4 before the changes it showed): an area's unit after a blank (`达到 平方米`)
        /// and a date that lost its 月 (`2012年225日`).
        /// 114 with a count left blank between a verb's 了 and its measure word (`栽种了 种树木`, batch 72's fresh-872).
        static let emptyValues = (found: 114, falseAlarms: 2)
        /// 249 since a title naming a body and no element (`2023年中医院工作计划`, `妇幼保健院…工作总结`,
        /// `医院医务科工作计划`) is on the element that body works on (`topic-bodies`).
        /// 250 since a site's menu of channels (`期刊 科普 SCI期刊 …`) is no title, so fresh-015's own one names its body.
        /// 254 since 国家随机监督 (the yearly random inspections) and 妇保 (妇幼保健's short name) in a title make it a
        /// plan on supervision and on maternal and child health (fresh-614, fresh-440).
        /// 264 with batch 70, since a body's name above the title is read with it in traditional characters with
        /// glued readings (`邵陽市第二人民醫(yī)院` / `關于迎接國家衛(wèi)生城市…方案`, fresh-848).
        /// 267 with batch 71 and a table row's `| 标题:…实施方案 |` read as the title (fresh-858).
        /// 272 with batch 72 (271 before its changes), since `餐桌污染` and `食品放心工程` are food-safety work and a
        /// site's copies of the title no longer hide the opening's year (fresh-868).
        /// 277 with batch 73 (274 before its changes): a health centre's 公共卫生工作 or 公卫工作 text is on the basic public
        /// health services (fresh-863, fresh-874), and a hijacked page's barred keywords are no title (fresh-879).
        /// 280 with batch 74 (its 结核病 plan, its 健康素养 monitoring plan under a hijacked keyword line, its 爱卫月 template).
        static let topicPlansHeldToTheirTopic = 280
        /// 167 of 192 with batch 73: fresh-623 (`2025年卫生院公共卫生工作计划模版`), labelled general, is now read on the basic
        /// public health services, as five other health centres' 公共卫生 texts are labelled.
        static let generalPlansHeldToAll = 167
        /// 46 of 56 since the second reading of 7 December relabelled fresh-220 (a 计生协会's summary) kind `other`.
        /// 49 with batch 70, since a plan titled for 满意度 (群众满意度提升工作方案, fresh-852) is outside the elements.
        /// 51 with batch 73 (its AIDS and mental-health plans).
        /// 55 with batch 74, since a bare `第一篇` names no title and a traditional preface names the page's
        /// (`本站小編為你精心準備了2014年計劃生育協會工作要點4篇參考范文`, fresh-884).
        static let outsideTopicsHeldToNone = 55
    }

    @Test func noFigureFallsBelowItsFloor() throws {
        let report = try Self.report.get()
        for row in report.elements where row.score.truePositives + row.score.falseNegatives > 0 {
            #expect((row.score.precision ?? 1) >= Floor.elementPrecision, "\(row.concept):\n\(row.disagreements.joined(separator: "\n"))")
            #expect((row.score.recall ?? 1) >= Floor.elementRecallExceptions[row.concept, default: Floor.elementRecall], "\(row.concept):\n\(row.disagreements.joined(separator: "\n"))")
        }
        #expect(report.kinds.recognisedOther >= Floor.recognisedOther)
        #expect(report.kinds.healthReadAsOther.count <= Floor.healthReadAsOther, "\(report.kinds.healthReadAsOther)")
        #expect(report.kinds.labelledOther - report.kinds.otherWithMissingElements.count >= Floor.otherWithoutMissingElements)
        let applicability = report.applicability
        #expect(applicability.topicDocuments - applicability.offTopicMissing.count >= Floor.topicPlansHeldToTheirTopic)
        #expect(applicability.generalDocuments - applicability.generalNarrowed.count >= Floor.generalPlansHeldToAll)
        #expect(applicability.outsideTopicDocuments - applicability.outsideTopicMissing.count >= Floor.outsideTopicsHeldToNone,
                "\(applicability.outsideTopicMissing)")
        let placeholders = try #require(report.checks.first { $0.ruleIDs == [AccuracyReport.placeholderRule] }?.score)
        #expect(placeholders.found >= Floor.placeholdersFound)
        #expect(placeholders.falseAlarms <= Floor.placeholderFalseAlarms)
        for (rules, floor) in [(AccuracyReport.staleRules, Floor.staleReferences), ([AccuracyReport.numberingRule], Floor.numbering),
                               ([AccuracyReport.emptyValueRule], Floor.emptyValues)] {
            let score = try #require(report.checks.first { $0.ruleIDs == rules }?.score)
            #expect(score.found >= floor.found, "\(rules)")
            #expect(score.falseAlarms <= floor.falseAlarms, "\(rules)")
        }
        let residue = try #require(report.checks.first { $0.ruleIDs == [AccuracyReport.webResidueRule] }?.score)
        #expect(residue.found >= Floor.residueFound)
        #expect(residue.falseAlarms <= Floor.residueFalseAlarms)
    }

    @Test func everyDocumentIsLabelled() throws {
        let labels = try CorpusLabel.all(from: LabelledCorpus.real.labels)
        #expect(try Self.report.get().documents == labels.count, "a document split into pieces no longer matches its label")
    }

    @Test func everyQuoteIsInItsDocument() throws {
        for label in try CorpusLabel.all(from: LabelledCorpus.real.labels) {
            let text = try String(contentsOf: LabelledCorpus.real.folder.appendingPathComponent(label.file), encoding: .utf8)
            for quote in label.placeholders { #expect(text.contains(quote), "\(label.id): «\(quote)»") }
        }
        let files = Dictionary(uniqueKeysWithValues: try CorpusLabel.all(from: LabelledCorpus.real.labels).map { ($0.id, $0.file) })
        for (id, quotes) in try LabelledQuotes.all(from: LabelledCorpus.real.labels) {
            let file = try #require(files[id])
            let text = try String(contentsOf: LabelledCorpus.real.folder.appendingPathComponent(file), encoding: .utf8)
            for quote in quotes.staleReferences + quotes.emptyValues + quotes.numberingProblems.flatMap(\.self) {
                #expect(text.contains(quote), "\(id): «\(quote)»")
            }
        }
    }
}
