/// A source line as shown under a finding, and the caret line (`^~~~`) that marks the match.
///
/// Both lines are built from the same cells, so the caret stays under the match whatever the
/// mix of Chinese, ASCII, tabs and combining marks: a tab becomes spaces up to the next tab stop
/// in both lines, a 2-column character gets 2 columns of caret. A line wider than `maxWidth` is cut
/// to a window around the match, with `…` where text was left out.
struct SourceExcerpt: Equatable {
    /// The line as displayed: tabs expanded, control characters removed.
    var line: String
    /// Columns before the match's first caret.
    var caretIndent: Int
    /// `^` under the match's first column, `~` under the rest of it.
    var caretMarks: String
    /// Spaces up to the match, then `^` and `~` under the rest of it. Never empty.
    var caret: String { String(repeating: " ", count: caretIndent) + caretMarks }

    /// - Parameters:
    ///   - lineText: the whole source line.
    ///   - columns: the matched characters, as 0-based Unicode scalar offsets into `lineText`;
    ///     clamped to the line. An empty range gets a single `^`.
    ///   - maxWidth: the widest line to show, in display columns (at least 20).
    init(lineText: String, columns: Range<Int>, maxWidth: Int, displayWidth: DisplayWidth) {
        let cells = Self.cells(of: lineText, displayWidth: displayWidth)
        let start = min(max(columns.lowerBound, 0), cells.count)
        let end = min(max(columns.upperBound, start), cells.count)
        let budget = max(maxWidth, 20)

        var from = 0
        var to = cells.count
        if cells.reduce(0, { $0 + $1.width }) > budget {
            // Keep about a third of the window as context before the match, fill the rest after
            // it, then give any room left at the end of the line back to the context before.
            var used = 0
            from = start
            while from > 0, used + cells[from - 1].width <= budget / 3 {
                from -= 1
                used += cells[from].width
            }
            to = from
            used = 0
            while to < cells.count, used + cells[to].width <= budget {
                used += cells[to].width
                to += 1
            }
            while from > 0, used + cells[from - 1].width <= budget {
                from -= 1
                used += cells[from].width
            }
        }

        let ellipsis = "…"
        let prefix = from > 0 ? ellipsis : ""
        let suffix = to < cells.count ? ellipsis : ""
        // Built as UTF-8 bytes: appending scalar by scalar to a String was most of a text report.
        var shown = Array(prefix.utf8)
        for cell in cells[from..<to] {
            if cell.isTab {
                shown.append(contentsOf: repeatElement(0x20, count: cell.width))
            } else if let scalar = cell.scalar {
                UTF8.encode(scalar) { shown.append($0) }
            }
        }
        shown.append(contentsOf: suffix.utf8)
        line = String(decoding: shown, as: UTF8.self)

        let lead = displayWidth.width(of: prefix) + cells[from..<min(max(from, start), to)].reduce(0) { $0 + $1.width }
        let underlined = cells[min(max(start, from), to)..<max(min(end, to), from)].reduce(0) { $0 + $1.width }
        caretIndent = lead
        caretMarks = "^" + String(decoding: [UInt8](repeating: UInt8(ascii: "~"), count: max(0, underlined - 1)), as: UTF8.self)
    }

    /// What one scalar shows as: itself, spaces for a tab, or nothing for a control character.
    /// Text is only built for the cells in the window (a .docx paragraph can be thousands of
    /// characters long, and every finding on it has its own excerpt).
    private struct Cell {
        var scalar: Unicode.Scalar?
        var isTab: Bool
        var width: Int
    }

    /// One cell per Unicode scalar, so scalar columns index cells directly.
    private static func cells(of lineText: String, displayWidth: DisplayWidth) -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(lineText.utf8.count / 2)
        var column = 0
        for scalar in lineText.unicodeScalars {
            let cell: Cell
            if scalar == "\t" {
                cell = Cell(scalar: nil, isTab: true, width: displayWidth.tabAdvance(atColumn: column))
            } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                // A stray \r or escape from the document must not reach the terminal.
                cell = Cell(scalar: nil, isTab: false, width: 0)
            } else {
                cell = Cell(scalar: scalar, isTab: false, width: displayWidth.width(of: scalar))
            }
            column += cell.width
            cells.append(cell)
        }
        return cells
    }
}
