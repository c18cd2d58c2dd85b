import PlanCheckCore

/// A small, transparent vocabulary test for whether a text is a health-administration document
/// at all.
///
/// Document sites file school health summaries, construction projects' occupational-health
/// reports and towns' food-safety reports next to health-bureau plans. The test counts words of
/// the health administration (its bodies and programmes) against words of those other settings;
/// a document is `other` when the second count is larger and at least `minimumOutside`. Words in
/// the title count `titleWeight` times, since a title names the setting. Longest words are matched
/// first and matches do not overlap, so `卫生健康局` is one word, not also `卫生健康`.
package enum DomainVocabulary {
    /// Bodies, programmes and services of the health administration.
    package static let healthAdministration = [
        "卫生健康局", "卫生健康委", "卫健局", "卫健委", "卫计委", "卫计局", "卫生局", "卫生计生", "卫生健康",
        "卫生院", "卫生室", "卫生服务中心", "卫生服务站", "疾控", "疾病预防控制", "防疫站", "爱卫", "爱国卫生", "医疗卫生", "公共卫生", "卫生应急",
        "卫生监督", "学校卫生监督", "医共体", "医联体", "医院", "社康", "妇幼", "孕产妇", "疫苗", "预防接种", "免疫规划",
        "计划免疫", "传染病", "慢性病", "家庭医生", "基层医疗", "计划生育", "医改", "中医药",
        // The 爱国卫生 campaign's own words: a 街道's 创建卫生乡镇 plan is a health plan.
        "卫生创建", "创卫", "卫生城市", "卫生乡镇", "卫生县城", "卫生先进单位", "除四害", "病媒",
        // Blood donation, which the health administration organises with the towns and 街道.
        "无偿献血",
        // Disease programmes the health administration leads (a 街道's 艾滋病防治 plan is one of them).
        "艾滋病", "防艾", "结核病",
        // Parasitic and endemic diseases, surveyed and treated by the 疾控 (a 卫生局's roundworm
        // survey of school children speaks of 学校 and 学生 more than of itself).
        "寄生虫", "线虫病", "血吸虫", "疟疾", "包虫病", "地方病",
        // The health administration's care for the old (its 老龄健康 department's programmes).
        "老年健康", "健康老龄化", "医养结合",
        // The 爱国卫生 campaign's healthy-settings programmes.
        "健康城市", "健康城区", "健康村镇", "健康乡镇",
    ]

    /// Settings whose health-related reports are not health-administration documents: schools,
    /// construction projects, food-safety and city management, and the work of other bodies
    /// (emergency management, civil affairs, environment, sport, education, companies, villages).
    package static let outside = [
        "学校", "我校", "校园", "班级", "学生", "小学", "中学", "师生", "教师", "年级", "班主任",
        "项目部", "施工", "铁路", "工地", "食品安全", "食安办", "摊贩", "城市管理", "流动经营",
        "幼儿园", "教育局", "教体局", "教育体育局",
        // The education system named as a plan's scope (教育系统卫生健康工作要点), as 卫生健康系统 names the health one's.
        "教育系统",
        "应急管理", "应急局", "安全生产", "防灾减灾", "救灾", "防汛", "森林防火", "危险化学品", "消防救援",
        // Civil affairs by its office and its work (not 民政 alone, which 人民政府 holds, nor 民政局, which
        // health plans name among the departments that share their work).
        "民政办", "民政工作", "社会救助", "养老服务", "居家养老", "殡葬", "生态环境", "环境保护", "污染防治", "大气污染",
        "体育局", "全民健身", "体育赛事", "公司", "村委", "村民委员会", "居委会", "居民委员会",
        "人居环境", "乡村振兴", "文明创建",
        // The farm ministry's 村庄清洁行动 (village clean-up), run by towns and villages.
        "村庄清洁",
        // Animal health (动物卫生监督所) and transport bodies write 卫生监督 and 爱国卫生月 plans of their own.
        "动物卫生", "动物防疫", "兽医", "畜牧", "交通运输",
        // Other bureaus by name and by their own work: housing, land, water, culture and tourism,
        // human resources, police, justice, commerce, statistics, tax, medical insurance.
        "住房城乡建设", "住房和城乡建设", "住建", "老旧小区", "自然资源", "水利局", "水利工程", "文化和旅游", "文旅",
        "人力资源和社会保障", "人社局", "公安局", "司法局", "商务局", "统计局", "税务局",
        // The medical insurance bureau, apart from the health bodies since 2018.
        "医疗保障局", "医保局",
        // City management and the offices that run government buildings, cars and canteens; the
        // sorting of household waste, which city management and housing bodies run.
        "城管", "机关事务", "垃圾分类",
        // Students among themselves, homes for the old, and the tax offices of before 2018.
        "同学", "寝室", "养老院", "敬老院", "养老机构", "国税", "地税",
        // Property companies, whose 消杀 and 灭鼠 schemes serve their estates.
        "物业",
        // The Red Cross society, whose 救助, 救护 training and 献血 promotion are its own work.
        "红十字",
        // A hotel's own words for its guests and rooms (its 卫生管理制度 serves them).
        "宾客", "客房",
    ]

    /// Both lists as one: patterns below `healthAdministration.count` are health words.
    static let words = healthAdministration + outside

    static let minimumOutside = 3
    static let titleWeight = 5

    /// Whether a document whose lines hold `vocabulary` (see `LineSurvey`), with its `title`,
    /// reads as a health-administration document.
    static func isHealthAdministration(vocabulary: (health: Int, other: Int), title: String?) -> Bool {
        let inTitle = counts(in: title ?? "")
        let health = titleWeight * inTitle.health + vocabulary.health
        let other = titleWeight * inTitle.other + vocabulary.other
        // No word of the health administration at all, and one of another field: that field's.
        if health == 0 && other > 0 { return false }
        return !(other >= minimumOutside && other > health)
    }

    /// Whether a title names a general local government's own summary or plan (a 街道, 乡 or 镇
    /// 人民政府 with no health word in the title): it reports all the local work, health among it,
    /// and is not held to the health elements. A 街道's 爱国卫生 notice names its subject.
    static func isLocalGovernmentWork(title: String?) -> Bool {
        guard let title else { return false }
        let units = TextNormalizer.fold(UTF16Layout(title).units)
        guard localGovernments.contains(where: { units.containsSubsequence($0) }) else { return false }
        return counts(in: title).health == 0
    }

    /// Whether a title names the health system as the plan's scope (`县卫生健康系统安全生产工作计划`):
    /// the health administration's own plan, whatever its subject's vocabulary.
    static func namesHealthSystem(title: String?) -> Bool {
        guard let title else { return false }
        let units = TextNormalizer.fold(UTF16Layout(title).units)
        return healthSystems.contains { units.containsSubsequence($0) }
    }

    /// Whether a title names a place's part of the 健康中国 programme (`健康抚顺行动实施方案`,
    /// `健康中国行动2019年工作计划`): a health plan, though every bureau has a share in it and its
    /// text names them (schools, sport, the environment) more than the health bodies.
    static func namesHealthAction(title: String?) -> Bool {
        guard let title else { return false }
        let units = TextNormalizer.fold(UTF16Layout(title).units)
        var from = 0
        while let health = units[from...].firstRange(ofSubsequence: healthWord) {
            let window = units[health.upperBound..<min(units.count, health.upperBound + maximumPlaceLength + actionWord.count)]
            if let action = window.firstRange(ofSubsequence: actionWord), action.lowerBound > health.upperBound { return true }
            from = health.upperBound
        }
        return false
    }

    private static let healthWord = Array("健康".utf16)
    private static let actionWord = Array("行动".utf16)
    /// 中国, 抚顺, 天津, 鲅鱼圈, 滨海新区: a place's name between 健康 and 行动.
    private static let maximumPlaceLength = 5

    private static let healthSystems = ["卫生健康系统", "卫健系统", "卫生计生系统", "卫生系统", "医疗卫生系统", "卫生健康行业"]
        .map { TextNormalizer.fold(Array($0.utf16)) }

    private static let localGovernments = ["街道", "镇人民政府", "乡人民政府", "镇政府", "乡政府"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// Words of each list in `text`, without overlaps (see `counts(of:from:)`).
    static func counts(in text: String) -> (health: Int, other: Int) {
        let units = TextNormalizer.fold(UTF16Layout(text).units)
        return counts(of: LineSurvey.vocabularyMatches(in: units, range: 0..<units.count), from: 0)
    }

    /// Words of each list among `matches` (every occurrence of `words` in one line starting at
    /// `start`), overlaps resolved across both lists: in `动物卫生监督所` the outside word
    /// `动物卫生` starts first, so the health word `卫生监督` inside it does not count.
    static func counts(of matches: [AhoCorasick.Match], from start: Int) -> (health: Int, other: Int) {
        switch matches.count {
        case 0: return (0, 0)
        // Most lines with a word have just one: nothing overlaps it.
        case 1: return matches[0].pattern < healthAdministration.count ? (1, 0) : (0, 1)
        default: return nonOverlapping(matches, from: start)
        }
    }

    /// How many matches of each list remain when overlaps are resolved leftmost, longest first.
    /// A line holds a handful: they are put in order by insertion, in place.
    private static func nonOverlapping(_ matches: [AhoCorasick.Match], from start: Int) -> (health: Int, other: Int) {
        func precedes(_ left: AhoCorasick.Match, _ right: AhoCorasick.Match) -> Bool {
            left.range.lowerBound != right.range.lowerBound ? left.range.lowerBound < right.range.lowerBound : left.range.count > right.range.count
        }
        // On the stack: this runs for every line that holds two words or more.
        return withUnsafeTemporaryAllocation(of: AhoCorasick.Match.self, capacity: matches.count) { ordered in
            for (count, match) in matches.enumerated() {
                var slot = count
                while slot > 0, precedes(match, ordered[slot - 1]) {
                    ordered[slot] = ordered[slot - 1]
                    slot -= 1
                }
                ordered[slot] = match
            }
            var totals = (health: 0, other: 0)
            var cursor = start
            for match in ordered[..<matches.count] where match.range.lowerBound >= cursor {
                if match.pattern < healthAdministration.count { totals.health += 1 } else { totals.other += 1 }
                cursor = match.range.upperBound
            }
            return totals
        }
    }
}
