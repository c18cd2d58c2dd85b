import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckEngine
import PlanCheckAudit

/// Checks one uploaded document with the same engine, readers and reading limits as
/// `plancheck check` (zip and XML caps, 64 MB of text, regex time limits), and makes its answer
/// for the page or its one-document audit.
package struct UploadChecker: Sendable {
    package let engine: Engine

    package init(engine: Engine) {
        self.engine = engine
    }

    /// The engine `plancheck check` would build here: bundled rules, and the `.plancheck.yml`
    /// found from the working folder, so the page and the terminal agree.
    package init(session options: SessionOptions = SessionOptions()) throws {
        engine = try Session(options).engine()
    }

    /// The document read and checked, or a refusal saying in Chinese why it cannot be.
    package func check(_ upload: UploadedDocument) throws -> CheckAnswer {
        let document = try read(upload)
        return CheckAnswer(document: document, results: engine.check(document))
    }

    /// The audit report of this one document, as `plancheck audit FILE -o audit.html` writes it.
    package func audit(_ upload: UploadedDocument, date: Date = Date()) throws -> String {
        _ = try read(upload)
        var checked: [FingerprintedResult] = []
        engine.checkWithFingerprints(files: [upload.discovered], jobs: 1) { _, results in checked += results }
        let results = Results(documents: checked.map(\.result), rules: engine.ruleDescriptors)
        let fingerprints = Dictionary(checked.map { ($0.result.displayName, $0.paragraphFingerprints) }, uniquingKeysWith: { first, _ in first })
        let report = AuditReport(results: results, fingerprints: fingerprints, run: AuditRun(paths: [upload.name], date: date))
        return try AuditFormat.html.makeRenderer().render(report)
    }

    /// The upload with a comment (批注) on the words of each finding, as `plancheck annotate`
    /// writes it, named `计划.审阅.docx`; a kind comments cannot be written into is refused.
    package func annotate(_ upload: UploadedDocument) throws -> (name: String, data: Data, comments: Int) {
        let ext = (upload.name as NSString).pathExtension
        guard let kind = DocumentAnnotator.Kind(fileExtension: ext) else {
            throw UploadRefusal(status: 415, message: "只能在 .docx 和 .odt 文件里写入批注；「\(upload.name)」请先在 Word 或 WPS 中另存为 .docx。")
        }
        _ = try read(upload)
        let annotated = try DocumentAnnotator.annotate(Data(upload.bytes), path: upload.name, kind: kind, engine: engine)
        let stem = (upload.name as NSString).deletingPathExtension
        return (stem + ".审阅." + ext, annotated.data, annotated.comments)
    }

    private func read(_ upload: UploadedDocument) throws -> Document {
        guard !upload.bytes.isEmpty else { throw UploadRefusal.empty }
        _ = try upload.format()
        do {
            return try DocumentLoader.load(upload.discovered)
        } catch let error as DocumentTooLargeError {
            throw UploadRefusal(status: 422, message: error.chineseMessage + "。请确认文件没有损坏，必要时另存为 .docx 后重试。")
        } catch let error as InputFileError {
            throw UploadRefusal(status: 422, message: "无法读取「\(upload.name)」：\(error.chineseReason)。请确认文件完整、未加密；必要时在 Word 或 WPS 中另存为 .docx 后重试。")
        } catch {
            throw UploadRefusal(status: 422, message: "无法读取「\(upload.name)」。请确认文件完整、未加密；必要时另存为 .docx 后重试。")
        }
    }
}
