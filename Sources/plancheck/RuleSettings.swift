import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckEngine

/// What `RuleOptions` holds, as plain values: the configuration file, the rules and how
/// documents are named. `QuickCheckArguments` fills one without ArgumentParser.
struct RuleSettings: Equatable {
    var rulePaths: [String] = []
    /// `--lang`; nil for the locale's.
    var language: ReportLanguage?
    var noDefaultRules = false
    var configPath: String?
    var noConfig = false
    var stdinName: String?
    var findingLimit: Int?
    var reportUnusedDirectives = false

    /// `--lang`, else the locale's.
    var resolvedLanguage: ReportLanguage {
        language ?? ReportLanguage.fromLocale(ProcessInfo.processInfo.environment)
    }

    func validate() throws {
        if let findingLimit, findingLimit < 0 {
            throw ValidationError("--max-findings-per-rule must be 0 (no limit) or more, not \(findingLimit)")
        }
    }

    /// The run's setup: the configuration in force, its rules, its documents. A `SessionError`
    /// fails the run (exit 2) with its lines. `language`: of the engine's own findings about
    /// unreadable files.
    func session(language: ReportLanguage = .zh) throws -> Session {
        var options = SessionOptions()
        options.language = language
        options.reportsUnusedDirectives = reportUnusedDirectives
        options.findingLimit = findingLimit
        options.rulePaths = rulePaths
        options.includesDefaultRules = !noDefaultRules
        options.configPath = configPath
        options.usesConfiguration = !noConfig
        options.standardInputName = stdinName
        return try Session(options)
    }
}
