import Foundation
import PlanCheckCore
import PlanCheckDocuments

/// A file as the page sent it: its name (which picks the reader, as on the command line) and
/// its bytes, held in memory only. Nothing here touches the disk.
package struct UploadedDocument: Sendable {
    package let name: String
    package let bytes: [UInt8]

    package init(name: String, bytes: [UInt8]) {
        // A browser sends a bare name; anything path-like is cut to its last part, so a name can
        // never point the reader at a file of the machine.
        let lastPart = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        self.name = lastPart.isEmpty ? "粘贴的文本.txt" : lastPart
        self.bytes = bytes
    }

    /// The reader its extension names, or a refusal that lists what the page takes.
    package func format() throws -> DocumentFormat {
        let ext = (name as NSString).pathExtension.lowercased()
        if let format = DocumentFormat.format(forExtension: ext) { return format }
        let kinds = DocumentFormat.all.flatMap(\.extensions).map { "." + $0 }.joined(separator: "、")
        let what = ext.isEmpty ? "没有扩展名的文件" : " .\(ext) 文件"
        // A plan kept in a format Word or WPS can convert gets the way to convert it.
        let advice = ["pdf", "rtf", "wpt", "dot", "dotx"].contains(ext) ? "请在 Word 或 WPS 中打开它，另存为 .docx 后再检查。" : "能检查的文件：\(kinds)。"
        throw UploadRefusal(status: 415, message: "无法检查「\(name)」：不能读取\(what)。\(advice)")
    }

    /// The file as the engine's loader takes it: bytes already read, named for the reader.
    var discovered: DiscoveredFile {
        DiscoveredFile(url: URL(fileURLWithPath: "/upload").appendingPathComponent(name), displayPath: name, contents: bytes)
    }
}
