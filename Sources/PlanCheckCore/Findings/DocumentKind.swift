/// The genre a document declares.
package enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case plan
    case summary
    case summaryPlan = "summary+plan"
    /// Not a health-administration plan or summary at all (a school's report, a food-safety report …).
    case other
}

/// The parts a plan or summary is made of.
package enum PartKind: String, Sendable, CaseIterable, Codable {
    /// What was done: 工作情况, 工作总结, 主要工作, 上半年 …
    case summary
    /// 存在问题, 不足
    case problems
    /// What will be done: 工作计划, 工作打算, 工作思路, 下一步, 下半年, 明年, 重点工作 …
    case plan
}

/// Who wrote a document, by the kind of body its issuer is: what is required of a plan depends
/// on it (a hospital is asked for 院感, not for a county's 除四害 campaign).
package enum IssuerType: String, Sendable, CaseIterable, Codable {
    /// 卫生健康委/局, 卫生局, 卫计委: the health administration of a county, city or province.
    case healthCommission = "health-commission"
    /// 乡镇卫生院, 社区卫生服务中心, 卫生室.
    case healthCenter = "health-center"
    case hospital
    /// 疾病预防控制中心.
    case cdc
    /// 妇幼保健院/所.
    case maternalChildHospital = "maternal-child-hospital"
    /// 爱卫办, 爱卫会.
    case patrioticHealthOffice = "patriotic-health-office"
    /// 卫生监督所.
    case healthSupervision = "health-supervision"
    /// Not named, or a body of no kind above (a town or city government).
    case unknown
}

extension DocumentKind {
    /// 工作计划, 工作总结 … for messages.
    package var chineseName: String {
        switch self {
        case .plan: "工作计划"
        case .summary: "工作总结"
        case .summaryPlan: "工作总结暨计划"
        case .other: "非卫生健康工作计划"
        }
    }
}

extension IssuerType {
    /// 卫生健康委（局）, 医院 … for messages.
    package var chineseName: String {
        switch self {
        case .healthCommission: "卫生健康委（局）"
        case .healthCenter: "卫生院和社区卫生服务中心"
        case .hospital: "医院"
        case .cdc: "疾病预防控制中心"
        case .maternalChildHospital: "妇幼保健机构"
        case .patrioticHealthOffice: "爱卫办"
        case .healthSupervision: "卫生监督机构"
        case .unknown: "未注明单位"
        }
    }
}
