import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules
import PlanCheckChecks
import PlanCheckEngine
import PlanCheckReporters
import PlanCheckAudit

extension ReporterFixtures {
    /// The rules behind the fixture's findings, as the engine describes them in `Results.rules`.
    /// `plancheck.unreadable` is not among them: the tool raises it, no rule file does.
    package static let ruleDescriptors: [RuleDescriptor] = [
        RuleDescriptor(id: "health.infection-control", title: "医院感染防控（院感）", kind: "require", isElement: true, severity: .error,
                       hint: "在工作计划中写明院感防控措施，如预检分诊、感控督查、院感监测。",
                       reference: "《医院感染管理办法》（卫生部令第48号）"),
        RuleDescriptor(id: "health.patriotic-health-month", title: "爱国卫生月", kind: "require", isElement: true, severity: .warning,
                       hint: "部署每年4月的爱国卫生月活动。",
                       reference: "《国务院关于深入开展爱国卫生运动的意见》（国发〔2020〕15号）"),
        RuleDescriptor(id: "health.two-cancers", title: "两癌筛查", kind: "require", isElement: true, severity: .error,
                       hint: "在工作计划中写明农村妇女宫颈癌、乳腺癌筛查任务。"),
        RuleDescriptor(id: "hygiene.placeholder", title: "未填写的模板占位符", kind: "forbid", severity: .error,
                       hint: "把 20xx年、XX县、x家 等占位符换成实际内容。"),
        RuleDescriptor(id: "hygiene.missing-number", title: "缺少数值的百分比", kind: "forbid", severity: .warning,
                       hint: "补上数值，如「达到95%」。"),
        RuleDescriptor(id: "stale.agency-name", title: "过时的机构名称", kind: "substitute", severity: .warning,
                       reference: "《深化党和国家机构改革方案》（2018年）"),
        RuleDescriptor(id: "stale.five-year-plan", title: "已结束的五年规划", kind: "period", severity: .warning,
                       hint: "引用文件年份所在的五年规划。"),
        RuleDescriptor(id: "style.fullwidth-digits", title: "全角数字", kind: "substitute", severity: .info),
    ]
}
