import ArgumentParser
import Foundation
import PlanCheckDocuments
import PlanCheckStructure

/// `plancheck inspect`: how plancheck read a document — for rule authors.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how plancheck reads a document: pieces, title, year, kind, parts and headings.",
        discussion: "Use it when a rule does not fire where you expect: a rule with scope 'plan' looks only in the plan parts shown here."
    )

    @Argument(help: ArgumentHelp("The document to inspect (\(DocumentFormat.extensionList)), or - for standard input.", valueName: "file"))
    var file: String

    @Option(name: .customLong("stdin-name"), help: ArgumentHelp(
        "The name to show for standard input; its extension picks the format (default: <stdin>, read as text).",
        valueName: "path"))
    var stdinName: String?

    @Option(help: "Output format: text or json.")
    var format: InspectFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let source: DiscoveredFile
        if file == StandardInput.path {
            source = try StandardInput.file(named: stdinName ?? StandardInput.defaultName, limit: DocumentLoader.maximumFileSize)
        } else {
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.fileExists(atPath: url.path) else { throw RunFailure("no such file: \(file)") }
            source = DiscoveredFile(url: url, displayPath: file)
        }
        let target = OutputTarget(path: output)
        try OutputOverInputGuard.check(target, documents: [source])
        let document: Document
        do {
            document = try DocumentLoader.load(source)
        } catch {
            throw RunFailure("\(error)")
        }
        let pieces = OutlineBuilder.outlines(of: document).map { OutlineView(document: document, piece: $0.piece, outline: $0.outline) }
        let text = format == .json ? OutlineView.json(document: document, pieces: pieces) : OutlineView.text(document: document, pieces: pieces)
        try target.write(text)
    }
}

enum InspectFormat: String, PlainArgument {
    case text, json
}
