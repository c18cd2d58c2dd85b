import Foundation

/// A folder of small made-up plans for spreading over shards: ~30 .txt files in two folders,
/// with names that sort differently as bytes and as characters (Chinese, digits, a space), some
/// clean, some with placeholders or stale terms, and one compilation of two pieces.
package enum ShardedFolderFixture {
    /// Writes the plans under `plans/` in `folder`; returns their paths relative to `folder`.
    @discardableResult
    package static func write(in folder: TemporaryFolder, count: Int = 30) throws -> [String] {
        var written: [String] = []
        for index in 0..<count {
            let name = index % 3 == 0 ? "plans/乡镇/\(index) 镇卫生院计划.txt" : "plans/第\(index)号计划-\(index * 7 % 11).txt"
            try folder.write(Data(text(index).utf8), to: name)
            written.append(name)
        }
        return written
    }

    static let cleanSample = SharedCorpus.packageRoot.appendingPathComponent("examples/清河县卫生健康局2025年工作计划.txt")

    /// The plan numbered `index`: what it gets wrong depends on the number.
    package static func text(_ index: Int) -> String {
        // Every sixth plan is the clean sample, so some shards pass and some fail.
        if index % 6 == 3, let clean = try? String(contentsOf: cleanSample, encoding: .utf8) { return clean }
        let year = index % 4 == 0 ? "20xx" : "2025"
        var lines = PlanFixture.lines
        lines[0] = "第\(index)镇卫生院\(year)年工作计划"
        if index % 5 == 1 { lines.append("3.配合县卫计委做好新农合工作，完成XX户家庭医生签约。") }
        if index % 7 == 2 { lines.removeLast() }
        if index == 11 {
            // A compilation: checked as two pieces, path#1 and path#2.
            return (["篇1"] + lines + ["篇2"] + lines.map { $0.replacingOccurrences(of: "95%", with: "达到%") }).joined(separator: "\n") + "\n"
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
