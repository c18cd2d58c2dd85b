import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckRules
import PlanCheckChecks

/// What one run is set up from, as the command line gives it: where the configuration and the
/// rules are, and what standard input is called.
package struct SessionOptions: Sendable {
    /// Rule files or folders added to the bundled rules (`--rules`).
    package var rulePaths: [String] = []
    package var includesDefaultRules = true
    /// The configuration file (`--config`); `nil` looks for the nearest `.plancheck.yml`.
    package var configPath: String?
    package var usesConfiguration = true
    /// The name standard input (the path `-`) is reported under; its extension picks the format.
    package var standardInputName: String?
    /// How many findings one rule may make in one document (`--max-findings-per-rule`; 0 for no
    /// limit); `nil` leaves it to the configuration, else `Engine.defaultFindingLimit`.
    package var findingLimit: Int?
    /// The language of the engine's own findings about unreadable files (`--lang`).
    package var language = ReportLanguage.zh
    /// Report silencing directives that silenced nothing (`--report-unused-directives`).
    package var reportsUnusedDirectives = false
    /// Where relative paths start and the configuration is looked for.
    package var workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

    package init() {}

    /// A path as given, absolute or from the working directory.
    func url(of path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }
}

/// A run that cannot start or go on: one line for each thing that is wrong (every rule file that
/// does not load, with its line and column; a path that does not exist).
package struct SessionError: Error, CustomStringConvertible, Equatable {
    package let lines: [String]

    package init(_ line: String) { lines = [line] }
    package init(lines: [String]) { self.lines = lines }

    package var description: String { lines.joined(separator: "\n") }
}

