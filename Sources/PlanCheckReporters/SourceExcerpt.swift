import PlanCheckCore

/// A source line as shown under a finding, and the caret line (`^~~~`) that marks the match.
///
/// Both lines are built from the same cells, so the caret stays under the match whatever the
/// mix of Chinese, ASCII, tabs and combining marks: a tab becomes spaces up to the next tab stop
/// in both lines, a 2-column character gets 2 columns of caret. A line wider than `maxWidth` is cut
/// to a window around the match, with `…` where text was left out.
struct SourceExcerpt: Equatable {
    /// The line as displayed: tabs expanded, control characters shown as escapes (`VisibleControls`).
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
        var lineText = lineText
        (line, caretIndent, caretMarks) = lineText.withUTF8 { bytes in
            Self.layout(bytes, columns: columns, maxWidth: maxWidth, displayWidth: displayWidth)
        }
    }

    private static func layout(_ bytes: UnsafeBufferPointer<UInt8>, columns: Range<Int>, maxWidth: Int,
                               displayWidth: DisplayWidth) -> (line: String, caretIndent: Int, caretMarks: String) {
        var cells = Cells(bytes, displayWidth: displayWidth)
        let start = cells.clamp(max(columns.lowerBound, 0))
        let end = max(columns.upperBound, start)
        let budget = max(maxWidth, 20)

        var from = 0
        var to: Int
        if cells.widthExceeds(budget) {
            // Keep about a third of the window as context before the match, fill the rest after
            // it, then give any room left at the end of the line back to the context before.
            var used = 0
            from = start
            while from > 0, used + cells.width(at: from - 1) <= budget / 3 {
                from -= 1
                used += cells.width(at: from)
            }
            to = from
            used = 0
            while cells.exists(to), used + cells.width(at: to) <= budget {
                used += cells.width(at: to)
                to += 1
            }
            while from > 0, used + cells.width(at: from - 1) <= budget {
                from -= 1
                used += cells.width(at: from)
            }
        } else {
            to = cells.clamp(Int.max)
        }

        let ellipsis = "…"
        let prefix = from > 0 ? ellipsis : ""
        let suffix = cells.exists(to) ? ellipsis : ""
        // Built as UTF-8 bytes: the window is a slice of the line's bytes unless it holds a tab
        // (spaces up to the tab stop) or a control character (its escape, `\x1b`).
        var shown = Array(prefix.utf8)
        if !cells.specials.contains(where: { $0 >= from && $0 < to }) {
            shown.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cells.start(of: from)..<cells.start(of: to)]))
        } else {
            for index in from..<to {
                let scalarBytes = cells.start(of: index)..<cells.start(of: index + 1)
                if bytes[scalarBytes.lowerBound] == 0x09 {
                    shown.append(contentsOf: repeatElement(0x20, count: cells.width(at: index)))
                } else if let escape = Cells.controlEscape(bytes, at: scalarBytes.lowerBound) {
                    shown.append(contentsOf: escape.utf8)
                } else {
                    shown.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[scalarBytes]))
                }
            }
        }
        shown.append(contentsOf: suffix.utf8)
        let line = String(decoding: shown, as: UTF8.self)

        func width(_ range: Range<Int>) -> Int { range.reduce(0) { $0 + cells.width(at: $1) } }
        let lead = displayWidth.width(of: prefix) + width(from..<min(max(from, start), to))
        let underlined = width(min(max(start, from), to)..<max(min(end, to), from))
        let marks = "^" + String(decoding: [UInt8](repeating: UInt8(ascii: "~"), count: max(0, underlined - 1)), as: UTF8.self)
        return (line, lead, marks)
    }

    /// One cell per Unicode scalar of the line, so scalar columns index cells directly: its
    /// display width, and where its bytes start. Cells are read from the line's start only as far
    /// as the window needs them: a .docx paragraph can be thousands of characters long, and every
    /// finding on it has its own excerpt.
    private struct Cells: ~Copyable {
        private let bytes: UnsafeBufferPointer<UInt8>
        private let displayWidth: DisplayWidth
        private let widths: UnsafeMutablePointer<Int32>
        /// UTF-8 offset of each scalar read, and of the byte after the last one read.
        private let starts: UnsafeMutablePointer<Int32>
        /// Cells read so far, and the column after them.
        private var count = 0
        private var column = 0
        /// Scalars shown otherwise than as their bytes: tabs (spaces up to the tab stop) and
        /// control characters (their escape: a stray \r or ESC must not reach the terminal).
        private(set) var specials: [Int] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>, displayWidth: DisplayWidth) {
            self.bytes = bytes
            self.displayWidth = displayWidth
            widths = .allocate(capacity: bytes.count + 1)
            starts = .allocate(capacity: bytes.count + 1)
            starts[0] = 0
        }

        deinit {
            widths.deallocate()
            starts.deallocate()
        }

        /// Whether the line has a cell at `index`, reading up to it.
        @inline(__always)
        mutating func exists(_ index: Int) -> Bool {
            while count <= index, readNext() {}
            return index < count
        }

        /// `index`, or the number of cells when the line has fewer.
        mutating func clamp(_ index: Int) -> Int {
            exists(index) ? index : count
        }

        /// The width of the cell at `index`, which exists.
        @inline(__always)
        mutating func width(at index: Int) -> Int {
            _ = exists(index)
            return Int(widths[index])
        }

        /// The UTF-8 offset of the cell at `index`, or of the end of the line for the cell after
        /// the last; the cells before it have been read.
        func start(of index: Int) -> Int { Int(starts[index]) }

        /// Whether the whole line is wider than `budget` columns, reading no further than that.
        mutating func widthExceeds(_ budget: Int) -> Bool {
            while column <= budget, readNext() {}
            return column > budget
        }

        /// Reads one more cell; false at the end of the line.
        @inline(__always)
        private mutating func readNext() -> Bool {
            let index = Int(starts[count])
            guard index < bytes.count else { return false }
            let (value, length) = UTF8Scalar.decode(bytes.baseAddress!, at: index)
            let width: Int
            if value >= 0x4E00, value <= 0x9FFF {
                width = 2 // the common case: an ideograph
            } else if value == 0x09 {
                width = displayWidth.tabAdvance(atColumn: column)
                specials.append(count)
            } else if VisibleControls.isControl(value) {
                // As wide as its escape, which is ASCII.
                width = Unicode.Scalar(value).flatMap(VisibleControls.escape(for:))?.utf8.count ?? 0
                specials.append(count)
            } else {
                width = DisplayWidth.commonWidth(value) ?? displayWidth.width(of: Unicode.Scalar(value) ?? " ")
            }
            column += width
            widths[count] = Int32(truncatingIfNeeded: width)
            count += 1
            starts[count] = Int32(truncatingIfNeeded: index + length)
            return true
        }

        /// The escape of the scalar whose bytes start at `offset` when it is a control character
        /// (its bytes are then 1 or 2 long); nil for any other.
        static func controlEscape(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String? {
            let first = UInt32(bytes[offset])
            let value: UInt32
            if first < 0x80 {
                value = first
            } else if first == 0xC2 {
                value = 0x80 | UInt32(bytes[offset + 1]) & 0x3F
            } else {
                return nil
            }
            guard VisibleControls.isControl(value), let scalar = Unicode.Scalar(value) else { return nil }
            return VisibleControls.escape(for: scalar)
        }
    }
}
