/// Writes a heading number in a numbering style, for messages that say what was expected.
package enum NumberingMarker {
    /// The marker for `value` in `style`, with the punctuation of `example` (a marker as written,
    /// e.g. `1.` or `(三)`) where the style allows variants.
    package static func marker(_ value: Int, style: NumberingStyle, like example: String) -> String {
        let chinese = chineseNumeral(value)
        let fullWidth = example.hasPrefix("（")
        switch style {
        case .part: return "第\(chinese)部分"
        case .chineseComma: return "\(chinese)、"
        case .chineseParen: return fullWidth ? "（\(chinese)）" : "(\(chinese))"
        case .arabic: return "\(value)\(example.last.map(String.init) ?? "、")"
        case .arabicParen: return fullWidth ? "（\(value)）" : "(\(value))"
        case .circled: return (1...20).contains(value) ? String(UnicodeScalar(0x245F + value)!) : "(\(value))"
        case .enumeration: return "\(chinese)是"
        case .article: return "第\(chinese)条"
        }
    }

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99).
    package static func chineseNumeral(_ value: Int) -> String {
        guard (1...99).contains(value) else { return String(value) }
        let tens = value / 10
        let ones = value % 10
        var text = ""
        if tens > 1 { text.append(digits[tens]) }
        if tens >= 1 { text.append("十") }
        if ones > 0 { text.append(digits[ones]) }
        return text
    }

    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
}
