import Foundation
import PlanCheckCore
import PlanCheckDocuments

/// Command-line error lines in Chinese for `--lang zh`: the usage errors of the argument parser
/// and the reasons a path cannot be read, which are what a user meets most. A line with no
/// translation here (a rule file's YAML error, which names keys in the file) stays as it is.
enum ChineseErrorLine {
    static func translate(_ line: String) -> String {
        for (pattern, render) in usage {
            if let captures = match(line, pattern) { return render(captures) }
        }
        // `path: reason` for a path that cannot be read.
        if let colon = line.range(of: ": ", options: .backwards) {
            if let chinese = InputFileError.knownChineseReason(String(line[colon.upperBound...])) {
                return String(line[..<colon.lowerBound]) + "：" + chinese
            }
        }
        return line
    }

    /// The argument parser's messages: the fixed words, with the quoted parts kept.
    private static let usage: [(String, @Sendable ([String]) -> String)] = [
        ("Unknown option '*'. Did you mean '*'?", { "未知选项 '\($0[0])'，是不是 '\($0[1])'？" }),
        ("Unknown option '*'", { "未知选项 '\($0[0])'" }),
        ("Unexpected argument '*'", { "多余的参数 '\($0[0])'" }),
        ("Unexpected arguments *", { "多余的参数 \($0[0])" }),
        ("Missing expected argument '*'", { "缺少参数 '\($0[0])'" }),
        ("Missing value for '*'", { "选项 '\($0[0])' 缺少值" }),
        ("The value '*' is invalid for '*'. Please provide one of: * (* is written by 'plancheck audit PATH -o report.*')", {
            "'\($0[0])' 不是 '\($0[1])' 可取的值，可取：\($0[2])（\($0[3]) 格式由 plancheck audit PATH -o report.\($0[4]) 生成）"
        }),
        ("The value '*' is invalid for '*'. Please provide one of: *", { "'\($0[0])' 不是 '\($0[1])' 可取的值，可取：\($0[2])" }),
        ("The value '*' is invalid for '*'. Please provide one of *.", {
            "'\($0[0])' 不是 '\($0[1])' 可取的值，可取：\($0[2].replacingOccurrences(of: "' or '", with: "'、'").replacingOccurrences(of: "', '", with: "'、'"))"
        }),
        ("unknown command '*' (did you mean '*'?); the commands of '*' are *", {
            "没有 '\($0[0])' 这个命令（是不是 '\($0[1])'？）；'\($0[2])' 的命令有 \($0[3])"
        }),
        ("unknown command '*'; the commands of '*' are *", { "没有 '\($0[0])' 这个命令；'\($0[1])' 的命令有 \($0[2])" }),
        ("no rule with id '*' (did you mean '*'? see 'plancheck rules list')", {
            "没有 id 为 '\($0[0])' 的规则（是不是 '\($0[1])'？见 plancheck rules list）"
        }),
        ("no rule with id '*' (see 'plancheck rules list')", { "没有 id 为 '\($0[0])' 的规则（见 plancheck rules list）" }),
        ("The value '*' is invalid for '*': *", { "'\($0[0])' 不是 '\($0[1])' 可取的值：\(ChineseErrorLine.translate($0[2]))" }),
        ("The value '*' is invalid for '*'", { "'\($0[0])' 不是 '\($0[1])' 可取的值" }),
        ("no such configuration file: *", { "配置文件不存在：\($0[0])" }),
        // The commands' own checks of their options.
        ("--jobs must be at least 1", { _ in "--jobs 至少为 1" }),
        ("give at least one file or folder", { _ in "请至少给出一个文件或文件夹" }),
        ("cannot tell the format from '*': end it in .html, .md or .csv, or give --format", {
            "无法从 '\($0[0])' 看出报告格式：文件名请以 .html、.md 或 .csv 结尾，或给出 --format"
        }),
        ("--template applies to html and markdown; csv is not templated", { _ in "--template 只用于 html 和 markdown，csv 没有模板" }),
        ("--also-output *=-: --also-output writes a file; standard output is for the main report", {
            "--also-output \($0[0])=-：--also-output 只写文件，标准输出留给主报告"
        }),
        ("two reports would be written to *", { "两份报告会写到同一个文件：\($0[0])" }),
        ("give FORMAT=FILE, e.g. sarif=plancheck.sarif (formats: *)", { "请写成 格式=文件，如 sarif=plancheck.sarif（可用格式：\($0[0])）" }),
        ("no format '*' (formats: *)", { "没有 '\($0[0])' 这种格式（可用格式：\($0[1])）" }),
        ("the file name after = is missing", { _ in "= 后面缺少文件名" }),
        // check --shard and merge (issue 16).
        ("shard *: i must be from 1 to * (the shards are *)", { "没有分片 \($0[0])：i 须在 1 到 \($0[1]) 之间（分片为 \($0[2])）" }),
        ("the number of shards n in i/n must be at least 1, not *", { "i/n 中的分片总数 n 至少为 1，不能是 \($0[0])" }),
        ("'*' is not a shard: give i/n, the i-th of n shards, e.g. 1/4", { "'\($0[0])' 不是分片：请写成 i/n（共 n 片中的第 i 片），如 1/4" }),
        ("--shard * shares out the files of folders; standard input (-) cannot be sharded", { "--shard \($0[0]) 分的是文件夹里的文件；标准输入（-）不能分片" }),
        ("give the reports of the shards to merge", { _ in "请给出要合并的各分片报告" }),
        ("* is a * report and * a * report: merge reports of one format", { "\($0[0]) 是 \($0[1]) 报告，\($0[2]) 是 \($0[3]) 报告：只能合并同一格式的报告" }),
        ("* is a * report, not *: merge writes the format of the reports it reads", { "\($0[0]) 是 \($0[1]) 报告，不是 \($0[2])：merge 写出的就是所读报告的格式" }),
        ("* was written by *, * by *: merge the reports of one plancheck version", { "\($0[0]) 由 \($0[1]) 写出，\($0[2]) 由 \($0[3]) 写出：只能合并同一 plancheck 版本的报告" }),
        ("* was made with other rules than * (*): merge the shards of one run, with one configuration", {
            "\($0[0]) 与 \($0[1]) 所用的规则不同（\($0[2] == "its list of rules differs" ? "规则列表不同" : "文档所查的必备要素不同")）：只能合并同一次运行、同一配置的分片"
        }),
        ("* and * both hold *: give each shard's report once, of shards i/n of one n", { "\($0[0]) 和 \($0[1]) 都含有 \($0[2])：每个分片的报告只给一次，且各分片的 n 须相同" }),
        ("*: not a plancheck JSON or SARIF report (*)", { "\($0[0])：不是 plancheck 的 JSON 或 SARIF 报告（\($0[1])）" }),
        ("'*' does not suit the merged * report: end the file in .*", { "'\($0[0])' 与合并出的 \($0[1]) 报告不符：文件名请以 .\($0[2]) 结尾" }),
        ("--max-findings-per-rule must be 0 (no limit) or more, not *", { "--max-findings-per-rule 应为 0（不限）或更大的数，不能是 \($0[0])" }),
        ("--format * does not suit '*', which names a * report: end the file in .*, or give --format *", {
            "--format \($0[0]) 与 '\($0[1])' 不符（该文件名对应 \($0[2]) 报告）：文件名请以 .\($0[3]) 结尾，或给出 --format \($0[4])"
        }),
        ("refusing to write the report to *: it is *, which this run reads (choose another --output)", {
            "不会把报告写到 \($0[0])：它是本次检查读取的 \($0[1])（请换一个 --output）"
        }),
        ("* already exists here (use --force to overwrite it)", { "\($0[0]) 已存在（要覆盖请加 --force）" }),
        ("no such file: *", { "文件不存在：\($0[0])" }),
        ("cannot write *: *", { "无法写入 \($0[0])：\(InputFileError.knownChineseReason($0[1]) ?? $0[1])" }),
        ("no such baseline file: *", { "基线文件不存在：\($0[0])" }),
    ]

    /// The parts of `line` that `*` stands for in `pattern`, or nil when it does not match;
    /// the last `*` takes the rest of the line.
    private static func match(_ line: String, _ pattern: String) -> [String]? {
        let pieces = pattern.components(separatedBy: "*")
        guard line.hasPrefix(pieces[0]) else { return nil }
        var rest = line.dropFirst(pieces[0].count)
        var captures: [String] = []
        for piece in pieces.dropFirst() {
            if piece.isEmpty {
                captures.append(String(rest))
                rest = ""
                continue
            }
            guard let range = rest.range(of: piece) else { return nil }
            captures.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        return rest.isEmpty ? captures : nil
    }
}
