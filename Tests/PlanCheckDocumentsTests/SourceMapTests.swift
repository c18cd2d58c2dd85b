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

@Suite struct SourceMapTests {
    @Test func columnsCountCharactersNotBytes() {
        let document = Document(path: "t.txt", text: "第一行\n二、加强院感防控\n😀x")
        #expect(document.sourceMap.position(of: 0) == SourcePosition(line: 1, column: 1))
        let offset = Array(document.text.utf16).firstIndex(of: "院".utf16.first!)!
        #expect(document.sourceMap.position(of: offset) == SourcePosition(line: 2, column: 5))
        // The emoji is a surrogate pair but one character: "x" is in column 2.
        let x = document.utf16.lastIndex(of: UInt16(UInt8(ascii: "x")))!
        #expect(document.sourceMap.position(of: x) == SourcePosition(line: 3, column: 2))
        #expect(document.lineText(containing: offset) == "二、加强院感防控")
    }
}
