import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckEngine

/// The kinds of document `plancheck annotate` writes comments into, chosen by extension; any
/// other is refused with what to do instead (exit 2).
enum AnnotatedKind {
    case docx
    case odt

    init(of url: URL, language: ReportLanguage) throws {
        let ext = url.pathExtension.lowercased()
        switch ext {
        case "docx":
            self = .docx
        case "odt":
            self = .odt
        case "doc", "wps":
            throw RunFailure(language.pick(
                "\(url.lastPathComponent) 是 Word 97–2003 / WPS 旧格式，无法写入批注：请先在 Word 或 WPS 中“另存为” .docx，再运行 plancheck annotate",
                "\(url.lastPathComponent) is an old Word 97–2003 / WPS file, which plancheck cannot write comments into: save it as .docx first (File › Save As), then run plancheck annotate on that"))
        default:
            let named = ext.isEmpty ? language.pick("没有扩展名", "has no extension") : ".\(ext)"
            throw RunFailure(language.pick(
                "无法在 \(url.lastPathComponent)（\(named)）中写入批注：plancheck annotate 只处理 .docx 和 .odt；请先另存为 .docx（用 plancheck check 检查其他格式）",
                "cannot write comments into \(url.lastPathComponent) (\(named)): plancheck annotate writes .docx and .odt only; save it as .docx first (plancheck check reads the other formats)"))
        }
    }

    /// The annotated copy of `data` and how many comments it holds.
    func annotate(_ data: Data, path: String, engine: Engine) throws -> (data: Data, comments: Int) {
        try DocumentAnnotator.annotate(data, path: path, kind: self == .docx ? .docx : .odt, engine: engine)
    }
}
