import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckEngine

/// `plancheck annotate`: the findings as Word comments (批注) in a copy of the author's own
/// document, for people who work in Word or WPS rather than a terminal.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Write a copy of a .docx or .odt with a comment (批注) on the words of each finding.",
        discussion: """
        The copy is named after the document with .审阅 before its extension (计划.docx → 计划.审阅.docx) \
        unless -o names it. Each comment is by the author plancheck and holds the finding's message \
        and hint; required elements the plan lacks are commented on its title. The document itself is \
        never changed, and everything else in it (styles, numbering, tables, images, headers, its own \
        comments, tracked changes) is kept. A .doc or .wps file must first be saved as .docx.

        Examples:
          plancheck annotate 2025年工作计划.docx
          plancheck annotate 2025年工作计划.odt -o 审阅稿.odt
        """
    )

    @Argument(help: ArgumentHelp("The document to annotate (.docx or .odt).", valueName: "file"))
    var file: String

    @Option(name: [.short, .long], help: ArgumentHelp("Write the annotated copy to this file (default: NAME.审阅.docx beside the document).", valueName: "file"))
    var output: String?

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let language = ruleOptions.language.resolved
        let input = URL(fileURLWithPath: file)
        guard FileManager.default.fileExists(atPath: input.path) else { throw RunFailure("no such file: \(file)") }
        let kind = try AnnotatedKind(of: input, language: language)
        let outputPath = output ?? Self.defaultOutput(for: file)
        try OutputOverInputGuard.check(.file(outputPath), documents: [DiscoveredFile(url: input, displayPath: file)])

        let engine = try ruleOptions.session(language: ruleOptions.language.language ?? .zh).engine()
        let annotated: (data: Data, comments: Int)
        do {
            let bytes = try BoundedFileReader.read(path: input.path, displayPath: file, limit: DocumentLoader.maximumFileSize,
                                                   tooLarge: "file too large (over \(DocumentLoader.maximumFileSize >> 20) MB)", refusesEmpty: true)
            annotated = try kind.annotate(Data(bytes), path: file, engine: engine)
        } catch let error as InputFileError {
            // The readers' reasons are English; a Chinese run says them in Chinese.
            throw RunFailure(language == .zh ? "\(error.path)：\(error.chineseReason)" : "\(error)")
        } catch let error as DocumentTooLargeError {
            throw RunFailure(language == .zh ? "\(error.path)：\(error.chineseMessage)" : "\(error)")
        }
        do {
            try annotated.data.write(to: URL(fileURLWithPath: outputPath), options: .atomic)
        } catch {
            throw RunFailure("cannot write \(outputPath): \(error.localizedDescription)")
        }
        let note = language.pick("已写入 \(outputPath)（\(annotated.comments) 条批注）\n",
                                 "wrote \(outputPath) (\(annotated.comments) comment\(annotated.comments == 1 ? "" : "s"))\n")
        FileHandle.standardError.write(Data(note.utf8))
    }

    /// `计划.docx` → `计划.审阅.docx`, in the same folder.
    static func defaultOutput(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return stem + ".审阅" + (ext.isEmpty ? "" : "." + ext)
    }
}
