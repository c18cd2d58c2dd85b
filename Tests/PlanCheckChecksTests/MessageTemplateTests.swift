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

@Suite struct MessageTemplateTests {
    @Test func fillsKnownPlaceholdersAndKeepsTheRest() {
        #expect(MessageTemplate.fill("未填写的模板占位符「{match}」", match: "20xx年") == "未填写的模板占位符「20xx年」")
        #expect(MessageTemplate.fill("「{match}」应为「{expected}」（{year}年）", match: "卫计委", expected: "卫健委", year: 2024)
            == "「卫计委」应为「卫健委」（2024年）")
        #expect(MessageTemplate.fill("{year}年", year: nil) == "未知年份年")
        #expect(MessageTemplate.fill("「{match}」是{period}的提法", match: "十二五", period: "2011–2015年")
            == "「十二五」是2011–2015年的提法")
        // Unknown names and unclosed braces stay as written; so does a placeholder with no value.
        #expect(MessageTemplate.fill("{unknown}「{match}」", match: "x") == "{unknown}「x」")
        #expect(MessageTemplate.fill("「{match}」{未闭合", match: "x") == "「x」{未闭合")
        #expect(MessageTemplate.fill("{expected}", match: "x") == "{expected}")
        #expect(MessageTemplate.fill("没有占位符") == "没有占位符")
        #expect(MessageTemplate.fill("") == "")
    }

    @Test func bracesInsidePlaceholdersAndNextToThemStayAsWritten() {
        #expect(MessageTemplate.fill("{{match}}", match: "x") == "{{match}}")
        #expect(MessageTemplate.fill("{match}{match}", match: "x") == "xx")
        #expect(MessageTemplate.fill("}{match}{", match: "x") == "}x{")
    }

    @Test func aRuleWhoseMessageChangesFillsTheNewMessage() {
        var rule = Rule(id: "a.b", title: "t", kind: ForbidCheck(patterns: [.literal("旧")]), severity: .warning, message: "旧「{match}」")
        rule.message = "新「{match}」（{year}年）"
        #expect(rule.messageTemplate.filled(match: "x", year: 2024) == "新「x」（2024年）")
    }
}
