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

@Suite(.enabled(if: SharedCorpus.isAvailable)) struct DocumentsSharedCorpusTests {
    /// `wc -l` of the seed files when this test was written; a new seed is checked against its
    /// own bytes only.
    static let knownLineCounts = [
        "000_0a8fdb82c11bd5c5.txt": 31,
        "001_4e7b4439fa0c07a9.txt": 18,
        "002_844d65bfb6070cf5.txt": 57,
        "003_6a3fd0430eaaedd6.txt": 494,
        "004_3f001a65c28610ed.txt": 359,
    ]

    @Test func everySeedDecodesAsUTF8WithItsLineCount() throws {
        let found = try Discovery.files(in: [SharedCorpus.seeds.path], relativeTo: SharedCorpus.packageRoot)
        #expect(!found.isEmpty)
        for file in found {
            let document = try DocumentLoader.load(fileAt: file.url, displayPath: file.url.lastPathComponent)
            #expect(document.encoding == "UTF-8", "\(file.displayPath)")
            // wc -l counts line feeds.
            let newlines = document.utf16.lazy.filter { $0 == 0x0A }.count
            let bytes = try Data(contentsOf: file.url)
            #expect(newlines == bytes.lazy.filter { $0 == 0x0A }.count, "\(file.displayPath)")
            if let known = Self.knownLineCounts[file.url.lastPathComponent] {
                #expect(newlines == known, "\(file.displayPath)")
            }
        }
    }
}
