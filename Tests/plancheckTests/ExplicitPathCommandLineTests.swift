import Foundation
import Testing
import PlanCheckTestSupport

/// Issue 19 item 10: the configuration's `include`/`ignore` shape folder walks; a file named on
/// the command line is checked whatever they say, as ESLint and ruff do.
@Suite struct ExplicitPathCommandLineTests {
    @Test func aFileNamedOnTheCommandLineIsCheckedThoughTheConfigurationLeavesItOut() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let plan = "XX镇卫生院20xx年工作计划\n一、加强院感防控。\n"
        try temporary.write(Data(plan.utf8), to: "plans/drafts/草稿.md")
        try temporary.write(Data(plan.utf8), to: "plans/模板计划.md")
        try temporary.write(Data(plan.utf8), to: "plans/计划.md")
        try temporary.write(Data("include: [\"**/*.docx\", \"**/*.md\"]\nignore: [\"drafts/\", \"**/模板*\"]\n".utf8), to: ".plancheck.yml")
        func documents(_ arguments: [String], in folder: URL) throws -> [String] {
            let run = try PlanCheckBinary.run(["check"] + arguments + ["--format", "json", "--fail-on", "none"], in: folder)
            #expect(run.status == 0, "\(run.standardError)")
            let root = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
            return (root["documents"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        }
        // A folder walk leaves them out.
        #expect(try documents(["plans"], in: temporary.url) == ["plans/计划.md"])
        // Named, they are checked: relative, absolute, from a subfolder, beside a folder.
        #expect(try documents(["plans/drafts/草稿.md"], in: temporary.url) == ["plans/drafts/草稿.md"])
        let absolute = temporary.url.appendingPathComponent("plans/模板计划.md").path
        #expect(try documents([absolute], in: temporary.url) == [absolute])
        #expect(try documents(["drafts/草稿.md"], in: temporary.url.appendingPathComponent("plans")) == ["drafts/草稿.md"])
        #expect(try documents(["plans", "plans/drafts/草稿.md"], in: temporary.url) == ["plans/drafts/草稿.md", "plans/计划.md"])
    }
}
