import PlanCheckCore

/// What `check --fix` says on standard error, in the language of `--lang`.
struct FixMessages {
    let language: ReportLanguage

    func changedDuringCheck(_ path: String) -> String {
        language.pick("\(path)：检查期间文件被修改，未作修复", "\(path): changed while it was checked; not fixed")
    }

    func encodingNotReproducible(_ path: String, encoding: String) -> String {
        language.pick("\(path)：按 \(encoding) 编码写回会改动修复之外的字节，未作修复（请另存为 UTF-8）",
                      "\(path): writing it back as \(encoding) would change more than the fixed words; not fixed (save it as UTF-8)")
    }

    func notRewritable(_ path: String, reason: String) -> String {
        language.pick("\(path)：无法安全改写此 .docx（\(reason)），未作修复", "\(path): this .docx cannot be rewritten safely (\(reason)); not fixed")
    }

    func unsupported(_ path: String) -> String {
        language.pick("\(path)：只修复 .txt、.md 和 .docx 文件，未作修复", "\(path): only .txt, .md and .docx files are fixed; not fixed")
    }

    func cannotWrite(_ path: String, reason: String) -> String {
        language.pick("\(path)：无法写入（\(reason)），未作修复", "\(path): cannot be written (\(reason)); not fixed")
    }

    func standardInput() -> String {
        language.pick("标准输入无法就地修复，未作修复", "standard input cannot be fixed in place; not fixed")
    }

    /// The closing line: fixes made (or that would be made) and findings left.
    func summary(applied: Int, files: Int, remaining: Int, dryRun: Bool) -> String {
        switch (language, dryRun) {
        case (.zh, false): "已修复 \(applied) 处（\(files) 个文件），剩余 \(remaining) 个问题"
        case (.zh, true): "试运行：可修复 \(applied) 处（\(files) 个文件），修复后剩余 \(remaining) 个问题；未改动任何文件"
        case (.en, false): "\(applied) fix\(applied == 1 ? "" : "es") applied in \(files) file\(files == 1 ? "" : "s"), \(remaining) finding\(remaining == 1 ? "" : "s") remain\(remaining == 1 ? "s" : "")"
        case (.en, true): "dry run: \(applied) fix\(applied == 1 ? "" : "es") in \(files) file\(files == 1 ? "" : "s") would be applied, \(remaining) finding\(remaining == 1 ? "" : "s") would remain; no file changed"
        }
    }
}
