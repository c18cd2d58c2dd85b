import PlanCheckCore

extension InputFileError {
    /// `reason` in Chinese, for a report or error line that speaks Chinese: no operating-system
    /// or container English inside a Chinese message. The readers keep one English reason each
    /// (for `--lang en`, logs and tests); this is where each of their phrasings is translated,
    /// and anything not listed becomes a plain Chinese statement that the file is damaged.
    package var chineseReason: String {
        Self.chinese(reason)
    }

    static func chinese(_ reason: String) -> String {
        knownChineseReason(reason) ?? "文件已损坏或格式无法识别"
    }

    /// The Chinese of a reason a reader or the file system gives, or nil for any other text.
    package static func knownChineseReason(_ reason: String) -> String? {
        if let exact = whole[reason] { return exact }
        for (prefix, render) in prefixed {
            if reason.hasPrefix(prefix) { return render(String(reason.dropFirst(prefix.count))) }
        }
        if reason.contains(" inflates past ") { return "解压后超过读取上限（疑似 zip 炸弹）" }
        if let (kind, detail) = notValid(reason) {
            return "不是有效的 \(kind) 文件：\(chineseDetail(detail))"
        }
        return nil
    }

    /// `not a valid .docx: detail` and `not a valid .doc file: detail` as kind and detail.
    private static func notValid(_ reason: String) -> (String, String)? {
        guard reason.hasPrefix("not a valid "), let colon = reason.range(of: ": ") else { return nil }
        var kind = String(reason[reason.index(reason.startIndex, offsetBy: 12)..<colon.lowerBound])
        if kind.hasSuffix(" file") { kind.removeLast(5) }
        return (kind, String(reason[colon.upperBound...]))
    }

    private static func chineseDetail(_ detail: String) -> String {
        if let exact = details[detail] { return exact }
        if detail.hasSuffix(" is not valid UTF-16") { return "\(detail.dropLast(20)) 不是有效的 UTF-16" }
        if detail.contains("encrypted") { return "已加密（设有密码）" }
        if detail.contains("truncated") { return "文件不完整（可能下载或复制时被截断）" }
        if detail.contains("checksum mismatch") || detail.contains("compressed data") { return "压缩数据损坏" }
        if detail.contains("unsupported zip feature") { return "用了不支持的 zip 功能" }
        if detail.hasPrefix("unsupported sector size") { return "不支持的扇区大小" }
        return "文件结构损坏"
    }

    private static let whole: [String: String] = [
        "no such file or directory": "文件或文件夹不存在",
        "no such file or directory (broken symbolic link)": "文件不存在（符号链接指向的文件已不在）",
        "cannot read: permission denied": "没有读取权限",
        "cannot read: too many levels of symbolic links": "符号链接层数过多，无法读取",
        "is a directory, not a file": "是文件夹，不是文件",
        "not a regular file": "不是普通文件",
        "empty file": "文件为空",
        "empty path": "路径为空",
        "empty document (no text)": "文档中没有文字",
        "cannot read folder: permission denied or unreadable": "无法读取文件夹（没有权限或已损坏）",
        "a web archive (.mht) without a web page in it": "网页存档（.mht）中没有网页",
        "UTF-32 text is not supported; save it as UTF-8": "不支持 UTF-32 文本，请另存为 UTF-8",
        "binary file (NUL bytes) — not text": "是二进制文件（含 NUL 字节），不是文本",
        "not valid UTF-8 text despite its UTF-8 byte order mark": "有 UTF-8 字节顺序标记，却不是有效的 UTF-8 文本",
        "not valid UTF-8 or GB18030 text": "既不是有效的 UTF-8 文本，也不是有效的 GB18030 文本",
        "file too large": "文件过大",
        "Word 6/95 format (too old to read): save it as .docx": "是 Word 6/95 格式（过旧，无法读取）：请另存为 .docx",
        "encrypted (password-protected): save it without a password": "已加密（设有密码）：请去掉密码后另存",
    ]

    /// Reasons with a variable part after a fixed beginning.
    private static let prefixed: [(String, @Sendable (String) -> String)] = [
        ("cannot read standard input: ", { _ in "无法读取标准输入" }),
        ("cannot read: ", { _ in "无法读取该文件" }),
        ("file too large (over ", { rest in "文件过大（超过 \(rest)" }),
        ("mixed encodings: UTF-8 text with bytes in another encoding from line ", { rest in
            "编码混杂：UTF-8 文本从第 \(rest.prefix { $0.isNumber }) 行起夹有其他编码的字节（请另存为 UTF-8）"
        }),
        ("not valid UTF-16", { _ in "不是有效的 UTF-16 文本（长度为奇数或有不成对的代理项）" }),
        ("not valid UTF-", { _ in "不是有效的 UTF 文本" }),
        ("this ", { rest in
            // `this .doc file is docx inside: rename it to .docx`
            let words = rest.split(separator: " ")
            let kind = words.first.map(String.init) ?? ""
            let inside = words.count > 3 ? String(words[3]) : ""
            let advice = rest.hasSuffix("rename it to .docx") ? "请改扩展名为 .docx" : "请另存为 .docx"
            return "这个 \(kind) 文件实际是 \(inside) 格式：\(advice)"
        }),
    ]

    private static let details: [String: String] = [
        "not a zip package": "不是 zip 压缩包",
        "encrypted (password-protected) or an old binary Office file": "已加密（设有密码），或是旧版二进制 Office 文件",
        "missing word/document.xml": "缺少 word/document.xml",
        "missing content.xml": "缺少 content.xml",
        "bad header": "文件头损坏",
        "short header": "文件头不完整",
        "its table stream is missing": "缺少表流（table stream）",
        "no piece table": "缺少文本片段表",
        "broken piece table": "文本片段表损坏",
        "its pieces overlap": "文本片段互相重叠",
        "text runs past its stream": "文本超出了数据流",
        "not an OLE2 compound file (bad signature or truncated)": "不是 OLE2 复合文档（签名不对或文件被截断）",
    ]
}
