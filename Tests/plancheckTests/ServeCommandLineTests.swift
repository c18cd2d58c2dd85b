import Foundation
import Testing
import PlanCheckTestSupport

/// `plancheck serve` hands its options to `plancheck-serve` beside it, and says how to build it
/// when it is not there.
@Suite struct ServeCommandLineTests {
    @Test func serveHandsItsOptionsToThePagesOwnProgram() throws {
        // A check plancheck-serve makes before listening: the answer proves it was reached.
        let run = try PlanCheckBinary.run(["serve", "--host", "0.0.0.0"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--allow-remote"), "\(run.standardError)")
    }

    @Test func serveWithoutThePagesProgramSaysHowToBuildIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let alone = folder.url.appendingPathComponent("plancheck")
        try FileManager.default.copyItem(at: PlanCheckBinary.url, to: alone)
        let process = Process()
        process.executableURL = alone
        process.arguments = ["serve"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C"]
        let error = Pipe()
        process.standardError = error
        process.standardOutput = Pipe()
        try process.run()
        let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(text.contains("swift build --product plancheck-serve"), "\(text)")
    }
}
