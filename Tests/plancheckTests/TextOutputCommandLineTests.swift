import Foundation
import Testing
@testable import PlanCheckCore
import PlanCheckTestSupport

/// Issue 19's text output as the binary writes it: its width, its language, its order.
@Suite struct TextOutputCommandLineTests {
    static let examples = SharedCorpus.packageRoot.appendingPathComponent("examples")

    @Test(arguments: [60, 80])
    func columnsSetsTheWidthWhenOutputIsNoTerminal(columns: Int) throws {
        let run = try PlanCheckBinary.run(["check", Self.examples.path, "--color", "never", "--no-config"], environment: ["COLUMNS": String(columns)])
        #expect(run.status == 1)
        let narrow = DisplayWidth(ambiguousIsWide: false)
        let lines = run.standardOutput.split(separator: "\n")
        // Source lines and hints fit; a heading line or message may be longer (a path is not cut).
        let indented = lines.filter { $0.hasPrefix("        ") }
        #expect(!indented.isEmpty)
        for line in indented {
            #expect(narrow.width(of: line) <= columns, "\(line)")
        }
    }
}
