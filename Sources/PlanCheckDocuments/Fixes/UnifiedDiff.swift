/// A unified diff (`diff -u`) of a text whose fixes changed words within lines, never how many
/// lines there are: each changed line is a `-` and a `+` line with three lines of context.
package enum UnifiedDiff {
    package static let context = 3

    /// The diff of `old` and `new` under `--- a/PATH` / `+++ b/PATH`; empty when they are equal.
    /// `endsWithoutNewline`: the text's last line has no line break, which `diff` marks where
    /// that line is shown.
    package static func render(path: String, old: [String], new: [String], endsWithoutNewline: Bool = false) -> String {
        let marker = "\\ No newline at end of file\n"
        func line(_ prefix: String, _ lines: [String], _ index: Int) -> String {
            "\(prefix)\(lines[index])\n" + (endsWithoutNewline && index == lines.count - 1 ? marker : "")
        }
        guard old != new else { return "" }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        guard old.count == new.count else {
            // Not a line-for-line change: one hunk of the whole text.
            out += "@@ -\(range(1, old.count)) +\(range(1, new.count)) @@\n"
            out += old.indices.map { line("-", old, $0) }.joined() + new.indices.map { line("+", new, $0) }.joined()
            return out
        }
        let changed = old.indices.filter { old[$0] != new[$0] }
        // Changed lines whose contexts touch share a hunk.
        var hunks: [[Int]] = []
        for index in changed {
            if let last = hunks.last?.last, index - last <= 2 * context + 1 {
                hunks[hunks.count - 1].append(index)
            } else {
                hunks.append([index])
            }
        }
        for hunk in hunks {
            let start = max(0, hunk[0] - context)
            let end = min(old.count, hunk[hunk.count - 1] + context + 1)
            out += "@@ -\(range(start + 1, end - start)) +\(range(start + 1, end - start)) @@\n"
            var index = start
            while index < end {
                if old[index] == new[index] {
                    out += line(" ", old, index)
                    index += 1
                    continue
                }
                // A run of changed lines: all old lines, then all new ones, as diff writes them.
                var runEnd = index
                while runEnd < end, old[runEnd] != new[runEnd] { runEnd += 1 }
                out += (index..<runEnd).map { line("-", old, $0) }.joined() + (index..<runEnd).map { line("+", new, $0) }.joined()
                index = runEnd
            }
        }
        return out
    }

    /// `start,count` as a hunk header writes it (`start` alone for one line).
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }
}
