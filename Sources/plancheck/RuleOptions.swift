import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckRules
import PlanCheckEngine

/// What every checking command shares: the configuration file, the rules, and the documents.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A rule file or a folder of rule files (.yml) to add to the bundled rules. Repeatable.",
        valueName: "path"))
    var rulePaths: [String] = []

    @OptionGroup var language: LanguageOption

    @Flag(name: .customLong("no-default-rules"), help: "Leave out the bundled rule packs; use only --rules (and the configuration's rules).")
    var noDefaultRules = false

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The configuration file (default: the nearest .plancheck.yml in the working directory or above).",
        valueName: "file"))
    var configPath: String?

    @Flag(name: .customLong("no-config"), help: "Ignore any .plancheck.yml.")
    var noConfig = false

    @Option(name: .customLong("stdin-name"), help: ArgumentHelp(
        "The name to report standard input (given as the path -) under; its extension picks the format (default: <stdin>, read as text).",
        valueName: "path"))
    var stdinName: String?

    @Option(name: .customLong("max-findings-per-rule"), help: ArgumentHelp(
        "How many findings one rule may report in one document; the rest are counted in one plancheck.findings-capped finding. 0: no limit. (default: 500, or the configuration's max-findings-per-rule)",
        valueName: "n"))
    var findingLimit: Int?

    @Flag(name: .customLong("report-unused-directives"), help: "Report plancheck-disable comments that silenced nothing (plancheck.unused-directive).")
    var reportUnusedDirectives = false

    /// These options as plain values.
    var settings: RuleSettings {
        RuleSettings(rulePaths: rulePaths, language: language.language, noDefaultRules: noDefaultRules, configPath: configPath,
                     noConfig: noConfig, stdinName: stdinName, findingLimit: findingLimit, reportUnusedDirectives: reportUnusedDirectives)
    }

    func validate() throws {
        try settings.validate()
    }

    /// `language`: of the engine's own findings about unreadable files.
    func session(language: ReportLanguage = .zh) throws -> Session {
        try settings.session(language: language)
    }

    /// The rules to run, or a `SessionError` naming the file, line and column of every rule file
    /// that does not load.
    func loadRules() throws -> [Rule] {
        try session().rules()
    }
}

extension Session {
    /// The documents to check under `paths`; those a folder walk passed over for their format are
    /// named on standard error (the report and the exit code stay as without them).
    func discoverFiles(_ paths: [String]) throws -> DiscoveredFiles {
        let found = try discoverWarning(paths)
        if let note = UnreadableDocumentsNote.text(for: found.unreadableDocuments) {
            FileHandle.standardError.write(Data(note.utf8))
        }
        return found.files
    }

    /// What a walk of `paths` found; folders it could not read are named in a warning on
    /// standard error, and the run goes on without them.
    func discoverWarning(_ paths: [String]) throws -> DiscoveryResult {
        let found = try discover(paths)
        if let warning = UnreadableFoldersWarning.text(for: found.unreadableFolders) {
            FileHandle.standardError.write(Data(warning.utf8))
        }
        return found
    }
}

extension Session {
    /// The files besides documents this run reads, for `OutputOverInputGuard`: the configuration,
    /// the rule files named by path and the baseline (`path`, else the configuration's).
    func otherInputs(baseline path: String? = nil) -> [OutputOverInputGuard.OtherInput] {
        let baseline = path ?? configuration.baseline.map(configuration.resolve)
        let rules = options.rulePaths + configuration.rulePaths.map(configuration.resolve)
        return OutputOverInputGuard.inputs(configuration: configuration.file, baseline: baseline)
            + rules.map { OutputOverInputGuard.OtherInput(role: "rule file", path: $0) }
    }
}
