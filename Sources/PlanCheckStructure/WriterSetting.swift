import PlanCheckCore

/// Whether a document says it is the work of a setting outside the health administration: its
/// title names another body, or its opening uses the words writers use for themselves.
///
/// A school's 爱国卫生月 plan, a transport body's or an education bureau's vaccination plan speak
/// the health administration's vocabulary throughout, so counting words (`DomainVocabulary`)
/// reads them as health plans. Their opening gives them away: the writer calls itself 我校 or
/// 本公司, or states whose circumstances the plan is fitted to (`结合学校实际情况，制订计划如下`,
/// `结合交通运输实际，制定本方案`). Health bodies write `结合我院实际` or `结合我镇实际`.
enum WriterSetting {
    /// Units of the piece's opening read: the purpose statement comes in its first paragraphs.
    static let openingLength = 800

    /// Whether the opening of `range` in `folded` (the document's text folded by
    /// `TextNormalizer`) names an outside setting as the writer's own and no health setting.
    static func openingNamesOutsideWriter(_ folded: [UInt16], range: Range<Int>) -> Bool {
        let opening = folded[range.lowerBound..<min(range.upperBound, range.lowerBound + openingLength)]
        if selfReferences.contains(where: { opening.containsSubsequence($0) }) { return true }
        return fittedToOutsideSetting(opening, of: folded)
    }

    /// Whether a portal's metadata line names a body outside the health administration as the
    /// page's source or publisher (`信息来源: 县民政局`, `发布机构：县教育局`): the page is that
    /// body's, whatever health words its plan uses. Only the page's residue lines near its head
    /// (`residueLines`, in text order) are read: metadata is residue, and most pages have little.
    static func metadataNamesOutsideBody(_ folded: [UInt16], residueLines: [Range<Int>], before end: Int) -> Bool {
        residueLines.lazy.prefix { $0.lowerBound < end }.contains { line in
            let units = folded[line]
            // A label of the page's, at the line's start or after a space or bullet (not 资金来源：县财政局).
            guard let label = publisherLabels.lazy.compactMap({ units.firstRange(ofSubsequence: $0) }).first,
                  label.lowerBound == units.startIndex || !Glyph.isHanOrExtensionA(units[label.lowerBound - 1]) else { return false }
            var valueStart = label.upperBound
            while valueStart < units.endIndex, Glyph.isColon(units[valueStart]) || Glyph.isSpace(units[valueStart]) { valueStart += 1 }
            let value = units[valueStart..<min(units.endIndex, valueStart + publisherLength)]
            return outsideBodies.contains { value.containsSubsequence($0) }
        }
    }

    /// Units of a publisher's name read after its label (`县民政局`, `海盐县民政局`).
    private static let publisherLength = 12
    private static let publisherLabels = ["信息来源", "发布机构", "所属机构", "发文机关", "来源"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// Whether a title names a body outside the health administration (`县农业农村局2025年工作总结`,
    /// `教育局2018年爱国卫生运动月活动方案`): other bureaus, people's organisations and the like
    /// write plans for their own 爱国卫生 or 健康企业 work in the health administration's words.
    static func titleNamesOutsideBody(_ title: String?) -> Bool {
        guard let title else { return false }
        let units = TextNormalizer.fold(Array(title.utf16))
        return outsideBodies.contains { units.containsSubsequence($0) } || namesASchoolAsWriter(units)
    }

    /// `2025幼儿园春季传染病防控工作计划`, `小学卫生工作计划`: a school or kindergarten's own plan,
    /// however much of it is health work. A health body's supervision or monitoring of schools
    /// (`学校卫生监督工作计划`) is the health administration's own work.
    private static func namesASchoolAsWriter(_ title: [UInt16]) -> Bool {
        schools.contains { title.containsSubsequence($0) } && !schoolOversight.contains { title.containsSubsequence($0) }
    }

    private static let schools = ["幼儿园", "学校", "小学", "中学"].map { TextNormalizer.fold(Array($0.utf16)) }
    private static let schoolOversight = ["监督", "监测", "督导"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// Government bureaus other than health, and people's organisations, by their usual names.
    static let outsideBodies = [
        "教育局", "教体局", "教育体育局", "教育和体育局", "农业农村局", "农业局", "农牧局", "畜牧兽医局", "经济贸易局", "经贸局",
        "商务局", "工信局", "工业和信息化局", "市场监督管理局", "市场监管局", "应急管理局", "安监局", "交通运输局", "交通局",
        "公安局", "民政局", "财政局", "人力资源和社会保障局", "人社局", "自然资源局", "自然资源和规划局", "生态环境局", "环保局",
        "住房和城乡建设局", "住建局", "水利局", "水务局", "林业局", "林草局", "文化和旅游局", "文旅局", "文化广电旅游局",
        "体育局", "统计局", "司法局", "审计局", "城市管理局", "城管局", "综合行政执法局", "退役军人事务局", "发展和改革局",
        "发改局", "发改委", "科技局", "气象局", "税务局", "乡村振兴局", "妇联", "总工会", "残联", "供销社", "粮食局", "粮食和物资储备局",
        // Medical insurance has been a bureau of its own since 2018; the Red Cross is a people's organisation.
        "医疗保障局", "医保局", "红十字会",
    ].map { TextNormalizer.fold(Array($0.utf16)) }

    /// How a school, a kindergarten or a company refers to itself; a health body never does.
    static let selfReferences = ["我校", "本校", "我园", "本园", "我公司", "本公司", "我司", "我厂", "本厂"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// The longest setting between `结合` and `实际`, and the longest stretch from `实际` to
    /// `制定`/`制订` for the statement to be the plan's own purpose (`结合学校实际情况，制订计划如下`).
    static let maxSettingLength = 10
    static let maxStatementTail = 12

    private static let combine = Array("结合".utf16)
    private static let actual = Array("实际".utf16)
    private static let draftWords = ["制定", "制订"].map { Array($0.utf16) }

    /// `结合X实际…制定` where X names an outside setting (学校, 交通运输 …) and no health one.
    private static func fittedToOutsideSetting(_ opening: ArraySlice<UInt16>, of folded: [UInt16]) -> Bool {
        var searchStart = opening.startIndex
        while let found = opening[searchStart...].firstRange(ofSubsequence: combine) {
            searchStart = found.upperBound
            let settingEnd = min(opening.endIndex, found.upperBound + maxSettingLength + actual.count)
            guard let actualRange = opening[found.upperBound..<settingEnd].firstRange(ofSubsequence: actual) else { continue }
            let tailEnd = min(opening.endIndex, actualRange.upperBound + maxStatementTail)
            let tail = opening[actualRange.upperBound..<tailEnd]
            guard draftWords.contains(where: { tail.containsSubsequence($0) }) else { continue }
            // Already folded: the vocabulary is matched in place.
            let setting = found.upperBound..<actualRange.lowerBound
            let counts = DomainVocabulary.counts(of: LineSurvey.vocabularyMatches(in: folded, range: setting), from: setting.lowerBound)
            if counts.other > 0 && counts.health == 0 { return true }
        }
        return false
    }
}
