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
