import PlanCheckCore

/// Reads the issuing body a title or opening sentence names: `县卫生健康局`, `区卫生局`,
/// `乡镇卫生院`, `卫计委` … An issuer is one of the body words below with the place name that
/// directly precedes it (at most `maxPrefix` characters, stopping at digits, punctuation, `年`,
/// `关于`, `的`, and without a leading `印发`).
enum IssuerReader {
    static let bodies = [
        "卫生和计划生育委员会", "卫生健康委员会", "社区卫生服务中心", "疾病预防控制中心", "卫生健康局", "卫生健康委",
        "卫生计生委", "卫生计生局", "卫健委", "卫健局", "卫计委", "卫计局", "卫生局", "卫生院", "疾控中心", "爱卫办",
        "爱卫会", "妇幼保健院", "妇幼保健所", "卫生监督所", "人民医院", "中医院", "医院", "卫生室", "卫生服务站",
        // The 疾控中心's name before 2002.
        "卫生防疫站", "防疫站",
    ]
    static let maxPrefix = 8
    private static let verbs = ["印发", "转发", "发布"]
    /// The hour a report gives before the body that met (`3月9日下午县疾控中心`); 日 alone can start a
    /// place name (日照市), so only 日 with an hour is dropped.
    private static let hours = ["日上午", "日下午", "日晚上", "上午", "下午", "晚上"]
    private static let stops: Set<UInt16> = Set("年的于和及与在将对为是由".utf16)
    /// Verbs whose object a body named after them is (`完成方舱医院…改造`, `扩建中医院`, `依托县人民医院`).
    private static let objectVerbs = ["完成", "建成", "新建", "改建", "扩建", "迁建", "改造", "升级", "创建", "依托", "支持", "指导", "督促",
                                      "配合", "协助", "联合", "组织", "抓紧", "推进", "加强", "开展", "落实", "深入", "走进", "前往", "结合",
                                      "提升", "提高", "规范", "完善", "强化", "实施", "打造", "建立", "建设"]
        .map { TextNormalizer.fold(Array($0.utf16)) }
    private static let buildings = ["门诊楼", "住院楼", "综合楼", "病房楼", "医技楼", "业务楼", "大楼"].map { TextNormalizer.fold(Array($0.utf16)) }

    /// The body words as units, and the units they start with (most positions start none).
    private static let patterns = bodies.map { Array($0.utf16) }
    private static let firstUnits = Array(Set(patterns.map { $0[0] })).sorted()

    /// The kind of body an issuer is, by the body word it ends with.
    static func type(of issuer: String?) -> IssuerType {
        guard let issuer else { return .unknown }
        // Compared on the units: String.hasSuffix compares by characters, slowly.
        let units = Array(issuer.utf16)
        for (suffixes, type) in types where suffixes.contains(where: { units.reversed().starts(with: $0.reversed()) }) { return type }
        return .unknown
    }

    /// Longer words first where one ends another (`妇幼保健院` before `医院`). A veterinary body
    /// (`动物卫生监督所`, `动物疫病预防控制中心`) ends like a health one but is none, nor is a school's
    /// own clinic (`学校卫生室`).
    private static let types: [([[UInt16]], IssuerType)] = [
        (["动物卫生监督所", "动物疫病预防控制中心", "动物疾病预防控制中心", "学校卫生室", "校卫生室"].map { Array($0.utf16) }, .unknown),
        (["社区卫生服务中心", "卫生院", "卫生室", "卫生服务站"].map { Array($0.utf16) }, .healthCenter),
        (["疾病预防控制中心", "疾控中心", "防疫站"].map { Array($0.utf16) }, .cdc),
        (["妇幼保健院", "妇幼保健所", "妇幼保健计划生育服务中心"].map { Array($0.utf16) }, .maternalChildHospital),
        (["爱卫办", "爱卫会"].map { Array($0.utf16) }, .patrioticHealthOffice),
        (["卫生监督所"].map { Array($0.utf16) }, .healthSupervision),
        (["人民医院", "中医院", "医院"].map { Array($0.utf16) }, .hospital),
        (["卫生和计划生育委员会", "卫生健康委员会", "卫生健康局", "卫生健康委", "卫生计生委", "卫生计生局", "卫健委", "卫健局",
          "卫计委", "卫计局", "卫生局"].map { Array($0.utf16) }, .healthCommission),
    ]

    /// Whether an issuer is a body word alone, with no place or name before it (`卫生院`, `爱卫办`).
    static func isBareBody(_ issuer: String?) -> Bool {
        guard let issuer else { return false }
        return bodies.contains(issuer)
    }

    static func issuer(in text: String) -> String? {
        // Read folded, without the units that fold to nothing visible: a Traditional page's body
        // (`衛生院`, `衛(wèi)生院` with its readings) is the same body.
        let units = TextNormalizer.fold(Array(text.utf16)).filter { $0 != TextNormalizer.ignorable }
        for start in units.indices where firstUnits.contains(units[start]) {
            guard let body = patterns.first(where: { start + $0.count <= units.count && units[start..<start + $0.count].elementsEqual($0) })
            else { continue }
            var prefixStart = start
            while prefixStart > 0, start - prefixStart < maxPrefix, isNamePart(units[prefixStart - 1]) { prefixStart -= 1 }
            // `抓紧完成方舱医院升级改造`, `新建县人民医院`: a body after a verb of work is what the
            // work is done to, not who writes.
            let prefix = units[prefixStart..<start]
            if objectVerbs.contains(where: { prefix.containsSubsequence($0) }) { continue }
            // `中医院门诊楼建成投运`: the body's building, not the body writing.
            let after = units[(start + body.count)...]
            if buildings.contains(where: { after.starts(with: $0) }) { continue }
            var issuer = String(decoding: units[prefixStart..<start + body.count], as: UTF16.self)
            // `关于印发XX县卫生健康局…`: the verb before the name is not part of it.
            for verb in verbs where issuer.hasPrefix(verb) { issuer.removeFirst(verb.count) }
            if let hour = hours.first(where: { issuer.hasPrefix($0) }) { issuer.removeFirst(hour.count) }
            return issuer
        }
        return nil
    }

    /// Han characters and the `X`/`x` that mask place names.
    private static func isNamePart(_ unit: UInt16) -> Bool {
        if stops.contains(unit) { return false }
        return (0x4E00...0x9FFF).contains(unit) || unit == 0x58 || unit == 0x78
    }
}
