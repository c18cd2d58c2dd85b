/// UTF-16 code units that heading markers, clause breaks and numbers are made of. Structure
/// scans `Document.utf16` directly so that every offset it reports is already a document offset.
enum Glyph {
    static func unit(_ scalar: Unicode.Scalar) -> UInt16 { UInt16(scalar.value) }

    static let ideographicComma = unit("、")
    static let shi = unit("是")
    static let yao = unit("要")
    static let di = unit("第")
    static let pian = unit("篇")
    static let nian = unit("年")
    static let lineFeed: UInt16 = 0x0A

    /// Spaces that indent a paragraph: ASCII, tab, ideographic and no-break space.
    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x3000 || unit == 0xA0 || unit == 0x0D
    }

    /// A CJK unified ideograph of the basic block, as names and most words are written.
    static func isHan(_ unit: UInt16) -> Bool { (0x4E00...0x9FFF).contains(unit) }
    /// A CJK ideograph of the basic block or of extension A (U+3400–4DBF, rare characters in names).
    static func isHanOrExtensionA(_ unit: UInt16) -> Bool { (0x3400...0x9FFF).contains(unit) }

    static func isOpenParen(_ unit: UInt16) -> Bool { unit == 0x28 || unit == 0xFF08 }
    static func isCloseParen(_ unit: UInt16) -> Bool { unit == 0x29 || unit == 0xFF09 }
    /// 〔 〕: a document number's brackets (〔2016〕), and some writers' heading marks (〔二〕).
    static let openTortoiseShell: UInt16 = 0x3014
    static let closeTortoiseShell: UInt16 = 0x3015
    static func isColon(_ unit: UInt16) -> Bool { unit == 0x3A || unit == 0xFF1A }
    static func isComma(_ unit: UInt16) -> Bool { unit == 0x2C || unit == 0xFF0C }

    /// The delimiters after an Arabic list number: `1.` `1、` `1．`.
    static func isArabicDelimiter(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == ideographicComma || unit == 0xFF0E
    }

    /// `0`–`9`, half- or full-width.
    static func digit(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x30...0x39: Int(unit - 0x30)
        case 0xFF10...0xFF19: Int(unit - 0xFF10)
        default: nil
        }
    }

    /// ① … ㊿.
    static func circledValue(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x2460...0x2473: Int(unit - 0x2460) + 1
        case 0x3251...0x325F: Int(unit - 0x3251) + 21
        case 0x32B1...0x32BF: Int(unit - 0x32B1) + 36
        default: nil
        }
    }

    /// Ends of a sentence: `。！？；` and their ASCII forms.
    static func isSentenceEnd(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B: true
        default: false
        }
    }

    /// Ends of a clause: sentence ends plus commas and colons, in either width.
    static func isClauseEnd(_ unit: UInt16) -> Bool {
        isSentenceEnd(unit) || unit == 0xFF0C || unit == 0x2C || isColon(unit) || unit == ideographicComma
    }

    /// Where an inline enumeration (`一是`) may begin: after a sentence end or a colon.
    /// What may come before `二是`: writers run enumerations on with commas as often as with 。；.
    static func isEnumerationBoundary(_ unit: UInt16) -> Bool {
        isSentenceEnd(unit) || isColon(unit) || unit == 0xFF0C || unit == 0x2C
    }

    /// Punctuation and spaces a heading's text may start with after a marker (`5、、工作计划`).
    static func isLeadingNoise(_ unit: UInt16) -> Bool {
        isSpace(unit) || isClauseEnd(unit) || unit == 0x2E || unit == 0xFF0E
    }
}
