/// The list tables of a .doc (`PlfLst`, its levels, and `PlfLfo`), read into Word's list model
/// (`WordListNumbering`): a list (LSTF) is an abstract list, a list format override (LFO) an
/// instance of one, numbered 1… as paragraphs' sprmPIlfo name them.
enum DocListTables {
    /// MS-DOC number formats (nfc), in the order of OOXML's `ST_NumberFormat`, up to the last
    /// one plancheck draws differently from decimal.
    private static let formats = [
        "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText", "ordinalText",
        "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth",
        "japaneseLegal", "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth",
        "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen",
        "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac",
        "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand",
        "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand",
    ]

    /// The lists, or an empty model when the tables are missing or do not parse.
    static func numbering(table: [UInt8], lists: Range<Int>, overrides: Range<Int>) -> WordListNumbering {
        guard let levels = levels(table: table, lists: lists),
              let instances = instances(table: table, overrides: overrides, lists: Set(levels.keys)) else { return WordListNumbering() }
        return WordListNumbering(levels: levels, instances: instances)
    }

    /// Each list's levels, by its id (lsid). The levels follow the list table: nine for each
    /// list, one for a simple list.
    private static func levels(table: [UInt8], lists: Range<Int>) -> [String: [Int: WordListNumbering.Level]]? {
        guard lists.lowerBound >= 0, lists.upperBound <= table.count, lists.count >= 2 else { return nil }
        let count = Int(CompoundFile.uint16(table, lists.lowerBound))
        guard lists.count >= 2 + 28 * count else { return nil }
        var result: [String: [Int: WordListNumbering.Level]] = [:]
        var position = lists.lowerBound + 2 + 28 * count
        for list in 0..<count {
            let header = lists.lowerBound + 2 + 28 * list
            let id = String(CompoundFile.uint32(table, header))
            let isSimple = table[header + 26] & 0x01 != 0
            for level in 0..<(isSimple ? 1 : 9) {
                guard let (definition, next) = self.level(table, at: position) else { return result.isEmpty ? nil : result }
                result[id, default: [:]][level] = definition
                position = next
            }
        }
        return result
    }

    /// One LVL: its fixed part (start, format, what follows the label), two property groups to
    /// pass over, then the label's text, where characters 0–8 stand for the levels' numbers.
    private static func level(_ table: [UInt8], at position: Int) -> (WordListNumbering.Level, Int)? {
        guard position + 28 <= table.count else { return nil }
        var level = WordListNumbering.Level()
        level.start = ListLabelLimits.clamped(Int(Int32(bitPattern: CompoundFile.uint32(table, position))))
        let format = Int(table[position + 4])
        level.format = format == 255 ? "none" : format < formats.count ? formats[format] : "decimal"
        level.suffix = ["tab", "space", "nothing"][min(Int(table[position + 15]), 2)]
        let text = position + 28 + Int(table[position + 24]) + Int(table[position + 25])
        guard text + 2 <= table.count else { return nil }
        let length = Int(CompoundFile.uint16(table, text))
        let end = text + 2 + 2 * length
        guard end <= table.count else { return nil }
        level.text = (0..<length).map { index -> String in
            let unit = CompoundFile.uint16(table, text + 2 + 2 * index)
            // A level's placeholder, written the way numbering.xml writes it.
            if unit < 9 { return "%\(unit + 1)" }
            return String(decoding: [unit], as: UTF16.self)
        }.joined()
        return (level, end)
    }

    /// Each list format override, numbered from 1: its list, and the levels it restarts.
    private static func instances(table: [UInt8], overrides: Range<Int>, lists: Set<String>)
        -> [String: (abstractID: String, startOverrides: [Int: Int])]? {
        guard overrides.lowerBound >= 0, overrides.upperBound <= table.count, overrides.count >= 4 else { return nil }
        let count = Int(CompoundFile.uint32(table, overrides.lowerBound))
        guard count >= 0, overrides.count >= 4 + 16 * count else { return nil }
        var result: [String: (abstractID: String, startOverrides: [Int: Int])] = [:]
        // After the overrides, each one's data: a character position, then its level overrides.
        var position = overrides.lowerBound + 4 + 16 * count
        for index in 0..<count {
            let entry = overrides.lowerBound + 4 + 16 * index
            let list = String(CompoundFile.uint32(table, entry))
            let levelCount = Int(table[entry + 12])
            var starts: [Int: Int] = [:]
            position += 4
            for _ in 0..<levelCount {
                guard position + 8 <= table.count else { break }
                let start = ListLabelLimits.clamped(Int(Int32(bitPattern: CompoundFile.uint32(table, position))))
                let flags = table[position + 4]
                if flags & 0x10 != 0 { starts[Int(flags & 0x0F)] = start }
                position += 8
                // A level override that reformats the level carries a whole LVL: passed over.
                if flags & 0x20 != 0 {
                    guard let (_, next) = level(table, at: position) else { break }
                    position = next
                }
            }
            if lists.contains(list) { result[String(index + 1)] = (list, starts) }
        }
        return result
    }
}
