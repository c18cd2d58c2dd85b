import Foundation
import Testing
@testable import PlanCheckDocuments
import PlanCheckTestSupport

/// Issue 19 item 12: the pre-commit hook hands plancheck every file a folder walk would take,
/// whatever the case of its extension, and nothing else.
@Suite struct PreCommitHookTests {
    /// The `files:` pattern of `.pre-commit-hooks.yaml` (pre-commit reads it with Python's `re`,
    /// whose syntax for this pattern is ICU's too).
    static func filesPattern() throws -> NSRegularExpression {
        let hooks = try String(contentsOf: SharedCorpus.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let line = try #require(hooks.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("files:") })
        let pattern = line.trimmingCharacters(in: .whitespaces).dropFirst("files:".count).trimmingCharacters(in: .whitespaces)
        return try NSRegularExpression(pattern: pattern)
    }

    static func matches(_ pattern: NSRegularExpression, _ name: String) -> Bool {
        pattern.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
    }

    @Test func takesEveryReadableExtensionInAnyCase() throws {
        let pattern = try Self.filesPattern()
        for ext in DocumentFormat.readableExtensions {
            for name in ["plans/计划.\(ext)", "plans/计划.\(ext.uppercased())", "计划.\(ext.prefix(1).uppercased() + ext.dropFirst())"] {
                #expect(Self.matches(pattern, name), "\(name)")
            }
        }
        for name in ["计划.pdf", "计划.rtf", "计划.docx.bak", "README", "plans/doc/说明.yml", "计划.wpsx"] {
            #expect(!Self.matches(pattern, name), "\(name)")
        }
    }
}
