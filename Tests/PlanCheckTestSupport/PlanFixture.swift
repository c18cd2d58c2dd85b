/// A short, made-up township health-centre work plan (written for these tests, not copied from
/// anywhere), with the heading shapes plancheck meets in real plans.
package enum PlanFixture {
    package static let lines = [
        "某镇卫生院2025年工作计划",
        "一、指导思想",
        "以人民健康为中心，坚持预防为主，全面提升基本医疗和公共卫生服务能力。",
        "二、重点工作",
        "（一）加强院感防控",
        "1.落实预检分诊制度，每月开展一次感控督查。",
        "2.开展“爱国卫生月”活动，做好除四害工作。",
        "（二）做好两癌筛查，完成率达到95%以上。",
    ]

    /// The lines joined with LF, ending with a final line break like a saved text file.
    package static let text = lines.joined(separator: "\n") + "\n"
}
