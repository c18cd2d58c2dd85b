import Foundation
import Testing
@testable import plancheck
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckTestSupport

/// A file saved by its author while plancheck checked it is not overwritten by the fix (issue 15).
@Suite struct FixChangedFileTests {
    @Test func aFileChangedSinceItWasReadIsLeftAlone() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let url = try temporary.write(Data("2024年工作计划\n一、按照市卫计委要求。\n".utf8), to: "计划.txt")
        let file = DiscoveredFile(url: url, displayPath: "计划.txt")
        let snapshots = FixRun.snapshots(of: [file])
        // The author saves meanwhile: same length, other words.
        let saved = Data("2024年工作计划\n一、按照县卫计委要求。\n".utf8)
        try saved.write(to: url)
        let edit = FixEdit(line: 2, column: 6, original: "卫计委", replacement: "卫健委")
        for language in ReportLanguage.allCases {
            let outcome = FixRun(messages: FixMessages(language: language), dryRun: false)
                .apply(["计划.txt": [edit]], files: [file], snapshots: snapshots)
            #expect(outcome.appliedCount == 0)
            #expect(outcome.notes == [FixMessages(language: language).changedDuringCheck("计划.txt")])
        }
        #expect(try Data(contentsOf: url) == saved)
        #expect(FixMessages(language: .zh).changedDuringCheck("计划.txt") == "计划.txt：检查期间文件被修改，未作修复")
    }
}