/// One run's setup, the same for every command: the configuration in force, the rules it
/// selects, the documents under the paths given, and the baseline it names.
package struct Session: Sendable {
    package let options: SessionOptions
    /// `--config`, else the nearest `.plancheck.yml` at or above the working directory, else none.
    package let configuration: Configuration

    package init(_ options: SessionOptions) throws {
        self.options = options
        configuration = try Self.configuration(options)
    }

    private static func configuration(_ options: SessionOptions) throws -> Configuration {
        guard options.usesConfiguration else { return Configuration() }
        let url: URL
        if let path = options.configPath {
            url = options.url(of: path)
            guard FileManager.default.fileExists(atPath: url.path) else { throw SessionError("no such configuration file: \(path)") }
        } else if let found = ConfigurationLoader.find(from: options.workingDirectory) {
            url = found
        } else {
            return Configuration()
        }
        do {
            return try ConfigurationLoader.load(fileAt: url)
        } catch let error as RuleLoadError {
            throw SessionError("configuration \(error)")
        } catch {
            throw SessionError("configuration \(url.path): \(error)")
        }
    }

    /// The rules to run: the bundled ones (unless left out), the configuration's and the
    /// options' rule files, selected and re-graded by the configuration.
    package func rules() throws -> [Rule] {
        try loadedRules().selected
    }

    /// Every rule loaded, and those the configuration selects from them.
    private func loadedRules() throws -> (all: [Rule], selected: [Rule]) {
        do {
            var rules = options.includesDefaultRules ? try BundledRules.load() : []
            let bundledPacks = Set(rules.map(\.pack))
            var errors: [RuleLoadError] = []
            for path in configuration.rulePaths.map(configuration.resolve) + options.rulePaths {
                let loaded = RuleLoader.standard.loadRules(at: options.url(of: path), displayPath: path)
                rules += loaded.rules
                errors += loaded.errors
            }
            if !errors.isEmpty { throw SessionError(lines: errors.map(Self.line)) }
            try RuleLoader.checkUniqueIDs(rules)
            let selected = try RuleSelection.apply(configuration, to: rules, bundledPacks: bundledPacks)
            if selected.isEmpty {
                throw SessionError("no rules to run: the bundled rules are left out or turned off and no others were given")
            }
            return (rules, selected)
        } catch let error as SessionError {
            throw error
        } catch let error as RuleLoadError {
            throw SessionError(Self.line(error))
        } catch {
            throw SessionError("\(error)")
        }
    }

    /// An engine over `rules()`.
    package func engine() throws -> Engine {
        let (all, rules) = try loadedRules()
        do {
            let limit = options.findingLimit ?? configuration.findingLimit ?? Engine.defaultFindingLimit
            var engine = try Engine(rules: rules, findingLimit: limit == 0 ? .max : limit)
            engine.language = options.language
            engine.reportsUnusedDirectives = options.reportsUnusedDirectives
            // A directive naming a rule the configuration turned off names a real rule.
            engine.knownRuleIDs.formUnion(all.map(\.id))
            return engine
        } catch {
            throw SessionError("\(error)")
        }
    }

    /// A load error as the one line the user sees.
    static func line(_ error: RuleLoadError) -> String {
        "\(error.file.hasSuffix(ConfigurationLoader.fileName) ? "configuration" : "rule file") \(error)"
    }

    /// What a walk of `paths` found, less what the configuration's globs leave out, and standard
    /// input first when a path is `-`; a path that is wrong fails the run, named.
    package func discover(_ paths: [String]) throws -> DiscoveryResult {
        var found: DiscoveryResult
        let files = paths.filter { $0 != StandardInput.path }
        do {
            // Only `-` given: no walk of the working folder.
            found = files.isEmpty && !paths.isEmpty ? DiscoveryResult(files: DiscoveredFiles())
                : try Discovery.walk(files, relativeTo: options.workingDirectory)
        } catch {
            throw SessionError("\(error)")
        }
        if let folder = configuration.folder, !(configuration.include.isEmpty && configuration.ignore.isEmpty) {
            let filter = PathFilter(include: configuration.include, ignore: configuration.ignore, base: folder)
            // A file named on the command line is checked whatever the globs say, as ESLint and
            // ruff do: the globs shape folder walks, and naming a file is asking for it.
            let named = Set(files.map { options.url(of: $0).standardizedFileURL.path })
            let accepts = { (file: DiscoveredFile) in named.contains(file.url.standardizedFileURL.path) || filter.accepts(file) }
            found.files = found.files.keeping(accepts)
            found.unreadableDocuments = found.unreadableDocuments.filter(accepts)
        }
        let stdinName = options.standardInputName
        if paths.contains(StandardInput.path) {
            // Checked first, and not subject to the globs: it is no file of the folders given.
            do {
                found.files.insert(try StandardInput.file(named: stdinName ?? StandardInput.defaultName,
                                                          limit: DocumentLoader.maximumFileSize), at: 0)
            } catch {
                throw SessionError("\(error)")
            }
        } else if let stdinName {
            throw SessionError("--stdin-name \(stdinName) names standard input, but no path is - (try: plancheck check - --stdin-name \(stdinName))")
        }
        return found
    }

    /// The baseline named by `path`, else by the configuration; `nil` when neither names one.
    package func baseline(_ path: String?) throws -> Baseline? {
        try loadBaseline(path)?.baseline
    }

    /// A filter for the baseline named by `path`, else by the configuration, whose document
    /// paths start from the baseline file's folder; `nil` when neither names one.
    package func baselineFilter(_ path: String?) throws -> Baseline.Filter? {
        try loadBaseline(path).map { Baseline.Filter($0.baseline, folder: $0.url.deletingLastPathComponent(), workingDirectory: options.workingDirectory) }
    }

    private func loadBaseline(_ path: String?) throws -> (baseline: Baseline, url: URL)? {
        guard let path = path ?? configuration.baseline.map(configuration.resolve) else { return nil }
        let url = options.url(of: path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw SessionError("no such baseline file: \(path) (write one with 'plancheck baseline PATH… --output \(path)')")
        }
        do {
            return (try Baseline.load(fileAt: url), url)
        } catch {
            throw SessionError("\(error)")
        }
    }
}
