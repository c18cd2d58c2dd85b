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
        ("The value '*' is invalid for '*'", { "'\($0[0])' 不是 '\($0[1])' 可取的值" }),
        ("no such configuration file: *", { "配置文件不存在：\($0[0])" }),
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
