import Foundation
import PlanCheckCore
import PlanCheckRules

/// Findings recorded at one moment, so that later runs report only new ones.
///
/// A finding is keyed on its rule, document, matched text, the text of its line and its message,
/// never on the line number: inserting lines above an old finding must not make it new. Keys are
/// counted, so a second identical finding on a copied line is still new.
package struct Baseline: Sendable, Equatable {
    package struct Entry: Sendable, Hashable, Codable, Comparable {
        package var rule: String
        package var document: String
        package var match: String?
        /// The finding's line with its spacing removed; empty for a document-level finding.
        package var context: String
        package var message: String

        package static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.document, lhs.rule, lhs.context, lhs.match ?? "", lhs.message) < (rhs.document, rhs.rule, rhs.context, rhs.match ?? "", rhs.message)
        }
    }

    package var entries: [Entry]

    package init(entries: [Entry]) {
        self.entries = entries.sorted()
    }

    /// Every finding of a run.
    package init(recording results: Results) {
        self.init(entries: results.documents.flatMap { document in
            document.findings.map { Baseline.entry(for: $0, in: document) }
        })
    }

    static func entry(for finding: Finding, in document: DocumentResult) -> Entry {
        Entry(rule: finding.ruleID, document: normalizedPath(document.displayName), match: finding.match,
              context: (finding.lineText ?? "").filter { !$0.isWhitespace }, message: finding.message)
    }

    /// `./plans/a.md` and `plans/a.md` are the same document.
    static func normalizedPath(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    /// The results without the findings this baseline records; the count left out is added to
    /// `suppressedByBaseline`.
    package func filter(_ results: Results) -> Results {
        let filter = Filter(self)
        var filtered = results
        filtered.documents = results.documents.map(filter.apply)
        filtered.suppressedByBaseline += filter.suppressed
        return filtered
    }

    /// Applies a baseline document by document, as a streamed run reports them: each recorded
    /// finding is used up once, so a second identical finding is new.
    package final class Filter {
        private var remaining: [Entry: Int] = [:]
        /// Findings left out so far.
        package private(set) var suppressed = 0

        package init(_ baseline: Baseline) {
            for entry in baseline.entries { remaining[entry, default: 0] += 1 }
        }

        package func apply(_ document: DocumentResult) -> DocumentResult {
            var filtered = document
            filtered.findings = document.findings.filter { finding in
                let key = Baseline.entry(for: finding, in: document)
                guard let count = remaining[key], count > 0 else { return true }
                remaining[key] = count - 1
                suppressed += 1
                return false
            }
            return filtered
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
            ("version", .int(1)),
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
            guard file.version == 1 else { throw RuleLoadError(file: url.path, reason: "baseline version \(file.version) is not supported (expected 1)") }
            return Baseline(entries: file.findings)
        } catch let error as RuleLoadError {
            throw error
        } catch {
            throw RuleLoadError(file: url.path, reason: "not a plancheck baseline (\(error.localizedDescription)); write one with 'plancheck baseline'")
        }
    }
}
