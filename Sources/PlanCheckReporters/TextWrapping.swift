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
        // One pass over the scalars (a report has a hint for nearly every finding), going back
        // only to the last place a line may break.
        let scalars = text.unicodeScalars
        var lines: [String] = []
        var lineStart = scalars.startIndex
        var index = lineStart
        var used = 0
        var lastBreak: String.UnicodeScalarView.Index?
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let cells = scalar == "\t" ? 1 : displayWidth.width(of: scalar)
            if let previous, index > lineStart, mayBreak(between: previous, and: scalar, cells: cells) {
                lastBreak = index
            }
            if used + cells > width, index > lineStart {
                let cut = lastBreak ?? index
                lines.append(String(scalars[lineStart..<cut]).trimmingSpacesAtEnd)
                var next = cut
                while next < scalars.endIndex, scalars[next] == " " { next = scalars.index(after: next) }
                lineStart = next
                index = next
                used = 0
                lastBreak = nil
                previous = nil
                continue
            }
            used += cells
            previous = scalar
            index = scalars.index(after: index)
        }
        if lineStart < scalars.endIndex || lines.isEmpty {
            lines.append(String(scalars[lineStart...]).trimmingSpacesAtEnd)
        }
        return lines
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
