import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
import PlanCheckTestSupport

/// Every list of formats comes from `DocumentFormat.all`: the loader, the folder walk, messages
/// and help texts cannot fall behind it.
@Suite struct DocumentFormatRegistryTests {
    @Test func everyExtensionOfEveryFormatIsReadAsThatFormatInAnyCase() throws {
        for format in DocumentFormat.all {
            for ext in format.extensions {
                for name in ["计划.\(ext)", "计划.\(ext.uppercased())"] {
                    #expect(try DocumentLoader.format(of: URL(fileURLWithPath: name), displayPath: name) == format)
                    #expect(Discovery.takesFile(named: name), "\(name)")
                }
            }
        }
        #expect(Set(DocumentFormat.all.flatMap(\.extensions)).count == DocumentFormat.all.flatMap(\.extensions).count,
                "no extension belongs to two formats")
    }

    @Test func anUnsupportedTypeIsToldEveryExtensionThatIsRead() {
        let error = #expect(throws: InputFileError.self) {
            try DocumentLoader.format(of: URL(fileURLWithPath: "plan.xyz"), displayPath: "plan.xyz")
        }
        for ext in DocumentFormat.all.flatMap(\.extensions) {
            #expect(error?.reason.contains(" .\(ext)") == true, "\(ext)")
        }
    }

    @Test(arguments: DocumentFormat.unreadableExtensions)
    func aFormatThatCannotBeReadIsToldWhatToSaveItAs(ext: String) {
        #expect(throws: InputFileError(path: "a.\(ext)", reason: "unsupported file type .\(ext): save it as .docx or plain text")) {
            try DocumentLoader.format(of: URL(fileURLWithPath: "a.\(ext)"), displayPath: "a.\(ext)")
        }
    }

    @Test func theChineseListNamesEveryFormatButText() {
        for ext in DocumentFormat.all.filter({ $0 != .text }).flatMap(\.extensions) {
            #expect(DocumentFormat.chineseList.contains(".\(ext)"))
        }
        #expect(DocumentFormat.chineseList.hasSuffix("或文本（UTF-8/GB18030）"))
    }
}
