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

/// A document's UTF-16 units and the text of its ranges come from one pass over the UTF-8 bytes.
@Suite struct UTF16LayoutTests {
    static let samples = ["", "ascii only", "二、加强院感防控（一）", "é + 😀 emoji + 𠀀 ext-B", "mixed\n行\t表 “quotes” ①",
                          "\n😀行\n\n𠀀\n", "一\n二\n",
                          // Past the 32-unit checkpoints, with pairs that straddle them.
                          String(repeating: "a", count: 31) + "😀" + String(repeating: "行", count: 30) + "𠀀é" + String(repeating: "b", count: 29) + "😀😀",
                          String(repeating: "二、加强院感防控😀\n", count: 8)]

    @Test(arguments: samples)
    func unitsAreTheStringsUTF16(_ text: String) {
        #expect(UTF16Layout(text).units == Array(text.utf16))
    }

    /// The line starts found while decoding are those a scan of the units finds.
    @Test(arguments: samples)
    func lineStartsAreThoseOfTheUnits(_ text: String) {
        #expect(UTF16Layout(text).lineStarts == SourceMap(utf16: Array(text.utf16)).lineStarts)
    }

    /// Every range gives what slicing the string by UTF-16 offsets gives, a range that splits a
    /// surrogate pair included (the string rounds such an index down to the pair's start).
    @Test(arguments: samples)
    func textOfEveryRangeMatchesSlicingTheString(_ text: String) {
        let document = Document(path: "t.txt", text: text)
        let view = text.utf16
        for start in 0...view.count {
            for end in start...view.count {
                let lower = view.index(view.startIndex, offsetBy: start)
                let upper = view.index(view.startIndex, offsetBy: end)
                #expect(document.text(in: start..<end) == String(text[lower..<upper]), "\(start)..<\(end) of \(text)")
            }
        }
    }
}
