import Foundation
import PackagePlugin

/// Turns every `.yml` file under the package's `rules/` folder into Swift source, so the default
/// rule packs travel inside the binary and `rules/` stays their only copy.
@main
struct EmbedDefaultRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesFolder = context.package.directoryURL.appending(path: "rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDefaultRules.swift")
        let inputs = yamlFiles(under: rulesFolder)
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) default rule files",
                executable: try context.tool(named: "embed-rules").url,
                arguments: [rulesFolder.path(), output.path()],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func yamlFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "yml" || $0.pathExtension == "yaml" }
            .sorted { $0.path < $1.path }
    }
}
