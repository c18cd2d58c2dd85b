import Foundation
import PackagePlugin

/// Compiles the package's data folders into the library as Swift source: the default rule packs
/// (`rules/**.yml`) and the report templates (`reports/**.mustache`). The folders stay their
/// only copy, and a release binary carries them wherever it is run from.
@main
struct EmbedDefaultRules: BuildToolPlugin {
    /// Swift variable ← folder, with the file extensions taken from it, by the target that reads
    /// it: the rule packs go into the rules module, the report templates into the audit's.
    static let embeddings: [String: [(variable: String, folder: String, extensions: Set<String>)]] = [
        "PlanCheckRules": [("embeddedDefaultRuleFiles", "rules", ["yml", "yaml"])],
        "PlanCheckAudit": [("embeddedReportTemplates", "reports", ["mustache"])],
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        var arguments = [output.path()]
        var inputs: [URL] = []
        for embedding in Self.embeddings[target.name] ?? [] {
            let folder = context.package.directoryURL.appending(path: embedding.folder)
            arguments += [embedding.variable, folder.path(), embedding.extensions.sorted().joined(separator: ",")]
            inputs += files(under: folder, extensions: embedding.extensions)
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files into \(target.name)",
                executable: try context.tool(named: "embed-rules").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func files(under folder: URL, extensions: Set<String>) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { extensions.contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }
}
