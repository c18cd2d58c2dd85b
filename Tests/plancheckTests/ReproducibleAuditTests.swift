import Foundation
import Testing
import PlanCheckTestSupport

/// `SOURCE_DATE_EPOCH` dates the audit, so the same documents give the same bytes.
@Suite struct ReproducibleAuditTests {
    static let examples = SharedCorpus.packageRoot.appendingPathComponent("examples")

    @Test(arguments: ["html", "markdown", "csv"])
    func theAuditIsDatedBySourceDateEpochAndReproducible(format: String) throws {
        let arguments = ["audit", Self.examples.path, "--no-config", "--format", format, "-o", "-"]
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        let first = try PlanCheckBinary.run(arguments, environment: environment)
        let second = try PlanCheckBinary.run(arguments, environment: environment)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == second.standardOutput)
        if format != "csv" {
            // 1700000000 is 2023-11-14 22:13:20 UTC.
            #expect(first.standardOutput.contains("2023年11月14日 22:13"))
        }
    }

    @Test(arguments: ["yesterday", "-1", "1.5", "", "99999999999999999999"])
    func aBadSourceDateEpochIsAnError(value: String) throws {
        let run = try PlanCheckBinary.run(["audit", Self.examples.path, "--no-config", "--format", "csv", "-o", "-"],
                                          environment: ["SOURCE_DATE_EPOCH": value])
        #expect(run.status == 2)
        #expect(run.standardError.contains("SOURCE_DATE_EPOCH must be a whole number of seconds"))
        #expect(run.standardOutput.isEmpty)
    }
}
