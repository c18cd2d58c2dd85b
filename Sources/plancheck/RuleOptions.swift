import ArgumentParser
import Foundation
import PlanCheckDocuments
import PlanCheckRules

/// What every checking command shares: the configuration file, the rules, and the documents.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A rule file or a folder of rule files (.yml) to add to the bundled rules. Repeatable.",
        valueName: "path"))
    var rulePaths: [String] = []

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

    /// The configuration in force: `--config`, else the nearest `.plancheck.yml`, else none.
    func configuration() throws -> Configuration {
        if noConfig { return Configuration() }
        let url: URL
        if let configPath {
            url = URL(fileURLWithPath: configPath)
            guard FileManager.default.fileExists(atPath: url.path) else { throw RunFailure("no such configuration file: \(configPath)") }
        } else if let found = ConfigurationLoader.find(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
            url = found
        } else {
            return Configuration()
        }
        do {
            return try ConfigurationLoader.load(fileAt: url)
        } catch let error as RuleLoadError {
            throw RunFailure("configuration \(error)")
        }
    }

    /// The rules to run, or a `RunFailure` naming the file, line and column of every rule file
    /// that does not load.
    func loadRules(_ configuration: Configuration) throws -> [Rule] {
        do {
            var rules = noDefaultRules ? [] : try RuleLoader.standard.defaultRules()
            let bundledPacks = Set(rules.map(\.pack))
            var errors: [RuleLoadError] = []
            for path in configuration.rulePaths.map(configuration.resolve) + rulePaths {
                let loaded = RuleLoader.standard.loadRules(at: URL(fileURLWithPath: path), displayPath: path)
                rules += loaded.rules
                errors += loaded.errors
            }
            if !errors.isEmpty { throw RunFailure(lines: errors.map(Self.line)) }
            try RuleLoader.checkUniqueIDs(rules)
            rules = try RuleSelection.apply(configuration, to: rules, bundledPacks: bundledPacks)
            if rules.isEmpty {
                throw RunFailure("no rules to run: the bundled rules are left out or turned off and no others were given")
            }
            return rules
        } catch let error as RuleLoadError {
            throw RunFailure(Self.line(error))
        }
    }

    /// A load error as the one line the user sees.
    static func line(_ error: RuleLoadError) -> String {
        "\(error.file.hasSuffix(ConfigurationLoader.fileName) ? "configuration" : "rule file") \(error)"
    }

    func loadRules() throws -> [Rule] {
        try loadRules(try configuration())
    }

    /// What a walk of `paths` found, less what the configuration's globs leave out, and standard
    /// input first when a path is `-`; a path that is wrong fails the run, named.
    func discover(_ paths: [String], configuration: Configuration) throws -> DiscoveryResult {
        var found: DiscoveryResult
        let files = paths.filter { $0 != StandardInput.path }
        do {
            // Only `-` given: no walk of the working folder.
            found = files.isEmpty && !paths.isEmpty ? DiscoveryResult(files: [])
                : try Discovery.walk(files, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch {
            throw RunFailure("\(error)")
        }
        if let folder = configuration.folder, !(configuration.include.isEmpty && configuration.ignore.isEmpty) {
            let filter = PathFilter(include: configuration.include, ignore: configuration.ignore, base: folder)
            found.files = found.files.filter(filter.accepts)
            found.unreadableDocuments = found.unreadableDocuments.filter(filter.accepts)
        }
        if paths.contains(StandardInput.path) {
            // Checked first, and not subject to the globs: it is no file of the folders given.
            found.files.insert(try StandardInput.file(named: stdinName ?? StandardInput.defaultName,
                                                      limit: DocumentLoader.maximumFileSize), at: 0)
        } else if let stdinName {
            throw RunFailure("--stdin-name \(stdinName) names standard input, but no path is - (try: plancheck check - --stdin-name \(stdinName))")
        }
        return found
    }

    /// The documents to check under `paths`; those a folder walk passed over for their format are
    /// named on standard error (the report and the exit code stay as without them).
    func discoverFiles(_ paths: [String], configuration: Configuration) throws -> [DiscoveredFile] {
        let found = try discover(paths, configuration: configuration)
        if let note = UnreadableDocumentsNote.text(for: found.unreadableDocuments) {
            FileHandle.standardError.write(Data(note.utf8))
        }
        return found.files
    }
}
