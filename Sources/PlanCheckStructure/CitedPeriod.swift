/// A cited document whose title spans years (`《健康中国行动(2019—2030年)》`): the period of the
/// plan a text carries out, not the year the text is about.
enum CitedPeriod {
    /// `line` with each such 《…》 title blanked out (same length), so a year reader looks past it.
    static func blanked(_ line: String) -> String {
        var units = Array(line.utf16)
        var open: Int?
        for index in units.indices {
            if units[index] == openMark {
                open = index
            } else if units[index] == closeMark, let start = open {
                if spansYears(units[start..<index]) {
                    for blank in start...index { units[blank] = space }
                }
                open = nil
            }
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether the title holds a four-digit year, a span mark, then two or four digits.
    private static func spansYears(_ title: ArraySlice<UInt16>) -> Bool {
        var digits = 0
        var index = title.startIndex
        while index < title.endIndex {
            if Glyph.digit(title[index]) != nil {
                digits += 1
            } else {
                if digits == 4 {
                    var next = index
                    while next < title.endIndex, Glyph.isSpace(title[next]) { next += 1 }
                    if next < title.endIndex, YearReader.spanMarks.contains(title[next]) {
                        next += 1
                        while next < title.endIndex, Glyph.isSpace(title[next]) { next += 1 }
                        var closing = 0
                        while next < title.endIndex, Glyph.digit(title[next]) != nil { closing += 1; next += 1 }
                        if closing == 2 || closing == 4 { return true }
                    }
                }
                digits = 0
            }
            index += 1
        }
        return false
    }

    private static let openMark: UInt16 = 0x300A // 《
    private static let closeMark: UInt16 = 0x300B // 》
    private static let space: UInt16 = 0x20
}
