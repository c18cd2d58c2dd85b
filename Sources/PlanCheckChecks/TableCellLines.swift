import PlanCheckDocuments

/// The lines of a piece that are a table's cells, copied one or a row to a line: a line that
/// opens or ends with a bar (`1.已开展口腔诊疗行为专项整治工作; |`, `| 1. 院感 | 每月 |`). A cell's list
/// counts within the cell; it is no heading of the document's outline.
struct TableCellLines {
    private let lines: Set<Int>

    init(_ document: Document, range: Range<Int>) {
        var lines: Set<Int> = []
        let units = document.utf16
        for line in document.sourceMap.lineIndex(of: range.lowerBound)...document.sourceMap.lineIndex(of: max(range.lowerBound, range.upperBound - 1)) {
            let bounds = document.sourceMap.lineRange(at: line)
            guard let first = bounds.first(where: { !Self.isBlank(units[$0]) }),
                  let last = bounds.reversed().first(where: { !Self.isBlank(units[$0]) }) else { continue }
            if Self.isBar(units[first]) || Self.isBar(units[last]) { lines.insert(line + 1) }
        }
        self.lines = lines
    }

    var isEmpty: Bool { lines.isEmpty }

    /// Whether the 1-based `line` is a table's cell.
    func contains(_ line: Int) -> Bool { lines.contains(line) }

    private static func isBar(_ unit: UInt16) -> Bool { unit == 0x7C || unit == 0xFF5C }
    private static func isBlank(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x3000 || unit == 0x0D }
}
