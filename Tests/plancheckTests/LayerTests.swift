import Foundation
import Testing
import PlanCheckTestSupport

/// The library's targets are floors: a target imports only targets below it, so the flow of
/// DESIGN.md (documents → structure → checks → engine → reporters) cannot bend back. SwiftPM
/// builds every target of the package into one module folder, so an import that Package.swift
/// does not declare can still compile by accident; this test reads the sources themselves.
@Suite struct LayerTests {
    /// Bottom up. Reporters and Audit stand on the finding model alone, beside the engine.
    static let floors: [String: Set<String>] = [
        "PlanCheckCore": [],
        "PlanCheckDocuments": ["PlanCheckCore"],
        "PlanCheckStructure": ["PlanCheckCore", "PlanCheckDocuments"],
        "PlanCheckRules": ["PlanCheckCore"],
        "PlanCheckChecks": ["PlanCheckCore", "PlanCheckDocuments", "PlanCheckStructure", "PlanCheckRules"],
        "PlanCheckEngine": ["PlanCheckCore", "PlanCheckDocuments", "PlanCheckStructure", "PlanCheckRules", "PlanCheckChecks"],
        "PlanCheckReporters": ["PlanCheckCore"],
        "PlanCheckAudit": ["PlanCheckCore", "PlanCheckReporters"],
        // The fuzz targets' entry points: above the engine, below nothing but Fuzz/.
        "PlanCheckFuzzing": ["PlanCheckCore", "PlanCheckDocuments", "PlanCheckStructure", "PlanCheckRules", "PlanCheckChecks", "PlanCheckEngine",
                             "PlanCheckReporters", "PlanCheckAudit"],
        // The web page (`plancheck-serve`): the engine's session and the audit, behind HTTP.
        "PlanCheckServe": ["PlanCheckCore", "PlanCheckDocuments", "PlanCheckEngine", "PlanCheckAudit"],
    ]

    static let sources = SharedCorpus.packageRoot.appendingPathComponent("Sources")

    /// `import PlanCheckX` lines of every Swift file under a target's folder, by file.
    static func imports(of target: String) throws -> [(file: String, module: String)] {
        let folder = sources.appendingPathComponent(target)
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.flatMap { file in
            try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                .filter { $0.hasPrefix("import PlanCheck") || $0.hasPrefix("@testable import PlanCheck") }
                .map { (file.lastPathComponent, $0.components(separatedBy: " ").last!) }
        }
    }

    @Test func everyLibraryFolderIsAFloor() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { $0.hasPrefix("PlanCheck") }
        #expect(Set(folders) == Set(Self.floors.keys), "a new target needs its place among the floors")
    }

    @Test(arguments: floors.keys.sorted())
    func aTargetImportsOnlyTheFloorsBelowIt(_ target: String) throws {
        let allowed = Self.floors[target]!
        let found = try Self.imports(of: target)
        for (file, module) in found where !allowed.contains(module) {
            Issue.record("\(target)/\(file) imports \(module), which is not below \(target)")
        }
        #expect(!found.isEmpty || target == "PlanCheckCore")
    }

    @Test func theFloorsHaveNoLoop() {
        // Each target's floors are below it: a target's allowed set never holds itself, nor a
        // target that allows it.
        for (target, below) in Self.floors {
            #expect(!below.contains(target))
            for other in below { #expect(Self.floors[other]?.contains(target) == false, "\(target) ↔ \(other)") }
        }
    }
}
