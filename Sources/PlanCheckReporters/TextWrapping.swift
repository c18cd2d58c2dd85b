import PlanCheckCore

/// Breaks text into lines no wider than a number of terminal cells, so a long hint does not wrap
/// at the terminal's edge back to column 0 and can be indented under its own start.
///
/// Chinese text breaks between any two characters, but not before closing punctuation
/// (`，。、）」”`) nor after opening punctuation (`（「“`), which would sit alone at a line's edge;
/// a run of Latin letters and digits (a rule id, `--max-findings-per-rule`, `95%`) is kept whole
/// when it fits on a line.
enum TextWrapping {
    /// `text` in lines of at most `width` cells (at least 10); a single unbreakable run wider
    /// than that is cut.
    static func lines(_ text: String, width: Int, displayWidth: DisplayWidth) -> [String] {
        let width = max(width, 10)
        let characters = Array(text)
        let widths = characters.map { displayWidth.width(of: String($0)) }
        var lines: [String] = []
        var start = 0
        while start < characters.count {
            var end = start
            var used = 0
            while end < characters.count, used + widths[end] <= width {
                used += widths[end]
                end += 1
            }
            if end < characters.count {
                end = breakPoint(characters, from: start, before: end)
            }
            lines.append(String(characters[start..<end]).trimmingSpacesAtEnd)
            start = end
            while start < characters.count, characters[start] == " " { start += 1 }
        }
        return lines.isEmpty ? [""] : lines
    }

    /// The last place at or before `end` (and after `start`) where a line may break.
    private static func breakPoint(_ characters: [Character], from start: Int, before end: Int) -> Int {
        var candidate = end
        while candidate > start + 1 {
            let before = characters[candidate - 1]
            let after = characters[candidate]
            let insideWord = isWordCharacter(before) && isWordCharacter(after)
            if !insideWord && !closing.contains(after) && !opening.contains(before) {
                return candidate
            }
            candidate -= 1
        }
        return end // nothing better: cut where the width runs out
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && !character.isWhitespace
    }

    private static let closing: Set<Character> = Set("，。、；：？！）」』”’》〉】〕…%)]},.;:?!")
    private static let opening: Set<Character> = Set("（「『“‘《〈【〔([{")
}

extension String {
    var trimmingSpacesAtEnd: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
