import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckEngine
import PlanCheckAudit

/// `plancheck audit`: one report for an auditor — coverage of required elements, findings,
/// near-duplicate submissions — as self-contained HTML, Markdown or CSV.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Write an audit report of a folder of plans: coverage matrix, findings, charts, near-duplicates.",
        discussion: """
        The HTML report is one self-contained file (styles, script and charts inline; it never \
        fetches anything), in Chinese, printable on A4. Markdown gives the same content as tables; \
        CSV gives the findings for Excel as one table, with the columns of check --format csv \
        (UTF-8 with BOM), and the coverage matrix in a second file beside it, NAME.matrix.csv. \
        The format follows the extension of --output unless --format is given. Every plan in the \
        folder is a row, including \(DocumentFormat.unreadableList) files, marked 未能读取 because plancheck cannot \
        read them.

        HTML and Markdown are laid out by Mustache templates; copy reports/audit.html.mustache \
        (or audit.md.mustache) from the plancheck sources, change it, and pass it with --template. \
        reports/README.md lists the data a template receives.

        Where the report was written is said on standard error (已写入 audit.html).

        The exit code is 0 whatever the findings (an audit reports, it does not gate); \
        2 when the run itself fails.

        Examples:
          plancheck audit submissions/ -o audit.html
          plancheck audit submissions/ -o audit.md
          plancheck audit submissions/ -o audit.csv
          plancheck audit submissions/ -o audit.html --template our-letterhead.html.mustache
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to audit.", valueName: "path"))
    var paths: [String] = ["."]

    @Option(name: [.short, .long], help: ArgumentHelp("The report file (.html, .md or .csv); '-' for standard output.", valueName: "file"))
    var output: String

    @Option(help: "Report format: html, markdown or csv (default: from the --output extension).")
    var format: AuditFormat?

    @Option(help: ArgumentHelp("A Mustache template to use instead of the bundled one (HTML and Markdown).", valueName: "file"))
    var template: String?

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: "Documents checked in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
        if format == nil, output != "-", AuditFormat(fileName: output) == nil {
            throw ValidationError("cannot tell the format from '\(output)': end it in .html, .md or .csv, or give --format")
        }
        if template != nil, resolvedFormat == .csv {
            throw ValidationError("--template applies to html and markdown; csv is not templated")
        }
    }

    private var resolvedFormat: AuditFormat {
        format ?? AuditFormat(fileName: output) ?? .html
    }

    func run() throws {
        let renderer = try makeRenderer()
        let moment = try ReportDate.moment()
        let session = try ruleOptions.session()
        let engine = try session.engine()
        // A plan in a format plancheck cannot read is a row of the audit (未检查), not left out.
        let files = try session.discoverWarning(paths).filesAndUnreadableDocuments
        let target = OutputTarget(path: output)
        let matrixTarget = matrixPath.map(OutputTarget.file)
        let template = template.map { [OutputOverInputGuard.OtherInput(role: "template", path: $0)] } ?? []
        for target in [target] + (matrixTarget.map { [$0] } ?? []) {
            try OutputOverInputGuard.check(target, documents: files, others: session.otherInputs() + template)
        }
        let checked = check(files, with: engine)
        let results = Results(documents: checked.map(\.result), rules: engine.ruleDescriptors)
        let fingerprints = Dictionary(checked.map { ($0.result.displayName, $0.paragraphFingerprints) }, uniquingKeysWith: { first, _ in first })
        let report = AuditReport(results: results, fingerprints: fingerprints, run: AuditRun(paths: paths, date: moment.date, timeZone: moment.timeZone))
        try target.write(renderer.render(report))
        if let matrixTarget, let matrixPath {
            try matrixTarget.write(AuditMatrixCSVRenderer().render(report))
            Self.sayWritten([output, matrixPath])
        } else if output != "-" {
            Self.sayWritten([output])
        }
    }

    /// The second file of a CSV audit, the coverage matrix: `nil` for other formats, and when the
    /// findings go to standard output (there is no name to put it beside).
    private var matrixPath: String? {
        resolvedFormat == .csv && output != "-" ? AuditMatrixCSVRenderer.path(besides: output) : nil
    }

    /// `已写入 audit.html`: an auditor looks for the file next.
    private static func sayWritten(_ paths: [String]) {
        FileHandle.standardError.write(Data(("已写入 " + paths.joined(separator: "、") + "\n").utf8))
    }

    /// The renderer, before any document is read, so a broken template fails the run at once.
    private func makeRenderer() throws -> any AuditRenderer {
        var text: String?
        if let template {
            do {
                // Templates are a few kilobytes; a larger file is not one.
                let bytes = try BoundedFileReader.read(path: template, displayPath: template, limit: 4 << 20,
                                                       tooLarge: "file is larger than 4 MB; is it a template?", refusesEmpty: true)
                guard let decoded = String(validating: bytes, as: UTF8.self) else { throw InputFileError(path: template, reason: "not UTF-8 text") }
                text = decoded
            } catch let error as InputFileError {
                throw RunFailure("cannot read template \(error)")
            }
        }
        do {
            return try resolvedFormat.makeRenderer(template: text)
        } catch {
            throw RunFailure("\(template ?? "bundled template"): \(error)")
        }
    }

    /// The engine's run, counting documents as they come on standard error when it is a terminal.
    private func check(_ files: [DiscoveredFile], with engine: Engine) -> [FingerprintedResult] {
        let progress = Progress(total: files.count, visible: isatty(STDERR_FILENO) == 1)
        var documents: [FingerprintedResult] = []
        engine.checkWithFingerprints(files: files, jobs: jobs) { _, results in
            documents += results
            progress.advance()
        }
        progress.finish()
        return documents
    }
}

extension AuditFormat: PlainArgument {}

/// `已检查 3 / 20 个文件` on one terminal line, redrawn in place; nothing when not a terminal.
private final class Progress: @unchecked Sendable {
    private let total: Int
    private let visible: Bool
    private var done = 0
    private let lock = NSLock()

    init(total: Int, visible: Bool) {
        self.total = total
        self.visible = visible && total > 0
        draw()
    }

    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        draw()
    }

    func finish() {
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw() {
        guard visible else { return }
        FileHandle.standardError.write(Data("\r已检查 \(done) / \(total) 个文件".utf8))
    }
}
