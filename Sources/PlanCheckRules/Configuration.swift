import Foundation
import PlanCheckCore

/// A folder's `.plancheck.yml`: which rules run, how severe they are, when the run fails, which
/// paths are checked and which baseline applies. Command-line flags override it.
package struct Configuration: Sendable, Equatable {
    /// The bundled packs to use (`health`, `hygiene` …); `nil` means all of them.
    package var packs: [String]?
    /// Extra rule files or folders, resolved against the configuration's folder.
    package var rulePaths: [String] = []
    /// Rule ids turned off.
    package var disabled: [String] = []
    /// Severity per rule id, overriding the rule file's.
    package var severities: [String: Severity] = [:]
    /// `nil` means "not set here": the command line or the default (`error`) decides.
    package var failOn: FailOn?
    /// Globs (relative to the configuration's folder) of files to check; empty means all.
    package var include: [String] = []
    /// Globs of files and folders to leave out.
    package var ignore: [String] = []
    /// `max-findings-per-rule`: how many findings one rule may make in one document (0: no limit).
    package var findingLimit: Int?
    /// The baseline file, resolved against the configuration's folder.
    package var baseline: String?
    /// The file it was read from (`nil` for the empty configuration).
    package var file: String?
    /// Where each rule id of `disable` and `severity` is written in `file`, so an id that names
    /// no rule is reported at its line and column.
    package var ruleIDPositions: [String: SourcePosition] = [:]

    package init() {}

    /// The folder relative paths in the configuration are resolved against.
    package var folder: URL? {
        file.map { URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL }
    }

    /// A path from the configuration, made absolute against its folder.
    package func resolve(_ path: String) -> String {
        guard let folder, !path.hasPrefix("/") else { return path }
        return folder.appendingPathComponent(path).standardizedFileURL.path
    }
}

/// The lowest severity that fails a run, or `none`.
package enum FailOn: String, Sendable, CaseIterable, Codable {
    case error, warning, info, none

    package var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .none: nil
        }
    }
}
