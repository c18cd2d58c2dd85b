import ArgumentParser
import PlanCheckCore
import PlanCheckDocuments

/// `plancheck`: the root command; the verbs are subcommands.
struct PlanCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plancheck",
        abstract: "检查卫生健康工作计划 — check Chinese health-administration work plans against YAML rules.",
        discussion: """
        Reads \(DocumentFormat.extensionList) documents (text in UTF-8, UTF-16 or GB18030), \
        finds their parts and headings, and reports required elements that are missing (院感, 爱国卫生月, 除四害, 两癌筛查 …), \
        unfilled placeholders (20xx年, XX县), text pasted from document-sharing sites and stale terms.

        Examples:
          plancheck check 2025年工作计划.docx
          plancheck check plans/ --format json --output report.json
          plancheck check plans/ --fail-on warning --rules my-rules/
          plancheck audit submissions/ --output audit.html
          plancheck inspect 2025年工作计划.docx
          plancheck rules list

        Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; \
        2 the run itself failed (bad flag, missing path, a rule file that does not load).
        """,
        version: PlanCheck.version,
        subcommands: [CheckCommand.self, AuditCommand.self, AnnotateCommand.self, ServeCommand.self, MergeCommand.self, InspectCommand.self, RulesCommand.self, BaselineCommand.self, InitCommand.self],
        defaultSubcommand: nil
    )
}
