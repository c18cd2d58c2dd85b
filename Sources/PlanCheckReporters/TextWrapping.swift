import PlanCheckCore

/// Breaks text into lines no wider than a number of terminal cells, so a long hint does not wrap
/// at the terminal's edge back to column 0 and can be indented under its own start.
///
/// Chinese text breaks between any two characters, but not before closing punctuation
/// (`，。、）」”`) nor after opening punctuation (`（「“`), which would sit alone at a line's edge;
/// a run of Latin letters and digits (a rule id, `--max-findings-per-rule`, `95%`) is kept whole
/// when it fits on a line, and a combining mark stays with its base.
enum TextWrapping {
    /// `text` in lines of at most `width` cells (at least 10); a single unbreakable run wider
    /// than that is cut.
    static func lines(_ text: String, width: Int, displayWidth: DisplayWidth) -> [String] {
        let width = max(width, 10)
        // Most messages fit: measured once, in one pass over the scalars.
        if displayWidth.width(of: text) <= width, text.last != " " { return [text] }
        // One pass over the scalars (a report has a hint for nearly every finding) adding up
        // widths; only where a line overflows is it read back to the last place it may break.
        let scalars = text.unicodeScalars
        var lines: [String] = []
        var lineStart = scalars.startIndex
        var index = lineStart
        var used = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let cells = cellWidth(scalar, displayWidth)
            if used + cells > width, index > lineStart {
                let cut = lastBreak(in: scalars, from: lineStart, through: index, displayWidth: displayWidth) ?? index
                lines.append(String(scalars[lineStart..<cut]).trimmingSpacesAtEnd)
                var next = cut
                while next < scalars.endIndex, scalars[next] == " " { next = scalars.index(after: next) }
                lineStart = next
                index = next
                used = 0
                continue
            }
            used += cells
            index = scalars.index(after: index)
        }
        if lineStart < scalars.endIndex || lines.isEmpty {
            lines.append(String(scalars[lineStart...]).trimmingSpacesAtEnd)
        }
        return lines
    }

    private static func cellWidth(_ scalar: Unicode.Scalar, _ displayWidth: DisplayWidth) -> Int {
        scalar == "\t" ? 1 : displayWidth.width(of: scalar)
    }

    /// The last position after `start`, up to and including `end`, where a line may break.
    private static func lastBreak(in scalars: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index,
                                  through end: String.UnicodeScalarView.Index, displayWidth: DisplayWidth) -> String.UnicodeScalarView.Index? {
        var position = end
        while position > start {
            let before = scalars.index(before: position)
            if mayBreak(between: scalars[before], and: scalars[position], cells: cellWidth(scalars[position], displayWidth)) {
                return position
            }
            position = before
        }
        return nil
    }

    /// Whether a line may end between `before` and `after` (which takes `cells` cells).
    private static func mayBreak(between before: Unicode.Scalar, and after: Unicode.Scalar, cells: Int) -> Bool {
        if cells == 0 { return false }
        if isWordScalar(before) && isWordScalar(after) { return false }
        return !closing.contains(after) && !opening.contains(before)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar != " " && scalar != "\t"
    }

    private static let closing: Set<Unicode.Scalar> = Set("，。、；：？！）」』”’》〉】〕…%)]},.;:?!".unicodeScalars)
    private static let opening: Set<Unicode.Scalar> = Set("（「『“‘《〈【〔([{".unicodeScalars)
}

extension String {
    var trimmingSpacesAtEnd: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
