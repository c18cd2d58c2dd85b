import Testing
import ArgumentParser
@testable import plancheck

/// `QuickCheckArguments` reads the common `check` command lines without ArgumentParser; it must
/// read each exactly as ArgumentParser does, and leave every other to it.
@Suite struct QuickCheckArgumentsTests {
    /// What ArgumentParser makes of a `check` command line, parsed from the root as `main` does.
    static func parsed(_ arguments: [String]) -> CheckSettings? {
        guard let command = try? PlanCheckCommand.parseAsRoot(arguments) as? CheckCommand else { return nil }
        return command.settings
    }

    /// Command lines of the kinds the README, the pre-commit hook, the Action and editors use.
    static let common: [[String]] = [
        ["check"],
        ["check", "plan.docx"],
        ["check", "2025年工作计划.docx", "附件/"],
        ["check", "plans/", "--format", "json", "--output", "findings.json"],
        ["check", "plans/", "--format=sarif", "-o", "plancheck.sarif", "--fail-on", "warning"],
        ["check", "--no-config", "--format", "json", "doc.txt"],
        ["check", "-", "--stdin-name", "plans/2025年计划.txt", "--format", "json"],
        ["check", "plans/", "--fix", "--dry-run"],
        ["check", "plans/", "-q", "--fail-on", "info", "--color", "never", "--lang", "en"],
        ["check", "plans/", "--jobs", "2", "--shard", "2/4", "-o", "shard-2.json"],
        ["check", "plans/", "--rules", "a.yml", "--rules", "extra/", "--no-default-rules", "--config", "ci.yml"],
        ["check", "plans/", "--also-output", "sarif=plancheck.sarif", "--also-output", "csv=out.csv", "--format", "github"],
        ["check", "plans/", "--baseline", ".plancheck-baseline.json", "--max-findings-per-rule", "0", "--report-unused-directives"],
        ["check", "plans/", "--ambiguous-width", "2", "--quiet", "--format", "text"],
    ]

    @Test func commonCommandLinesAreReadAsArgumentParserReadsThem() throws {
        for arguments in Self.common {
            let quick = QuickCheckArguments.settings(for: arguments)
            #expect(quick != nil, "\(arguments) should be read without ArgumentParser")
            #expect(quick == Self.parsed(arguments), "\(arguments)")
        }
        // The defaults are ArgumentParser's: the current folder, text, colour when a terminal.
        #expect(QuickCheckArguments.settings(for: ["check"])?.paths == ["."])
    }

    /// Help, completion, usage errors and spellings this reader does not take go to ArgumentParser,
    /// which prints the root's usage and messages.
    @Test func everythingElseIsLeftToArgumentParser() {
        let others: [[String]] = [
            ["check", "--help"], ["check", "-h"], ["check", "help"], ["--version"], ["audit", "plans/"],
            ["check", "--", "-odd-name.txt"], ["check", "--format", "yaml"], ["check", "--fail-on", "fatal"],
            ["check", "--jobs", "0"], ["check", "--jobs", "two"], ["check", "--dry-run"], ["check", "--shard", "5/4"],
            ["check", "-", "--shard", "1/2"], ["check", "--output"], ["check", "--output", "-"], ["check", "--output="],
            ["check", "--format", "json", "--format", "text"], ["check", "-q", "--quiet"], ["check", "-qo", "x.json"],
            ["check", "--also-output", "sarif=-"], ["check", "--also-output", "nope=x"], ["check", "--unknown"],
            ["check", "--max-findings-per-rule", "-1"], ["check", "--fix=yes"], ["check", "--generate-completion-script", "bash"],
        ]
        for arguments in others {
            #expect(QuickCheckArguments.settings(for: arguments) == nil, "\(arguments)")
        }
    }

    /// Where ArgumentParser accepts a line this reader leaves to it, nothing is lost; where this
    /// reader accepts one, ArgumentParser accepts it too, with the same settings.
    @Test func aLineReadQuicklyIsNeverOneArgumentParserRefuses() {
        // The common lines, and a few hundred made of their pieces in any order (a fixed seed).
        let pieces: [[String]] = [
            ["plans/"], ["-"], ["a.docx"], ["--format", "json"], ["--format=sarif"], ["-o", "r.json"], ["--output=r.sarif"],
            ["--fail-on", "none"], ["-q"], ["--quiet"], ["--fix"], ["--dry-run"], ["--jobs", "1"], ["--jobs=0"], ["--shard", "1/3"],
            ["--color", "always"], ["--lang=zh"], ["--rules", "r.yml"], ["--no-config"], ["--config", "c.yml"],
            ["--stdin-name", "x.txt"], ["--also-output", "csv=x.csv"], ["--also-output", "text=r.json"], ["--ambiguous-width", "1"],
            ["--max-findings-per-rule", "3"], ["--baseline", "b.json"], ["--no-default-rules"], ["--report-unused-directives"],
        ]
        var state: UInt64 = 20261207
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var lines = Self.common + [["check", "a", "--format", "json", "b"], ["check", "--output=r.json", "x"]]
        for _ in 0..<200 {
            lines.append(["check"] + (0..<next(6)).flatMap { _ in pieces[next(pieces.count)] })
        }
        var readQuickly = 0
        for arguments in lines {
            guard let quick = QuickCheckArguments.settings(for: arguments) else { continue }
            readQuickly += 1
            #expect(Self.parsed(arguments) == quick, "\(arguments)")
        }
        #expect(readQuickly > 50)
    }
}
