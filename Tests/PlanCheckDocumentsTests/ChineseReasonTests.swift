import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments

/// A Chinese message about an unreadable file has no operating-system or container English in it.
@Suite struct ChineseReasonTests {
    @Test(arguments: [
        ("no such file or directory", "文件或文件夹不存在"),
        ("empty file", "文件为空"),
        ("not a valid .docx: not a zip package", "不是有效的 .docx 文件：不是 zip 压缩包"),
        ("not a valid .docx: too short to be a zip archive (truncated?)", "不是有效的 .docx 文件：文件不完整（可能下载或复制时被截断）"),
        ("not a valid .doc file: broken piece table", "不是有效的 .doc 文件：文本片段表损坏"),
        ("cannot read: permission denied", "没有读取权限"),
        ("cannot read: Input/output error", "无法读取该文件"),
        ("mixed encodings: UTF-8 text with bytes in another encoding from line 12 (re-save the file as UTF-8)",
         "编码混杂：UTF-8 文本从第 12 行起夹有其他编码的字节（请另存为 UTF-8）"),
    ])
    func knownReasonsAreTranslated(english: String, chinese: String) {
        #expect(InputFileError(path: "a", reason: english).chineseReason == chinese)
    }

    /// Whatever a reader says, the Chinese text holds no English word (format names and
    /// technical names such as UTF-8, zip or NUL aside).
    @Test(arguments: [
        "not a valid .odt: content.xml: invalid compressed data",
        "not a valid .docx: word/document.xml: unsupported zip feature: deflate64",
        "word/document.xml inflates past 64 MB (zip bomb?)",
        "something nobody has written yet",
        "is a directory, not a file",
        "not a regular file",
        "a web archive (.mht) without a web page in it",
    ])
    func noEnglishWordsInTheChineseReason(english: String) {
        let chinese = InputFileError(path: "a", reason: english).chineseReason
        let words = chinese.split { !$0.isASCII || $0 == " " || $0.isPunctuation }.filter { $0.allSatisfy(\.isLetter) && $0.count > 3 }
        #expect(words.allSatisfy { ["docx", "xml"].contains(String($0).lowercased()) }, "\(chinese)")
    }
}
