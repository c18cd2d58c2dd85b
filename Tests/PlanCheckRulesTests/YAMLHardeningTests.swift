import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Rule and configuration files that try to take the loader down: refused with a clear
/// `RuleLoadError` naming the file (and the line where there is one), never a hang or a crash.
@Suite struct YAMLHardeningTests {
    static let header = "id: a.b\nkind: forbid\nmessage: m\n"

    static func ruleError(_ text: String) throws -> RuleLoadError {
        try #require(throws: RuleLoadError.self) { try RuleLoader.standard.rule(fromYAML: text, file: "bad.yml") }
    }

    static func configError(_ text: String) throws -> RuleLoadError {
        try #require(throws: RuleLoadError.self) { try ConfigurationLoader.parse(text, file: ".plancheck.yml") }
    }

    @Test func anAliasBombIsRefusedAtTheFirstAlias() throws {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...9 { text += "\(Character(UnicodeScalar(97 + level)!)): &\(Character(UnicodeScalar(97 + level)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 9).joined(separator: ",") + "]\n" }
        for error in [try Self.ruleError(Self.header + text), try Self.configError(text)] {
            #expect(error.reason == "YAML anchors and aliases (&name / *name) are not allowed in plancheck files")
            #expect(error.line != nil)
        }
    }

    @Test func ampersandsAndAsterisksInsideQuotedTextAreNotAliases() throws {
        let text = Self.header + "patterns: ['&nbsp;', '*注意*', '\\*{2,}']\nhint: \"请删除 &a 和 *a 这样的网页残留\"\n"
        let rule = try RuleLoader.standard.rule(fromYAML: text, file: "ok.yml")
        #expect(rule.searchPatterns.count == 3)
    }

    @Test(arguments: [("[", "]", false), ("{a: ", "}", false), ("- ", "", true), ("[", "", false)])
    func deepNestingIsRefusedBeforeTheRecursiveComposer(opener: String, closer: String, ownLine: Bool) throws {
        // Well-formed (and, for the last, unterminated) nests, in a rule and in a configuration.
        for depth in [65, 500, 10_000] {
            let nest = String(repeating: opener, count: depth) + "x" + String(repeating: closer, count: depth)
            let rule = try Self.ruleError(Self.header + "patterns:" + (ownLine ? "\n" : " ") + nest + "\n")
            #expect(rule.reason == "lists and mappings nested deeper than 64 levels", "\(depth): \(rule)")
            #expect(rule.file == "bad.yml")
            #expect(rule.line == (ownLine ? 5 : 4), "\(depth)")
            let config = try Self.configError("packs:" + (ownLine ? "\n" : " ") + nest + "\n")
            #expect(config.reason == "lists and mappings nested deeper than 64 levels", "\(depth): \(config)")
        }
    }

    @Test func deepNestingIsRefusedOnAWorkerThreadToo() async throws {
        // Worker threads have far smaller stacks than the main thread.
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = await Task.detached { () -> RuleLoadError? in
            do { _ = try ConfigurationLoader.parse(text, file: ".plancheck.yml") } catch let error as RuleLoadError { return error } catch {}
            return nil
        }.value
        #expect(error?.reason == "lists and mappings nested deeper than 64 levels")
    }

    @Test func duplicateKeysAreRefusedWithTheirPosition() throws {
        let error = try Self.ruleError(Self.header + "patterns: [a]\nmessage: again\n")
        #expect(error.reason.contains("duplicate key 'message'"), "\(error)")
        let config = try Self.configError("packs: [health]\npacks: [hygiene]\n")
        #expect(config.reason.contains("duplicate key 'packs'"), "\(config)")
    }

    @Test func aControlCharacterIsNamedAtItsLineAndColumn() throws {
        // libyaml reports it as a byte offset; the column counts characters (中文 are two).
        let error = try Self.ruleError(Self.header + "hint: 中文\u{01}\n")
        #expect(error.reason == "invalid YAML: control characters are not allowed")
        #expect(error.line == 4)
        #expect(error.column == 9)
    }

    @Test func aSecondDocumentIsRefusedWhereItStarts() throws {
        let error = try Self.ruleError(Self.header + "patterns: [a]\n---\nid: c.d\n")
        #expect(error.reason == "invalid YAML: but found another document (expected a single document in the stream)")
        #expect(error.line == 5)
        // A duplicate key met before the second document is the fault reported.
        let duplicate = try Self.ruleError(Self.header + "message: again\n---\nid: c.d\n")
        #expect(duplicate.reason == "duplicate key 'message' in one mapping")
        #expect(duplicate.line == 3)
    }

    @Test func aHugeFileIsRefusedBeforeParsing() throws {
        let text = Self.header + "hint: '" + String(repeating: "长", count: 400_000) + "'\n"
        let error = try Self.ruleError(text)
        #expect(error.reason == "file is larger than 1 MB; rule and config files are small")
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A sparse 3 GB file: refused from its size, never read.
        let url = folder.url.appendingPathComponent("huge.yml")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 3 << 30)
        try handle.close()
        let error = try #require(throws: RuleLoadError.self) { try YAMLDocument.readFile(at: url, displayPath: "rules/huge.yml") }
        #expect(error.description == "rules/huge.yml: file is larger than 1 MB; rule and config files are small")
        let notText = try folder.write(Data([0x69, 0x64, 0x3A, 0xFF, 0xFE]), to: "bin.yml")
        #expect(throws: RuleLoadError.self) { try YAMLDocument.readFile(at: notText, displayPath: "bin.yml") }
        let fine = try folder.write(Data(Self.header.utf8), to: "ok.yml")
        #expect(try YAMLDocument.readFile(at: fine, displayPath: "ok.yml") == Self.header)
        #expect(throws: RuleLoadError.self) { try YAMLDocument.readFile(at: folder.url, displayPath: "folder") }
    }

    @Test func brokenYAMLNamesItsLine() throws {
        for text in ["id: [unclosed\n", "id: 'unterminated\n", "\tid: tab\n", "id: a\n  bad indent: b\n", "? [a]\n: b\n"] {
            let error = try Self.ruleError(text)
            #expect(error.file == "bad.yml", "\(text)")
        }
    }

    @Test func deepButLegalNestingStillLoads() throws {
        let text = "packs: " + String(repeating: "[", count: 10) + "health" + String(repeating: "]", count: 10) + "\n"
        // Legal YAML, wrong shape for plancheck: a clear type error, not a depth error.
        let error = try Self.configError(text)
        #expect(!error.reason.contains("nested deeper"))
    }
}
