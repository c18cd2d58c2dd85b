import ArgumentParser
import Foundation
import PlanCheckRules

/// `plancheck init`: write a commented starter `.plancheck.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .plancheck.yml in the current folder."
    )

    @Flag(help: "Overwrite an existing .plancheck.yml.")
    var force = false

    func run() throws {
        let path = ConfigurationLoader.fileName
        if FileManager.default.fileExists(atPath: path), !force {
            throw RunFailure("\(path) already exists here (use --force to overwrite it)")
        }
        try OutputTarget(path: path).write(ConfigurationLoader.starter)
        print("wrote \(path): edit it to choose packs, turn rules off, set fail-on and ignore paths")
    }
}
