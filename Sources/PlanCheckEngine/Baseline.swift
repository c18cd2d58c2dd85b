import Foundation
import PlanCheckCore
import PlanCheckRules

/// Findings recorded at one moment, so that later runs report only new ones.
///
/// A finding is keyed on its rule, document, matched text, the words around it and its message,
/// never on the line number: inserting lines above an old finding must not make it new. Keys are
/// counted, so a second identical finding is still new. `BaselineKeying` says how documents and
/// context are named (paths from the baseline file's folder, in version 2).
package struct Baseline: Sendable, Equatable {
    package struct Entry: Sendable, Hashable, Codable, Comparable {
        package var rule: String
        package var document: String
        package var match: String?
        /// The words around the match with their spacing removed (version 1: the whole line);
        /// empty for a document-level finding.
        package var context: String
        package var message: String

        package static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.document, lhs.rule, lhs.context, lhs.match ?? "", lhs.message) < (rhs.document, rhs.rule, rhs.context, rhs.match ?? "", rhs.message)
        }
    }

    /// The version files are written in.
    package static let currentVersion = 2

    package var entries: [Entry]
    /// The file format the entries follow (see `BaselineKeying`).
    package var version: Int

    package init(entries: [Entry], version: Int = Baseline.currentVersion) {
        self.entries = entries.sorted()
        self.version = version
    }

    /// Every finding of a run, documents named from `folder` (where the baseline file goes).
    package init(recording results: Results, folder: URL, workingDirectory: URL) {
        let keying = BaselineKeying(version: Self.currentVersion, folder: folder, workingDirectory: workingDirectory)
        self.init(entries: results.documents.flatMap { document in
            let name = keying.document(document)
            return document.findings.map { Baseline.entry(for: $0, document: name, keying: keying) }
        })
    }

    /// Every finding of a run, for a baseline file in the working directory.
    package init(recording results: Results) {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        self.init(recording: results, folder: here, workingDirectory: here)
    }

    static func entry(for finding: Finding, document: String, keying: BaselineKeying) -> Entry {
        Entry(rule: finding.ruleID, document: document, match: finding.match, context: keying.context(finding), message: finding.message)
    }

    /// The results without the findings this baseline records, for a baseline file in
    /// `folder`; the count left out is added to `suppressedByBaseline`.
    package func filter(_ results: Results, folder: URL? = nil, workingDirectory: URL? = nil) -> Results {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let filter = Filter(self, folder: folder ?? here, workingDirectory: workingDirectory ?? here)
        var filtered = results
        filtered.documents = results.documents.map(filter.apply)
        filtered.suppressedByBaseline += filter.suppressed
        return filtered
    }

    /// Applies a baseline document by document, as a streamed run reports them: each recorded
    /// finding is used up once, so a second identical finding is new.
    package final class Filter {
        private var remaining: [Entry: Int] = [:]
        private let keying: BaselineKeying
        /// Entries in the baseline.
        package let total: Int
        /// Findings left out so far.
        package private(set) var suppressed = 0

        /// `folder`: where the baseline file is, which its document paths start from.
        package init(_ baseline: Baseline, folder: URL, workingDirectory: URL) {
            for entry in baseline.entries { remaining[entry, default: 0] += 1 }
            keying = BaselineKeying(version: baseline.version, folder: folder, workingDirectory: workingDirectory)
            total = baseline.entries.count
        }

        package func apply(_ document: DocumentResult) -> DocumentResult {
            var filtered = document
            let name = keying.document(document)
            filtered.findings = document.findings.filter { finding in
                let key = Baseline.entry(for: finding, document: name, keying: keying)
                guard let count = remaining[key], count > 0 else { return true }
                remaining[key] = count - 1
                suppressed += 1
                return false
            }
            return filtered
        }

        /// `3 of 5 baseline entries matched …` when some entry matched no finding (fixed, or its
        /// document not checked this time, or a path that names nothing from here); `nil` when all did.
        package var unmatchedNote: String? {
            guard suppressed < total else { return nil }
            return "\(suppressed) of \(total) baseline entries matched; the other \(total - suppressed) name findings that are gone or documents not checked in this run"
        }
    }

    // MARK: File format

    private struct File: Codable {
        var tool: String
        var version: Int
        var findings: [Entry]
    }

    /// Pretty JSON with its keys in a fixed order, written like every JSON plancheck writes
    /// (`JSONValue`): a baseline lives in version control, and diffs should read well.
    package func json() -> String {
        JSONValue.object([
            ("findings", .array(entries.map { entry in
                .object([
                    ("context", .string(entry.context)), ("document", .string(entry.document)),
                    ("match", .string(entry.match)), ("message", .string(entry.message)), ("rule", .string(entry.rule)),
                ])
            })),
            ("tool", .string(PlanCheck.name)),
            ("version", .int(version)),
        ]).serialized
    }

    /// A baseline of a hundred thousand findings is about 30 MB; larger is not a baseline.
    static let maximumSize = 128 << 20

    package static func load(fileAt url: URL) throws -> Baseline {
        let data: Data
        do {
            data = Data(try BoundedFileReader.read(path: url.path, displayPath: url.path, limit: maximumSize,
                                                   tooLarge: "file is larger than \(maximumSize >> 20) MB; is it a baseline?", refusesEmpty: false))
        } catch let error as InputFileError {
            throw RuleLoadError(file: url.path, reason: "cannot read the baseline: \(error.reason)")
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            // Version 1 is still read as it was written (paths as given, whole lines).
            guard (1...currentVersion).contains(file.version) else {
                throw RuleLoadError(file: url.path, reason: "baseline version \(file.version) is not supported (this plancheck reads 1 and 2); write it again with 'plancheck baseline'")
            }
            return Baseline(entries: file.findings, version: file.version)
        } catch let error as RuleLoadError {
            throw error
        } catch {
            throw RuleLoadError(file: url.path, reason: "not a plancheck baseline (\(error.localizedDescription)); write one with 'plancheck baseline'")
        }
    }
}
