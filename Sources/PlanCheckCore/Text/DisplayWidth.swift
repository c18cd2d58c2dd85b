/// How many terminal columns text takes, so a caret line can sit under Chinese text.
///
/// Follows Unicode East Asian Width (UAX #11) the way `wcwidth` does: ideographs, kana, hangul,
/// full-width forms, CJK punctuation and emoji presentation characters take 2 columns; combining
/// marks, format characters and controls take 0; everything else 1. Tabs advance to the next
/// multiple of `tabWidth`.
///
/// East Asian *Ambiguous* characters — `“”‘’…—·×①②→■` and the like — are 2 columns in Chinese
/// locales and fonts but 1 in most Western terminal setups. Chinese plans are full of them, so the
/// default is wide; pass `ambiguousIsWide: false` for a terminal that draws them narrow.
package struct DisplayWidth: Sendable, Hashable {
    package var ambiguousIsWide: Bool
    /// Distance between tab stops, in columns.
    package var tabWidth: Int

    package init(ambiguousIsWide: Bool = true, tabWidth: Int = 4) {
        self.ambiguousIsWide = ambiguousIsWide
        self.tabWidth = max(1, tabWidth)
    }

    /// Columns (0, 1 or 2) that one scalar takes. A tab is a control here; `width(of:)` on a
    /// string expands it.
    package func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if let width = Self.commonWidth(value) { return width }
        // Dashes, quotes, bullets and the ellipsis (‐ — ‘ ’ “ ” • …), in every message of a report:
        // punctuation, none a mark, a format character, wide or an emoji, so only the ambiguous
        // ones widen, without looking up Unicode properties.
        if (0x2010...0x2027).contains(value) { return ambiguousIsWide && Self.contains(Self.ambiguous, value) ? 2 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .surrogate:
            return 0
        default:
            break
        }
        if Self.contains(Self.zeroWidth, value) { return 0 }
        if Self.contains(Self.wide, value) || scalar.properties.isEmojiPresentation { return 2 }
        if ambiguousIsWide && Self.contains(Self.ambiguous, value) { return 2 }
        return 1
    }

    /// The width of ASCII and of the blocks Chinese text is made of, or nil for the rest. Those
    /// blocks hold no mark, format or control character: answering them before asking for the
    /// general category (a table lookup that was a fifth of the time of a text report) is exact.
    @inlinable @inline(__always)
    package static func commonWidth(_ value: UInt32) -> Int? {
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        switch value {
        case 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60: return 2
        default: return nil
        }
    }

    /// Columns that `text` takes when it starts at column `startColumn` (0-based, which only
    /// matters for tabs).
    @inlinable
    package func width(of text: some StringProtocol, startColumn: Int = 0) -> Int {
        var column = startColumn
        for scalar in text.unicodeScalars {
            column += scalar == "\t" ? tabAdvance(atColumn: column) : width(of: scalar)
        }
        return column - startColumn
    }

    /// `width(of:startColumn:)` for a String or a Substring, compiled for it: the generic one,
    /// called from another module, reached each scalar through protocol witnesses (a twelfth of
    /// a text report's instructions).
    package func width(of text: String, startColumn: Int = 0) -> Int {
        columns(of: text.unicodeScalars, startColumn: startColumn)
    }

    package func width(of text: Substring, startColumn: Int = 0) -> Int {
        columns(of: text.unicodeScalars, startColumn: startColumn)
    }

    private func columns(of scalars: some Sequence<Unicode.Scalar>, startColumn: Int) -> Int {
        var column = startColumn
        for scalar in scalars {
            column += scalar == "\t" ? tabAdvance(atColumn: column) : width(of: scalar)
        }
        return column - startColumn
    }

    /// Columns a tab takes when it starts at `column` (0-based).
    @inlinable
    package func tabAdvance(atColumn column: Int) -> Int {
        tabWidth - column % tabWidth
    }

    private static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < table[middle].lowerBound {
                high = middle - 1
            } else if value > table[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Hangul medial vowels and final consonants: they join the preceding initial into one cell.
    static let zeroWidth: [ClosedRange<UInt32>] = [0x1160...0x11FF, 0xD7B0...0xD7FF]

    /// East Asian Wide and Fullwidth blocks (emoji are found through `isEmojiPresentation`).
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initials
        0x2329...0x232A,    // 〈 〉
        0x2E80...0x303E,    // CJK radicals, Kangxi, CJK symbols and punctuation (、。〈〉《》「」【】〔〕)
        0x3041...0x33FF,    // kana, bopomofo, Hangul compatibility, Kanbun, CJK strokes, enclosed and compatibility (㈠ ㊣ ㎡)
        0x3400...0x4DBF,    // CJK Extension A
        0x4E00...0x9FFF,    // CJK Unified Ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo Extended-A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // full-width ASCII forms (，（）：；０-９Ａ-Ｚ)
        0xFFE0...0xFFE6,    // full-width signs (￥ ￡)
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1,
        0x17000...0x18CFF,  // Tangut, Khitan
        0x18D00...0x18D08,
        0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement (🈶 🉐)
        0x20000...0x2FFFD,  // CJK Extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK Extensions G–H
    ]

    /// The East Asian Ambiguous characters that turn up in Chinese text (GB2312/GBK symbols).
    static let ambiguous: [ClosedRange<UInt32>] = [
        0x00A7...0x00A8,    // § ¨
        0x00B0...0x00B1,    // ° ±
        0x00B7...0x00B7,    // ·
        0x00D7...0x00D7,    // ×
        0x00F7...0x00F7,    // ÷
        0x0391...0x03A9,    // Greek capitals
        0x03B1...0x03C9,    // Greek small letters
        0x0401...0x0401, 0x0410...0x044F, 0x0451...0x0451, // Cyrillic in GB2312
        0x2010...0x2010, 0x2013...0x2016, // ‐ – — ―  ‖
        0x2018...0x2019, 0x201C...0x201D, // ‘ ’ “ ”
        0x2020...0x2022, 0x2024...0x2027, // † ‡ • … ‧
        0x2030...0x2030, 0x2032...0x2033, 0x2035...0x2035, 0x203B...0x203B, // ‰ ′ ″ ‵ ※
        0x2103...0x2103, 0x2105...0x2105, 0x2109...0x2109, // ℃ ℅ ℉
        0x2116...0x2116, 0x2121...0x2122, // № ℡ ™
        0x2160...0x216B, 0x2170...0x2179, // Ⅰ–Ⅻ ⅰ–ⅹ
        0x2190...0x2199,    // arrows
        0x2208...0x2208, 0x220F...0x220F, 0x2211...0x2211, 0x221A...0x221A, 0x221E...0x2220,
        0x2225...0x2225, 0x2227...0x222E, 0x2234...0x2237, 0x223D...0x223D, 0x2248...0x2248,
        0x224C...0x224C, 0x2252...0x2252, 0x2260...0x2261, 0x2264...0x2267, 0x226E...0x226F,
        0x2295...0x2295, 0x2299...0x2299, 0x22A5...0x22A5, 0x22BF...0x22BF, 0x2312...0x2312,
        0x2460...0x24E9,    // ① ⑴ ⒈ ⓐ
        0x2500...0x254B, 0x2550...0x2573, 0x2580...0x258F, 0x2592...0x2595, // box drawing, blocks
        0x25A0...0x25A1, 0x25A3...0x25A9, 0x25B2...0x25B3, 0x25B6...0x25B7, 0x25BC...0x25BD,
        0x25C0...0x25C1, 0x25C6...0x25C8, 0x25CB...0x25CB, 0x25CE...0x25D1, 0x25E2...0x25E5,
        0x25EF...0x25EF,    // ■ □ ▲ △ ◆ ◇ ○ ◎ ●
        0x2605...0x2606, 0x2609...0x2609, 0x260E...0x260F, // ★ ☆ ☉ ☎ ☏
        0x2640...0x2640, 0x2642...0x2642, // ♀ ♂
        0x2660...0x2661, 0x2663...0x2665, 0x2667...0x266A, 0x266C...0x266D, 0x266F...0x266F,
        0x273D...0x273D, 0x2776...0x277F, // ✽ ❶–❿
        0xFFFD...0xFFFD,    // �
    ]
}
