import ArgumentParser
import Foundation
import PlanCheckKit

/// `plancheck inspect`: how plancheck read a document — for rule authors.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how plancheck reads a document: pieces, title, year, kind, parts and headings.",
        discussion: "Use it when a rule does not fire where you expect: a rule with scope 'plan' looks only in the plan parts shown here."
    )

    @Argument(help: ArgumentHelp("The document to inspect (.txt .md .docx .odt .doc .wps).", valueName: "file"))
    var file: String

    @Option(help: "Output format: text or json.")
    var format: InspectFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.fileExists(atPath: url.path) else { throw RunFailure("no such file: \(file)") }
        let document: Document
        do {
            document = try DocumentLoader.load(fileAt: url, displayPath: file)
        } catch {
            throw RunFailure("\(error)")
        }
        let pieces = PieceSplitter.pieces(of: document).map { piece in
            OutlineView(document: document, piece: piece, outline: OutlineBuilder.outline(of: document, piece: piece))
        }
        let text = format == .json ? try OutlineView.json(document: document, pieces: pieces) : OutlineView.text(document: document, pieces: pieces)
        try OutputTarget(path: output).write(text)
    }
}

enum InspectFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
