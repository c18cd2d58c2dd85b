/// A list counter written in one of Word's number formats (`w:numFmt`; OpenDocument's are
/// mapped to them), as Word draws it.
enum ListNumberFormat {
    /// `value` in `format`; formats plancheck does not know, and values a format cannot show,
    /// fall back to decimal, as Word does.
    static func text(of value: Int, format: String) -> String {
        switch format {
        case "none": ""
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
            chinese(value, digits: Array("零一二三四五六七八九"), units: ["", "十", "百", "千"]) ?? String(value)
        case "chineseLegalSimplified":
            chinese(value, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], keepsLeadingOne: true) ?? String(value)
        case "ideographTraditional":
            cycle(value, Array("甲乙丙丁戊己庚辛壬癸")) ?? String(value)
        case "ideographZodiac":
            cycle(value, Array("子丑寅卯辰巳午未申酉戌亥")) ?? String(value)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            (1...20).contains(value) ? String(UnicodeScalar(0x2460 + value - 1)!) : String(value)
        case "decimalFullWidth", "decimalFullWidth2":
            value < 0 ? String(value) : String(String(value).unicodeScalars.map { Character(UnicodeScalar($0.value - 0x30 + 0xFF10)!) })
        case "decimalZero":
            (1...9).contains(value) ? "0\(value)" : String(value)
        case "lowerLetter": letters(value, base: "a")
        case "upperLetter": letters(value, base: "A")
        case "lowerRoman": roman(value).lowercased()
        case "upperRoman": roman(value)
        default: String(value)
        }
    }

    /// 1 … 9999 in Chinese counting: 十一, 二十, 一百零五. A leading 一 before 十 is dropped
    /// (`十二`, as headings write it) unless `keepsLeadingOne` (壹拾贰).
    private static func chinese(_ value: Int, digits: [Character], units: [String], keepsLeadingOne: Bool = false) -> String? {
        guard (1...9999).contains(value) else { return nil }
        let places = String(value).compactMap(\.wholeNumberValue)
        var text = ""
        var pendingZero = false
        for (index, digit) in places.enumerated() {
            let unit = units[places.count - 1 - index]
            if digit == 0 {
                pendingZero = !text.isEmpty
                continue
            }
            if pendingZero {
                text.append(digits[0])
                pendingZero = false
            }
            if !(digit == 1 && unit == units[1] && text.isEmpty && !keepsLeadingOne) { text.append(digits[digit]) }
            text += unit
        }
        return text
    }

    private static func cycle(_ value: Int, _ symbols: [Character]) -> String? {
        (1...symbols.count).contains(value) ? String(symbols[value - 1]) : nil
    }

    /// a … z, then aa … zz, as Word repeats the letter, up to the longest label drawn.
    private static func letters(_ value: Int, base: Character) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(UnicodeScalar(base.asciiValue! + UInt8((value - 1) % 26)))
        return String(repeating: letter, count: min((value - 1) / 26 + 1, ListLabelLimits.maximumLength))
    }

    private static func roman(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var text = ""
        for (amount, symbol) in table {
            while rest >= amount {
                text += symbol
                rest -= amount
            }
        }
        return text
    }
}
