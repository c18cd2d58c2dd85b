import Foundation
import Testing

/// Golden files beside this source file, compared byte for byte. Run the tests with
/// `PLANCHECK_UPDATE_GOLDEN=1` to rewrite them, then review the diff before committing.
package enum Golden {
    package static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    package static var updating: Bool { ProcessInfo.processInfo.environment["PLANCHECK_UPDATE_GOLDEN"] == "1" }

    package static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if updating {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        // Bytes, not String ==, which would equate canonically equivalent text.
        #expect(
            Data(actual.utf8) == expected,
            "output differs from Golden/\(name); rerun with PLANCHECK_UPDATE_GOLDEN=1 and review git diff",
            sourceLocation: sourceLocation
        )
    }
}
